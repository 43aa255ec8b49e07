"""The webmaster's everyday admin: their mission's dashboard, and the usual paths made
one click shorter.

* **The dashboard** (``construct_homepage_panels``): a panel of the user's own mission,
  first on the page: its pages awaiting moderation, its drafts, its out-of-date
  translations and its latest edits, by whom. Every list is narrowed to the mission's
  pages by the ownership registry (:func:`own_missions_pages`); the Secretariat
  (superusers) keeps Wagtail's whole-install dashboard. The counts ("N Pages") are the
  mission's too (:mod:`missions.isolation.dashboard`).
* **The moderator's one publish action**: on a page awaiting them, Wagtail offers both
  "Publish" (which cancels the moderation) and "Approve and Publish"; only the second
  is kept, first in the menu.
* **"Published" after publishing**: approving and publishing from the page editor ends
  with Wagtail's "Page '...' has been updated."; it says it was published.
* **The explorer** (``templates/wagtailadmin/pages/...``, with the filters of
  ``missions.templatetags.mission_admin``): a section's row ("News") opens its list of
  pages, and "Add child page" is a button with words, not a bare "+".
"""

import html

from django.contrib import messages
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.action_menu import PublishMenuItem, WorkflowMenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page, PageLogEntry, WorkflowState, get_default_page_content_type
from wagtail_localize.models import Translation

from missions.isolation.membership import is_unrestricted, missions_for_user
from missions.isolation.querysets import own_missions_pages
from missions.translation import out_of_date_translations

# How many rows each list of the mission's dashboard shows.
DASHBOARD_ROWS = 8


def pages_awaiting_moderation(user):
    """The user's mission's pages in a workflow (waiting for the moderators, or sent
    back to the webmasters), the latest first."""
    # A workflow state names its page by a text id (a generic relation).
    in_moderation = WorkflowState.objects.active().filter(
        base_content_type=get_default_page_content_type(),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return (
        own_missions_pages(user)
        .filter(Exists(in_moderation))
        .order_by("-latest_revision_created_at")
        .select_related("locale", "latest_revision__user")
    )


def draft_pages(user):
    """The user's mission's pages with changes no visitor sees yet: never published, or
    edited since. A page in moderation is listed with those instead."""
    return (
        own_missions_pages(user)
        .exclude(depth__lte=1)
        .filter(has_unpublished_changes=True)
        .exclude(pk__in=pages_awaiting_moderation(user).values("pk"))
        .order_by("-latest_revision_created_at")
        .select_related("locale", "latest_revision__user")
    )


def out_of_date_translated_pages(user):
    """The user's mission's translated pages whose original changed after their last sync."""
    pages = own_missions_pages(user)
    # Only the mission's own translations are read, not the whole install's.
    keys = set(pages.values_list("translation_key", flat=True).distinct())
    translations = out_of_date_translations(
        Translation.objects.filter(source__object_id__in=keys)
    ).values_list("source__object_id", "target_locale_id")
    keys_and_locales = set(translations)
    out_of_date_keys = {key for key, _locale in keys_and_locales}
    return [
        page
        for page in pages.filter(translation_key__in=out_of_date_keys).select_related("locale")
        if (page.translation_key, page.locale_id) in keys_and_locales
    ]


def latest_edits(user):
    """The latest things done to the user's mission's pages, and by whom."""
    return (
        PageLogEntry.objects.filter(page__in=own_missions_pages(user).values("pk"))
        .select_related("user", "page", "page__locale")
        .order_by("-timestamp", "-pk")
    )


class MissionDashboardPanel(Component):
    """The user's mission at a glance, on top of Wagtail's own panels."""

    name = "mission_dashboard"
    template_name = "missions/admin/mission_dashboard.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        awaiting = pages_awaiting_moderation(user)
        drafts = draft_pages(user)
        out_of_date = out_of_date_translated_pages(user)
        return {
            "missions": list(missions_for_user(user)),
            "awaiting": list(awaiting[:DASHBOARD_ROWS]),
            "awaiting_count": awaiting.count(),
            "drafts": list(drafts[:DASHBOARD_ROWS]),
            "drafts_count": drafts.count(),
            "out_of_date": out_of_date[:DASHBOARD_ROWS],
            "out_of_date_count": len(out_of_date),
            "latest_edits": list(latest_edits(user)[:DASHBOARD_ROWS]),
            "request": self.request,
        }


@hooks.register("construct_homepage_panels")
def dashboard_shows_the_users_mission(request, panels):
    if is_unrestricted(request.user) or not missions_for_user(request.user).exists():
        return
    panels.insert(0, MissionDashboardPanel(request))


@hooks.register("construct_page_action_menu")
def moderator_is_offered_one_publish_action(menu_items, request, context):
    """On a page awaiting the user's approval: "Approve and Publish", first; no "Publish"."""
    approve = [
        item
        for item in menu_items
        if isinstance(item, WorkflowMenuItem) and item.name == "approve" and not item.launch_modal
    ]
    if not approve:
        return
    menu_items[:] = [item for item in menu_items if not isinstance(item, PublishMenuItem)]
    menu_items.remove(approve[0])
    menu_items.insert(0, approve[0])


def _approved_and_published(request, page):
    if not (
        request.method == "POST"
        and "action-workflow-action" in request.POST
        and request.POST.get("workflow-action-name") == "approve"
    ):
        return False
    # The view's page predates the approval, which published a revision of it.
    page = Page.objects.get(pk=page.pk)
    return page.live and not page.has_unpublished_changes and not page.workflow_in_progress


def _text(message):
    """A message as read: Wagtail's admin messages carry markup for their buttons."""
    return html.unescape(strip_tags(str(message.message))).strip()


@hooks.register("after_edit_page")
def publishing_says_published(request, page):
    """After "Approve and Publish", say "published" where Wagtail says "updated"."""
    if not _approved_and_published(request, page):
        return None
    title = page.get_admin_display_title()
    updated = _("Page '%(page_title)s' has been updated.") % {"page_title": title}
    storage = messages.get_messages(request)
    kept = [message for message in storage if _text(message) != updated]
    # Reading the storage marks its messages as shown: add back all but "updated".
    for message in kept:
        messages.add_message(request, message.level, message.message, message.extra_tags)
    messages.success(
        request,
        _("Page '%(page_title)s' has been updated and published.") % {"page_title": title},
    )
    return None
