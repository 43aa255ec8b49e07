"""Rich text a consumer can use as it is: links to public pages and documents only.

Wagtail's ``?rich_text_format=`` (wagtail.api.rich_text.APIRichText) stays the way to ask
for a format; before any format is made, the stored HTML goes through one more step:

- a link to a page no visitor may read (a draft, a page under a view restriction,
  another site's unpublished page) or to a document in a restricted collection, or to
  one that no longer exists, becomes its plain text: the words stay, the link goes.
  Stock Wagtail links a draft's address (``page.localized.url`` of any page row);
- for ``html`` (the read API's default) and ``markdown``, a link to a page is its
  public absolute URL (in the language of the text that links to it, when that
  translation is public, as the site does) and a link to a document its absolute
  download URL;
- a video embedded in the text is the HTML Wagtail stored for it when the editor
  chose it, else a plain link: no request to the video site is made while answering.

``db_html`` and ``db_markdown`` keep Wagtail's references (``linktype``/``wagtail://``)
for the links that survive. Every target is looked up in advance for a whole response
(api.body), so a listing of 100 texts costs the same queries as one (``db_markdown``
excepted: Wagtail's Markdown converter reads each linked page itself).
"""

import re

from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from wagtail.api.rich_text import APIRichText
from wagtail.rich_text.rewriters import (
    FIND_A_TAG,
    FIND_EMBED_TAG,
    EmbedRewriter,
    LinkRewriter,
    MultiRuleRewriter,
    extract_attrs,
)

from cms.templatetags.content_tags import with_iframe_title

# A link whose target may not be shown is first rewritten to this opening tag, then
# unwrapped with its closing tag: rich text never nests links, so the next </a> is its.
_UNLINKED = "<a data-api-unlinked>"
_UNLINKED_SPAN = re.compile(re.escape(_UNLINKED) + r"(.*?)</a>", re.DOTALL)

# The format when a request names none: Wagtail's setting, else HTML (Wagtail's own
# default, ``db_html``, is its storage format, not something a consumer can show).
DEFAULT_FORMAT = APIRichText.FORMAT_HTML


def default_format():
    return getattr(settings, APIRichText.SETTING_NAME, DEFAULT_FORMAT)


def format_of(context):
    """The rich text format of a serializer ``context``: the request's (validated by
    the view, a 400 when unknown) or the default."""
    request = context.get("request")
    if request is not None and request.GET.get("rich_text_format") is not None:
        return context.get("_wagtail_rich_text_format") or APIRichText.resolve_format(
            request.GET["rich_text_format"]
        )
    return default_format()


def references(source):
    """``(page ids, document ids, embed URLs)`` named in database HTML ``source``.

    Read with Wagtail's own tag patterns, without its handlers, which would fail on a
    link saved without an id.
    """
    page_ids, document_ids, embed_urls = set(), set(), set()
    for attributes in FIND_A_TAG.findall(source):
        attrs = extract_attrs(attributes)
        if attrs.get("linktype") == "page":
            page_ids.add(_as_id(attrs.get("id")))
        elif attrs.get("linktype") == "document":
            document_ids.add(_as_id(attrs.get("id")))
    for attributes in FIND_EMBED_TAG.findall(source):
        attrs = extract_attrs(attributes)
        if attrs.get("embedtype") == "media" and attrs.get("url"):
            embed_urls.add(attrs["url"])
    return page_ids - {None}, document_ids - {None}, embed_urls


def _as_id(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def embed_html(embed, url, title=""):
    """The HTML of a video: Wagtail's stored embed with a titled ``<iframe>`` (as the
    site's block template gives it), else a plain link to it."""
    if embed is not None and embed.html:
        # Safe: the provider's oEmbed HTML, which Wagtail stores and renders as trusted.
        trusted = mark_safe(embed.html)  # noqa: S308
        return str(with_iframe_title(trusted, title or embed.title or url))
    return format_html('<p><a href="{}">{}</a></p>', url, url)


def serialize(source, rich_text_format, targets, text_of):
    """``source`` (database HTML) in ``rich_text_format``, its links checked.

    ``targets`` (api.body.PageContent) knows every link target of the response;
    ``text_of`` is the page the text belongs to (for its language and site).
    """
    resolve = rich_text_format in (APIRichText.FORMAT_HTML, APIRichText.FORMAT_MARKDOWN)

    def links_to(url_of):
        def rewrite(attrs_list):
            tags = []
            for attrs in attrs_list:
                url = url_of(_as_id(attrs.get("id")), text_of)
                if url is None:
                    tags.append(_UNLINKED)
                elif resolve:
                    tags.append(f'<a href="{escape(url)}">')
                else:
                    tags.append(f"<a{flatatt(attrs)}>")
            return tags

        return rewrite

    page_links = links_to(targets.page_url)
    document_links = links_to(targets.document_url)

    def media_embed(attrs):
        if not resolve:
            return f"<embed{flatatt(attrs)}/>"
        url = attrs.get("url", "")
        if rich_text_format == APIRichText.FORMAT_MARKDOWN:
            return format_html('<p><a href="{}">{}</a></p>', url, url)
        return embed_html(targets.embed(url), url)

    def other_embed(attrs):
        # Left for Wagtail's own handler (an image in rich text, which the project's
        # editors cannot insert: cms.blocks.content.RICH_TEXT_FEATURES).
        return f"<embed{flatatt(attrs)}/>"

    embed_rules = {"media": media_embed, "image": other_embed}
    rewrite = MultiRuleRewriter(
        [
            LinkRewriter(bulk_rules={"page": page_links, "document": document_links}),
            EmbedRewriter(rules=embed_rules),
        ]
    )
    checked = _UNLINKED_SPAN.sub(r"\1", rewrite(source))
    return APIRichText.serialize(checked, format=rich_text_format)
