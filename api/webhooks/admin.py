"""The Secretariat's webhooks in the admin (Settings → Webhooks, Webhook deliveries).

Superusers only: a subscription's secret signs what the receiver trusts, and its address
receives every mission's changes. Mission webmasters see neither menu item, and every
URL of both is refused to them (``tests/api/webhooks/test_admin.py``). The deliveries
are a read-only log: status, attempts, last response code and error.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from api.models import (
    ChangeEventType,
    DeliveryStatus,
    WebhookDelivery,
    WebhookSubscription,
)
from api.webhooks.addresses import check_receiver
from api.webhooks.signing import generate_secret
from missions.isolation.membership import is_unrestricted


class SecretariatOnly(BasePermissionPolicy):
    """Superusers may do ``actions``; nobody else anything."""

    actions = frozenset({"add", "change", "delete", "view"})

    def user_has_permission(self, user, action):
        return action in self.actions and is_unrestricted(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not self.actions & set(actions):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


class SecretariatReadOnly(SecretariatOnly):
    """The delivery log: superusers read it; it is written by the deliveries alone."""

    actions = frozenset({"view"})


register_permission_policy(WebhookSubscription, SecretariatOnly(WebhookSubscription))
register_permission_policy(WebhookDelivery, SecretariatReadOnly(WebhookDelivery))


class WebhookSubscriptionForm(WagtailAdminModelForm):
    url = forms.URLField(
        label=_("Address"),
        max_length=500,
        assume_scheme="https",
        help_text=WebhookSubscription._meta.get_field("url").help_text,
    )
    event_types = forms.MultipleChoiceField(
        label=_("Event types"),
        choices=ChangeEventType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only these kinds of change. None ticked: every kind."),
    )
    sites = forms.ModelMultipleChoiceField(
        label=_("Sites"),
        queryset=Site.objects.order_by("hostname"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only changes on these sites. None ticked: every site."),
    )

    class Meta:
        model = WebhookSubscription
        fields = ["name", "url", "active", "sites", "event_types"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        refused = check_receiver(url)
        if refused:
            raise forms.ValidationError(refused)
        return url


class EditWebhookSubscriptionForm(WebhookSubscriptionForm):
    signing_secret = forms.CharField(
        label=_("Signing secret"),
        required=False,
        disabled=True,
        help_text=_(
            "Give it to the receiver: it checks each delivery's webhook-signature header "
            "with it (Standard Webhooks)."
        ),
    )
    replace_secret = forms.BooleanField(
        label=_("Replace the signing secret"),
        required=False,
        help_text=_("The receiver must then be given the new one."),
    )

    class Meta(WebhookSubscriptionForm.Meta):
        fields = [*WebhookSubscriptionForm.Meta.fields, "signing_secret", "replace_secret"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signing_secret"].initial = self.instance.secret

    def save(self, commit=True):
        if self.cleaned_data.get("replace_secret"):
            self.instance.secret = generate_secret()
        return super().save(commit=commit)


class WebhookSubscriptionViewSet(ModelViewSet):
    model = WebhookSubscription
    name = "webhooks"
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="webhooks:edit"),
        Column("url", label=_("Address")),
        Column("active", label=_("Active")),
        Column("updated_at", label=_("Updated")),
    ]
    search_fields = ["name", "url"]
    ordering = ["name"]

    def get_form_class(self, for_update=False):
        return EditWebhookSubscriptionForm if for_update else WebhookSubscriptionForm


class DeliveryIndexView(generic.IndexView):
    def get_base_queryset(self):
        # The event and webhook of each row come with the listing's own query.
        return super().get_base_queryset().select_related("event", "subscription")


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = "webhook_deliveries"
    icon = "list-ul"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = DeliveryIndexView
    # Nobody writes the log by hand (SecretariatReadOnly); the form is never shown.
    form_fields = []
    list_display = [
        TitleColumn(
            "event",
            label=_("Change"),
            accessor="event",
            url_name="webhook_deliveries:inspect",
        ),
        Column("subscription", label=_("Webhook"), accessor="subscription.name"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda delivery: delivery.status == DeliveryStatus.SUCCEEDED,
        ),
        Column("attempts", label=_("Attempts")),
        Column("last_response_code", label=_("Response code")),
        Column("next_attempt_at", label=_("Next attempt")),
        Column("updated_at", label=_("Updated")),
    ]
    list_filter = ["status", "subscription"]
    ordering = ["-pk"]
    inspect_view_fields = [
        "subscription",
        "event",
        "status",
        "attempts",
        "last_response_code",
        "last_error",
        "next_attempt_at",
        "created_at",
        "updated_at",
    ]
