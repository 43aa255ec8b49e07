"""Pruning the journal of changes: events older than ``API_CHANGES_KEEP_DAYS`` go, with
their webhook deliveries, and the position of the newest one deleted is kept
(``PrunedChanges``) so that a cursor from before it is refused (410), not read as if
nothing had changed. Run daily: ``manage.py prune_api_changes``.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from api.models import ChangeEvent, PrunedChanges


def prune_changes(keep_days):
    """Delete the events that occurred more than ``keep_days`` days ago (and their
    deliveries); the number of events deleted.

    A prefix of the journal goes (every event up to the newest old one), so the horizon
    is one position and the journal keeps no hole: it is in commit order, so an event
    committed just before an old one but stamped a little later goes with it.
    """
    cutoff = timezone.now() - timedelta(days=keep_days)
    with transaction.atomic():
        newest_old = (
            ChangeEvent.objects.filter(occurred_at__lt=cutoff)
            .order_by("-pk")
            .values_list("pk", flat=True)
            .first()
        )
        if newest_old is None:
            return 0
        # The horizon and the deletion commit together: a consumer never reads a
        # journal with a hole and no word of it.
        horizon, _created = PrunedChanges.objects.select_for_update().get_or_create(pk=1)
        horizon.up_to = max(horizon.up_to, newest_old)
        horizon.save()
        _total, by_model = ChangeEvent.objects.filter(pk__lte=newest_old).delete()
    return by_model.get(ChangeEvent._meta.label, 0)
