"""Every road by which wagtail-localize writes a page keeps the editor's promises.

wagtail-localize (1.14) writes translated pages with none of the page editor's checks.
An attack on the demo used it to put another mission's unpublished image, document and
draft page, and a ``javascript:`` link, on a public page, published by a webmaster who
may not publish. Two guards close those roads:

* **Publishing.** Every translation wagtail-localize makes (submit, sync, the
  translation editor, PO upload then save) goes through
  ``TranslationSource.create_or_update_translation(locale, user, publish)``, the one
  place that publishes. :func:`install` wraps it so that, for a user who may not publish
  the translated page, the translation is saved as a draft for the moderators instead.
  wagtail-localize offers no hook for this; the wrapper keeps its signature (checked by
  ``tests/missions/translation/test_translation_guard.py``, so an upgrade that changes
  it fails). And a draft must stay a draft: wagtail-localize "saves a draft" of a
  translated page that is already live (or a live alias, which it first turns into a
  page) by writing the page's own row, which is what visitors see
  (wagtail/wagtail-localize#463). For a live page the wrapper saves the translation as a
  revision only (:func:`save_translation_as_draft`), as the page editor's "Submit" does.
* **Content.** A translated page is cleaned like any page when it is saved
  (``MissionPage.clean``, ``missions.content_rules``). The translation editor's own
  writes (a segment override, a translated string, a PO file, machine translation) are
  stored before any page is saved, and its preview renders them unsaved; so
  :func:`checked_translation_write` runs each such write in a savepoint, builds the
  translated page as wagtail-localize would (unsaved) and rolls the write back, with a
  clear message, when the page would break the rules.
"""

import functools
import inspect

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from missions.content_rules import content_problems
from missions.isolation.querysets import mission_of_page

# The signature the publishing guard wraps (wagtail-localize 1.14).
WRAPPED_SIGNATURE = ("self", "locale", "user", "publish", "copy_parent_pages", "fallback")


def may_publish_translation(source, locale, user):
    """Whether ``user`` may publish the translation of ``source`` into ``locale``.

    An existing translated page answers for itself; a page not yet translated is judged
    by its source page, on which a mission's groups have the same rights in every
    language (provisioning gives them so).
    """
    original = source.get_source_instance()
    if not isinstance(original, Page):
        return True
    try:
        page = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        page = original
    return page.permissions_for_user(user).can_publish()


def live_translated_page(source, locale):
    """The live page translating ``source`` into ``locale`` (specific), or None."""
    try:
        page = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None
    return page if isinstance(page, Page) and page.live else None


def save_translation_as_draft(source, locale, user, fallback=True):
    """Save the translation of ``source`` into ``locale`` as a new revision of its
    translated page, never touching the page's row (what visitors see); return the page
    as the revision holds it. Untranslated texts keep the original's words (as the
    translation editor's preview shows them) unless ``fallback`` is False.

    A live alias is first turned into a page of its own that still shows what it showed
    (the original's content), since an alias holds no draft; the moderators' approval of
    the revision then publishes the translation. Raises ValidationError when the
    translated page breaks a rule (``MissionPage.clean``).
    """
    with transaction.atomic():
        page = source.get_translated_instance(locale)
        if page.alias_of_id:
            page.alias_of_id = None
            page.save(update_fields=["alias_of_id"], clean=False)
            revision = page.save_revision(user=user, changed=False, clean=False)
            PageLogEntry.objects.log_action(
                instance=page,
                revision=revision,
                action="wagtail.convert_alias",
                user=user,
                data={"page": {"id": page.pk, "title": page.get_admin_display_title()}},
            )
        translated = source.get_ephemeral_translated_instance(locale, fallback=fallback)
        translated.slug = find_available_slug(
            translated.get_parent(), slugify(translated.slug), ignore_page_id=translated.pk
        )
        revision = translated.save_revision(user=user, log_action=True)
        source.sync_view_restrictions(source.as_instance(), translated)
        TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return translated


def _publish_only_with_publish_rights(create_or_update_translation):
    @functools.wraps(create_or_update_translation)
    def guarded(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False):
        if publish and user is not None and not may_publish_translation(self, locale, user):
            # The translation waits, as a draft, for the mission's moderators.
            publish = False
        if not publish and live_translated_page(self, locale) is not None:
            return save_translation_as_draft(self, locale, user, fallback=fallback), False
        return create_or_update_translation(
            self,
            locale,
            user=user,
            publish=publish,
            copy_parent_pages=copy_parent_pages,
            fallback=fallback,
        )

    guarded.publish_guard = True
    return guarded


def install():
    """Wrap wagtail-localize's one publishing method (once; called by the app's ready())."""
    method = TranslationSource.create_or_update_translation
    if getattr(method, "publish_guard", False):
        return
    parameters = tuple(inspect.signature(method).parameters)
    if parameters != WRAPPED_SIGNATURE:
        raise RuntimeError(
            "wagtail-localize's TranslationSource.create_or_update_translation changed "
            f"({parameters}); review missions.translation_guard before upgrading."
        )
    TranslationSource.create_or_update_translation = _publish_only_with_publish_rights(method)


def translation_problems(translation):
    """What the page ``translation`` would produce breaks of the content rules.

    The page is built from the stored segments exactly as wagtail-localize builds it for
    its preview, and not saved. A segment value wagtail-localize cannot even apply (an
    image id that is not a number, say) is a problem too.
    """
    try:
        page = translation.source.get_ephemeral_translated_instance(
            translation.target_locale, fallback=True
        )
    except ObjectDoesNotExist:
        return {}  # no translated page yet: nothing is rendered from these segments
    except (ValueError, TypeError, KeyError) as error:
        return {"": [_("This value cannot be used here (%(error)s).") % {"error": error}]}
    if not isinstance(page, Page):
        return {}
    return content_problems(page, mission_of_page(page))


def _describe(problems):
    return " ".join(str(message) for messages_ in problems.values() for message in messages_)


def checked_translation_write(view):
    """Run a view that stores translation segments, undoing the write if it breaks the rules.

    JSON endpoints of the translation editor answer 400 with ``{"error": ...}``; the form
    views (PO upload, machine translation) redirect as usual with the error as a message.
    """

    @functools.wraps(view)
    def checked(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        with transaction.atomic():
            response = view(request, *args, translation_id=translation_id, **kwargs)
            if response.status_code >= 400:
                return response
            problems = translation_problems(translation)
            if not problems:
                return response
            transaction.set_rollback(True)
        message = _("Not saved: %(problems)s") % {"problems": _describe(problems)}
        if response.status_code in (301, 302):
            list(messages.get_messages(request))  # drop the view's "successfully imported"
            messages.error(request, message)
            return response
        return JsonResponse({"error": message}, status=400)

    return checked


def checked_translation_preview(view):
    """wagtail-localize's preview, refused for a translation that breaks the rules.

    Segments stored before these checks existed could still carry a script link; the
    preview renders them unsaved, in the admin's own origin.
    """

    @functools.wraps(view)
    def checked(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        problems = translation_problems(translation)
        if problems:
            return HttpResponse(
                escape(_("This translation cannot be previewed: %s") % _describe(problems)),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        return view(request, *args, translation_id=translation_id, **kwargs)

    return checked
