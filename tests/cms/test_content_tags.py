"""The filters of the block templates (cms.templatetags.content_tags).

``with_iframe_title`` marks its result safe, so it must never turn text that was not
already trusted HTML into markup.
"""

from django.template import Context, Template
from django.utils.safestring import mark_safe

from cms.templatetags.content_tags import with_iframe_title


def render(value, title):
    template = Template("{% load content_tags %}{{ value|with_iframe_title:title }}")
    return template.render(Context({"value": value, "title": title}))


def test_an_embeds_frame_gets_the_caption_as_its_title_escaped():
    embed = mark_safe('<iframe src="https://webtv.un.org/embed/k1xyz"></iframe>')

    html = render(embed, 'The "Ambassador" <b>')

    assert html == (
        '<iframe title="The &quot;Ambassador&quot; &lt;b&gt;" '
        'src="https://webtv.un.org/embed/k1xyz"></iframe>'
    )


def test_a_frame_that_has_a_title_keeps_it():
    embed = mark_safe('<iframe title="Statement" src="https://webtv.un.org/e/1"></iframe>')

    assert render(embed, "Caption") == str(embed)


def test_text_not_marked_safe_is_escaped_rather_than_made_markup():
    text = '<iframe src="https://evil.example/"></iframe><script>alert(1)</script>'

    html = with_iframe_title(text, "Caption")

    assert html == (
        "&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;"
        "&lt;script&gt;alert(1)&lt;/script&gt;"
    )
