"""Steps of the translation workflow, each through wagtail-localize's own admin views."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation


def start_translation(client, page, locale):
    """The page's "Translate this page" action, into ``locale``."""
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302, response.content[:500]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def segments(translation):
    return StringSegment.objects.filter(source=translation.source).select_related(
        "context", "string"
    )


def translate_string(client, translation, segment, value):
    """What the translation editor sends when a translator saves one string."""
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content[:500]


def translate_all(client, translation, translate):
    """Translate every string but the slug with ``translate(source_text)``."""
    for segment in segments(translation).exclude(context__path="slug"):
        translate_string(client, translation, segment, translate(segment.string.data))


def translated(translation, path):
    return StringTranslation.objects.get(
        context__object_id=translation.source.object_id,
        context__path=path,
        locale=translation.target_locale,
    ).data


def publish_translation(client, translated_page):
    """The translation editor's "Publish in <language>" button."""
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[translated_page.pk]), {"action": "publish"}
    )
    assert response.status_code == 302, response.content[:500]


def sync(client, source, publish=True):
    """ "Sync translated pages" on the source page."""
    data = {"publish_translations": "on"} if publish else {}
    return client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), data)
