"""``manage.py prune_api_changes [--days N]``: delete the change feed's events (and their
webhook deliveries) older than ``API_CHANGES_KEEP_DAYS`` days. Run it daily (cron, or
your scheduler); see api.changes.pruning."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from api.changes.pruning import prune_changes


class Command(BaseCommand):
    help = (
        "Delete the change feed's events and their webhook deliveries older than "
        "API_CHANGES_KEEP_DAYS days (or --days). A consumer's cursor from before them then "
        "answers 410: it must read the listings again and follow the feed from the start."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days of changes (default: API_CHANGES_KEEP_DAYS).",
        )

    def handle(self, *args, days=None, **options):
        keep_days = settings.API_CHANGES_KEEP_DAYS if days is None else days
        if keep_days < 1:
            raise CommandError(f"--days must be 1 or more, not {keep_days}.")
        deleted = prune_changes(keep_days)
        self.stdout.write(
            f"Deleted {deleted} change(s) older than {keep_days} day(s), with their webhook "
            "deliveries."
        )
