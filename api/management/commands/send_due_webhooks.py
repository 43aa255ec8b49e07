"""``manage.py send_due_webhooks``: queue again the webhook deliveries whose task was
lost (api.webhooks.sweep). Run it every few minutes (cron), beside the worker."""

from django.core.management.base import BaseCommand

from api.webhooks.sweep import GRACE, send_due_webhooks


class Command(BaseCommand):
    help = (
        "Queue an attempt of every webhook delivery overdue by more than "
        f"{int(GRACE.total_seconds() // 60)} minutes that no queued task is about to send."
    )

    def handle(self, *args, **options):
        queued = send_due_webhooks()
        self.stdout.write(f"Queued {queued} overdue webhook delivery(ies) again.")
