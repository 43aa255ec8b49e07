"""The read API's own records: the change feed's events and the webhooks that carry them.

``ChangeEvent`` is an append-only journal of what left or entered public view (see
``api.changes.recording`` for how its order is made to match commit order), read by
``GET /api/v2/changes/`` and fanned out to ``WebhookSubscription``s as
``WebhookDelivery`` rows, each sent by a background task (``api.webhooks.tasks``).
The journal keeps a snapshot of the page (address, site, mission) as it was when the
change happened: a deleted page's last address stays readable.
"""

import base64

from django.db import models
from django.utils.translation import gettext_lazy as _

from api.webhooks.signing import generate_secret


class ChangeEventType(models.TextChoices):
    PUBLISHED = "page.published", _("Page published")
    UNPUBLISHED = "page.unpublished", _("Page unpublished")
    MOVED = "page.moved", _("Page moved")
    DELETED = "page.deleted", _("Page deleted")


class ChangeEvent(models.Model):
    """A public page was published, unpublished, moved or deleted (never a draft).

    Rows are only ever added, in commit order; the primary key is the feed's position.
    """

    # Records of the API's own, naming no content: nothing for Wagtail's reference
    # index to follow (and no index update at each delivery's save).
    wagtail_reference_index_ignore = True

    type = models.CharField(_("type"), max_length=32, choices=ChangeEventType.choices)
    occurred_at = models.DateTimeField(_("occurred at"))
    # No foreign keys: the page, and even its site, may be gone; the event keeps what
    # a consumer needs to find what it had of them.
    page_id = models.PositiveIntegerField(_("page id"))
    page_type = models.CharField(_("page type"), max_length=150)
    locale = models.CharField(_("locale"), max_length=20)
    translation_key = models.UUIDField(_("translation key"))
    html_url = models.CharField(_("address"), max_length=2000)
    site_id = models.PositiveIntegerField(_("site id"))
    site_hostname = models.CharField(_("hostname"), max_length=255)
    mission_iso3 = models.CharField(_("mission"), max_length=3, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("change")
        verbose_name_plural = _("changes")
        indexes = [models.Index(fields=["site_id", "id"], name="api_change_site_position")]

    def __str__(self):
        return f"{self.type} {self.html_url}"

    @property
    def mission(self):
        """The ISO3 code of the mission whose site it was, or None."""
        return self.mission_iso3 or None

    @property
    def public_id(self):
        """The event's id for consumers: opaque, stable, the same in the feed and webhooks."""
        raw = self.pk.to_bytes(8, "big")
        return "evt_" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


class PrunedChanges(models.Model):
    """How far the journal was pruned (``manage.py prune_api_changes``): one row, the
    position of the newest event deleted. A cursor before it answers 410 (the feed could
    not say what changed since), never a silent skip."""

    wagtail_reference_index_ignore = True

    up_to = models.PositiveBigIntegerField(_("pruned up to"), default=0)
    pruned_at = models.DateTimeField(_("pruned at"), auto_now=True)

    class Meta:
        verbose_name = _("pruned changes")
        verbose_name_plural = _("pruned changes")

    def __str__(self):
        return f"changes up to {self.up_to}"

    @classmethod
    def horizon(cls):
        """The position of the newest event deleted (0: none ever was)."""
        return cls.objects.filter(pk=1).values_list("up_to", flat=True).first() or 0


class WebhookSubscription(models.Model):
    """An address the Secretariat asked to be told about changes, with what to send it."""

    wagtail_reference_index_ignore = True

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("Who receives these events, e.g. Member State portal."),
    )
    url = models.URLField(
        _("address"),
        max_length=500,
        help_text=_(
            "The receiver's address. Events are sent to it by POST; a redirect counts as a "
            "failure and is not followed."
        ),
    )
    secret = models.CharField(_("signing secret"), max_length=100, default=generate_secret)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to stop sending events for a while.")
    )
    sites = models.ManyToManyField(
        "wagtailcore.Site",
        blank=True,
        related_name="+",
        verbose_name=_("sites"),
        help_text=_("Only changes on these sites. None ticked: every site."),
    )
    event_types = models.JSONField(
        _("event types"),
        default=list,
        blank=True,
        help_text=_("Only these kinds of change. None ticked: every kind."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")

    def __str__(self):
        return self.name


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    RETRYING = "retrying", _("Retrying")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one subscription: the delivery log."""

    wagtail_reference_index_ignore = True

    subscription = models.ForeignKey(
        WebhookSubscription,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("webhook"),
    )
    event = models.ForeignKey(
        ChangeEvent, on_delete=models.CASCADE, related_name="+", verbose_name=_("change")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_response_code = models.PositiveSmallIntegerField(
        _("last response code"), null=True, blank=True
    )
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "event"], name="api_one_delivery_per_event"
            )
        ]

    def __str__(self):
        return f"{self.event} → {self.subscription}"
