"""Recording the changes of public content, in the order consumers must read them.

A page enters or leaves public view when it is published, unpublished, moved (its
address changes, or it moves into or out of a restricted section), deleted, or when a
view restriction is added above it or removed. Each such change of a live page that no
view restriction covers (on itself or an ancestor: anonymous visitors are refused by
every kind, the rule of ``api.visibility``) becomes a ``ChangeEvent``. A draft saved, a
page published inside a restricted section, a reordering among siblings: no event.
Events carry no title or content, only where the page is, so nothing of a draft leaks.

Commit order, so that a consumer resuming from a cursor never skips an event. A
database assigns an auto-increment id when a row is inserted, not when its transaction
commits: two transactions inserting ids 10 and 11 may commit 11 first, and a consumer
reading in between would move its cursor past 10 for ever. So events are not written
inside the editor's transaction. What changed is worked out there, from the signals
(the page and its restrictions as they are then), and written by ``transaction.on_commit``
once it has committed, in a transaction of its own that holds nothing but these inserts
(and the webhook deliveries they cause) and that first takes a lock every such writer
takes:

- on PostgreSQL a transaction-level advisory lock (``pg_advisory_xact_lock``), released
  only when the transaction has committed and become visible; the next writer draws
  its ids after that, so ids become visible in increasing order and a reader that sees
  id 11 also sees id 10;
- on SQLite the database lock itself: a write transaction holds it from its first
  insert until it commits, so writers are already one after the other.

The lock is held for a few inserts, after the editor's own transaction has committed: it
never holds up a publish. A published change whose process dies between the two commits
is missed; the window is the time of one small insert.
"""

import logging
import threading
from functools import partial
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from api.models import ChangeEvent, ChangeEventType
from api.webhooks.dispatch import fan_out
from missions.models import Mission

logger = logging.getLogger(__name__)

# Any constant: the key of the advisory lock that orders the feed's writers.
ADVISORY_LOCK_KEY = 0x4150_4943_4847  # "APICHG"


def restricted_paths(excluding=None):
    """Tree paths of the pages a view restriction covers (their subtrees are not public)."""
    restrictions = PageViewRestriction.objects.all()
    if excluding is not None:
        restrictions = restrictions.exclude(pk=excluding)
    return set(restrictions.values_list("page__path", flat=True))


def _covered(path, paths):
    return any(path.startswith(restricted) for restricted in paths)


def public_only(pages, paths):
    return [page for page in pages if page.live and not _covered(page.path, paths)]


class _Snapshot:
    """The event fields of pages, as they are now; shares lookups across one change."""

    def __init__(self):
        self.url_cache = SimpleNamespace()  # Wagtail memoises the sites' root paths on it
        self.locales = {}
        self.missions = {}

    def locale(self, locale_id):
        if not self.locales:
            self.locales = dict(Locale.objects.values_list("pk", "language_code"))
        return self.locales.get(locale_id, "")

    def mission(self, site_id):
        if site_id not in self.missions:
            self.missions[site_id] = (
                Mission.objects.filter(site_id=site_id)
                .values_list("member_state__iso3", flat=True)
                .first()
            )
        return self.missions[site_id]

    def row(self, page, event_type, occurred_at):
        """The event's fields, or None for a page no site serves."""
        parts = page.get_url_parts(request=self.url_cache)
        if parts is None or parts[2] is None:
            return None
        site_id, root_url, page_path = parts
        page_class = page.specific_class or Page
        return {
            "type": event_type,
            "occurred_at": occurred_at,
            "page_id": page.pk,
            "page_type": page_class._meta.label,
            "locale": self.locale(page.locale_id),
            "translation_key": page.translation_key,
            "html_url": root_url + page_path,
            "site_id": site_id,
            "site_hostname": urlsplit(root_url).hostname or "",
            "mission_iso3": self.mission(site_id) or "",
        }

    def rows(self, pages, event_type, occurred_at=None):
        occurred_at = occurred_at or timezone.now()
        found = (self.row(page, event_type, occurred_at) for page in pages)
        return [row for row in found if row is not None]


def record(rows):
    """Write these events once the current transaction commits (at once outside one)."""
    if rows:
        # robust: the editor's change has committed by then; a failure here is logged,
        # not shown to them as an error of a publish that succeeded.
        transaction.on_commit(partial(write, rows), robust=True)


def write(rows):
    """Append events to the journal in commit order (see the module's docstring), and
    queue their webhooks."""
    with transaction.atomic():
        connection = transaction.get_connection()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])
        events = ChangeEvent.objects.bulk_create([ChangeEvent(**row) for row in rows])
        fan_out(events)
    return events


# --- Publishing, unpublishing, deleting ----------------------------------------------


@receiver(page_published, dispatch_uid="api_changes_published")
def _on_published(sender, instance, **kwargs):
    pages = public_only([instance], restricted_paths())
    record(_Snapshot().rows(pages, ChangeEventType.PUBLISHED))


def _live_in_the_database(page):
    return Page.objects.filter(pk=page.pk, live=True).exists()


@receiver(page_unpublished, dispatch_uid="api_changes_unpublished")
def _on_unpublished(sender, instance, **kwargs):
    if _live_in_the_database(instance):
        # Unpublished without being saved: Wagtail does that to a page it is about to
        # delete (wagtail.signal_handlers.pre_delete_page_unpublish), and the deletion
        # is the change to report.
        return
    # No longer live: what counts is whether visitors could see it until now.
    if not _covered(instance.path, restricted_paths()):
        record(_Snapshot().rows([instance], ChangeEventType.UNPUBLISHED))


# Deleting a page deletes its row in Page and in its type's table: the signal for the
# Page row comes for every page of the deleted subtree, once. Whether it was live is
# read from the database: Wagtail's own pre_delete receiver may have run first and
# unpublished the instance in memory.
@receiver(pre_delete, sender=Page, dispatch_uid="api_changes_deleted")
def _on_deleted(sender, instance, **kwargs):
    if _live_in_the_database(instance) and not _covered(instance.path, restricted_paths()):
        record(_Snapshot().rows([instance], ChangeEventType.DELETED))


# --- Moving, and changing a slug ---------------------------------------------------------

# What was public in a subtree before it moved, by the moved page's id: pre_page_move and
# post_page_move come one after the other in the thread doing the move.
_before_move = threading.local()


def _live_subtree(page):
    return Page.objects.live().filter(path__startswith=page.path).order_by("path")


@receiver(pre_page_move, dispatch_uid="api_changes_before_move")
def _before_moving(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after:
        return  # reordered among its siblings: no address changes
    public = public_only(_live_subtree(instance), restricted_paths())
    rows = _Snapshot().rows(public, ChangeEventType.UNPUBLISHED)
    _before_move.__dict__[instance.pk] = {row["page_id"]: row for row in rows}


@receiver(post_page_move, dispatch_uid="api_changes_moved")
def _on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    before = _before_move.__dict__.pop(instance.pk, {})
    if url_path_before == url_path_after:
        return
    public = public_only(_live_subtree(instance), restricted_paths())
    rows = []
    for row in _Snapshot().rows(public, ChangeEventType.MOVED):
        if row["page_id"] not in before:  # out of a restricted section: newly public
            row["type"] = ChangeEventType.PUBLISHED
        rows.append(row)
    still_public = {row["page_id"] for row in rows}
    # Into a restricted section: gone from public view, at its last public address.
    rows += [row for page_id, row in before.items() if page_id not in still_public]
    record(rows)


@receiver(page_slug_changed, dispatch_uid="api_changes_slug_changed")
def _on_slug_changed(sender, instance, **kwargs):
    """The page's descendants have new addresses (the page itself was just published)."""
    descendants = _live_subtree(instance).exclude(pk=instance.pk)
    public = public_only(descendants, restricted_paths())
    record(_Snapshot().rows(public, ChangeEventType.MOVED))


# --- Privacy ---------------------------------------------------------------------------


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="api_changes_restricted")
def _on_restricted(sender, instance, created, raw=False, **kwargs):
    """A new restriction takes its subtree out of public view: unpublished, to consumers."""
    if raw or not created:
        return  # a restriction changed in kind still keeps anonymous visitors out
    others = restricted_paths(excluding=instance.pk)
    page = Page.objects.get(pk=instance.page_id)
    newly_hidden = public_only(_live_subtree(page), others)
    record(_Snapshot().rows(newly_hidden, ChangeEventType.UNPUBLISHED))


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="api_changes_unrestricted")
def _on_unrestricted(sender, instance, **kwargs):
    """A restriction removed puts its subtree back in public view: published, to consumers.

    Worked out once the transaction has committed: a restriction is also deleted with its
    page, and a page deleted in the same transaction must not come back as published.
    """
    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
    if path is not None:
        transaction.on_commit(partial(_reveal, path, timezone.now()), robust=True)


def _reveal(path, occurred_at):
    pages = Page.objects.live().filter(path__startswith=path).order_by("path")
    public = public_only(pages, restricted_paths())
    rows = _Snapshot().rows(public, ChangeEventType.PUBLISHED, occurred_at)
    if rows:
        write(rows)
