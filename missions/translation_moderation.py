"""A webmaster's finished translation goes to the mission's moderators, like any page.

wagtail-localize's translation editor replaces the page editor of a translated page and
offers what its React footer builds from the user's rights: "Publish in <language>"
for whoever may publish; for a webmaster, who may not, only "Lock", "Stop Synced
translation" and "Convert to alias page". It knows nothing of workflows, so a finished
translation waited for nobody.

Here, for a user who may edit but not publish the translated page:

* the editor's footer is the mission's own (``templates/wagtail_localize/admin/
  edit_translation.html``): "Submit to <workflow>", as in the page editor, and a plain
  word on what only the moderators do;
* :func:`submit_translation` saves the translated page, as the editor would build it,
  as a new revision (``translation_guard.save_translation_as_draft``: never touching
  the page a visitor sees) and starts the page's
  workflow; the moderators approve it from their dashboard, which publishes it;
* "Stop Synced translation" and "Convert to alias page" are the moderators' (users who
  may publish the page): both change what the public page shows, the second at once.

A translation is still never published by a user who may not publish:
:mod:`missions.translation_guard` sees to that on every other road.
"""

import functools

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation

from missions.isolation.querysets import pages_user_may_touch
from missions.translation_guard import save_translation_as_draft

ONLY_MODERATORS = gettext_lazy(
    "Only the mission's moderators publish this translation, stop keeping it in step "
    "with the original or turn it into a copy of the original."
)


def translated_page(translation):
    """The page ``translation`` produces (specific), or None while there is none."""
    try:
        page = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    return page if isinstance(page, Page) else None


def may_publish(user, page):
    return page.permissions_for_user(user).can_publish()


def moderation_of(translation, user):
    """What the translation editor's footer offers ``user`` for ``translation``'s page.

    None for a user who may publish the page (wagtail-localize's own footer, with
    "Publish in <language>", serves them) or may not edit it; otherwise a dict with
    ``submit_label`` (None when it cannot be submitted now), ``awaiting`` (the
    moderation it waits in) and ``explanation``.
    """
    page = translated_page(translation)
    if page is None:
        return None
    permissions = page.permissions_for_user(user)
    if permissions.can_publish() or not permissions.can_edit():
        return None
    workflow_state = page.current_workflow_state
    workflow = page.get_workflow()
    submit_label = None
    if workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        # Wagtail's own labels, so the page editor and this one say the same.
        submit_label = _("Resubmit to %(task_name)s") % {
            "task_name": workflow_state.current_task_state.task.name
        }
    elif permissions.can_submit_for_moderation() and workflow is not None:
        submit_label = _("Submit to %(workflow_name)s") % {"workflow_name": workflow.name}
    awaiting = None
    if workflow_state and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        awaiting = workflow_state.current_task_state.task.name
    return {
        "page": page,
        "submit_url": reverse("missions_submit_translation", args=[translation.pk]),
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        "submit_label": submit_label,
        "awaiting": awaiting,
        "explanation": ONLY_MODERATORS,
    }


@require_POST
def submit_translation(request, translation_id):
    """The translation editor's "Submit to <workflow>": the webmaster's finished
    translation goes to the moderators of the page's workflow."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translated_page(translation)
    # The isolation middleware already answered "not found" for another mission's
    # translation; a page the user may not touch is not found either.
    if page is None or not pages_user_may_touch(request.user).filter(pk=page.pk).exists():
        raise PermissionDenied
    permissions = page.permissions_for_user(request.user)
    workflow_state = page.current_workflow_state
    needs_changes = (
        workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    )
    if not permissions.can_edit() or not (needs_changes or permissions.can_submit_for_moderation()):
        raise PermissionDenied
    editor = reverse("wagtailadmin_pages:edit", args=[page.pk])
    try:
        save_translation_as_draft(translation.source, translation.target_locale, request.user)
    except ValidationError as error:
        problems = " ".join(str(message) for message in error.messages)
        messages.error(request, _("Not submitted: %(problems)s") % {"problems": problems})
        return redirect(editor)
    page.refresh_from_db()
    if needs_changes:
        workflow_state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("Page '%(page_title)s' has been submitted for moderation.")
        % {"page_title": page.get_admin_display_title()},
    )
    return redirect(editor)


def _page_of_translation(translation_id):
    return translated_page(get_object_or_404(Translation, pk=translation_id))


def _page_by_id(page_id):
    return get_object_or_404(Page, pk=page_id).specific


def for_moderators_only(view, page_of):
    """``view``, refused to a user who may not publish the page ``page_of(**kwargs)``."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        page = page_of(**kwargs)
        if page is not None and not may_publish(request.user, page):
            raise PermissionDenied(str(ONLY_MODERATORS))
        return view(request, *args, **kwargs)

    return guarded


# order=-1: registered before wagtail-localize's URLs, so these addresses resolve here.
@hooks.register("register_admin_urls", order=-1)
def translations_go_to_the_moderators():
    stop = for_moderators_only(edit_translation.stop_translation, _page_of_translation)
    alias = for_moderators_only(convert.convert_to_alias, _page_by_id)
    return [
        path(
            "localize/translate/<int:translation_id>/submit/",
            submit_translation,
            name="missions_submit_translation",
        ),
        path("localize/translate/<int:translation_id>/disable/", stop),
        path("localize/page/<int:page_id>/convert_to_alias/", alias),
    ]
