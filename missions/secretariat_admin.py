"""The Secretariat's page of mission sites: list them, set up a new one, add a language.

The same provisioning as ``manage.py create_mission`` (``missions.provisioning``), behind
forms, so adding Arabic to a mission's site does not need a shell. Only the Secretariat
(superusers) sees it: a mission's own groups never manage sites, groups or languages.
Missions are never deleted here; retiring a site is a decision with more to it than a
button (its pages, media and accounts).
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from missions.isolation.membership import is_unrestricted
from missions.models import MemberState, Mission
from missions.provisioning import ProvisioningError, provision_mission, validate_request


def language_choices(exclude=()):
    languages = settings.WAGTAIL_CONTENT_LANGUAGES
    return [(code, name) for code, name in languages if code not in exclude]


def language_names(codes):
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    return ", ".join(str(names.get(code, code)) for code in codes)


def languages_of(missions):
    """{mission: its site's language codes, the default first}, in one query for them all.

    Every translation of the home page counts, published or not: a language being
    translated is already one of the site's.
    """
    homes = {mission.site.root_page.translation_key: mission for mission in missions}
    found = {key: [] for key in homes}
    rows = (
        Page.objects.filter(translation_key__in=homes)
        .order_by("locale__language_code")
        .values_list("translation_key", "locale__language_code")
    )
    for key, code in rows:
        found[key].append(code)
    languages = {}
    for key, mission in homes.items():
        default = mission.site.root_page.locale.language_code
        languages[mission] = [default, *(code for code in found[key] if code != default)]
    return languages


class SecretariatOnly(BasePermissionPolicy):
    """Superusers may list, add and change missions; nobody deletes them here."""

    def user_has_permission(self, user, action):
        return action != "delete" and is_unrestricted(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if set(actions) <= {"delete"}:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


register_permission_policy(Mission, SecretariatOnly(Mission))


class ProvisioningForm(WagtailAdminModelForm):
    """A form whose valid data is a request to ``provision_mission``, checked by it first.

    Provisioning's own checks (a hostname in use, a language the install no longer
    offers) become form errors, before anything is written.
    """

    class Meta:
        model = Mission
        fields = []

    def provisioning_request(self, data):
        """(iso3, hostname, port, languages) from the cleaned data."""
        raise NotImplementedError

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            validate_request(*self.provisioning_request(data))
        except ProvisioningError as error:
            raise forms.ValidationError(str(error)) from None
        return data

    def provision(self):
        return provision_mission(*self.provisioning_request(self.cleaned_data))


class NewMissionForm(ProvisioningForm):
    # Not "member_state": a form field named like a model field the form leaves out
    # (provisioning sets it) would be validated on the empty instance.
    state = forms.ModelChoiceField(
        label=_("State"),
        queryset=MemberState.objects.filter(mission__isnull=True).order_by("short_name"),
        help_text=_("Only States that have no mission site yet are listed."),
    )
    hostname = forms.CharField(
        label=_("Hostname"),
        help_text=_("The address of the site without https://, e.g. france.un.int."),
    )
    port = forms.IntegerField(
        label=_("Port"),
        initial=80,
        min_value=1,
        max_value=65535,
        help_text=_("80 for a site served in production; another number only for tests."),
    )
    default_language = forms.ChoiceField(
        label=_("Default language"),
        initial=settings.LANGUAGE_CODE,
        choices=language_choices,
        help_text=_("Visitors whose browser asks for none of the site's languages get this one."),
    )
    other_languages = forms.MultipleChoiceField(
        label=_("Other languages"),
        choices=language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("More can be added later."),
    )

    def provisioning_request(self, data):
        default = data["default_language"]
        languages = [default, *(code for code in data["other_languages"] if code != default)]
        return data["state"].iso3, data["hostname"], data["port"], languages


class AddLanguagesForm(ProvisioningForm):
    new_languages = forms.MultipleChoiceField(
        label=_("Add languages"),
        choices=(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_languages = languages_of([self.instance])[self.instance]
        field = self.fields["new_languages"]
        field.choices = language_choices(exclude=self.current_languages)
        field.help_text = _(
            "The site is in %(languages)s. Each language you tick gets the home page and "
            "its sections, with the default language's text until the mission translates "
            "them, and the mission's editors and moderators get their rights on them."
        ) % {"languages": language_names(self.current_languages)}

    def provisioning_request(self, data):
        site = self.instance.site
        languages = [*self.current_languages, *data["new_languages"]]
        return self.instance.member_state.iso3, site.hostname, site.port, languages


class ProvisioningViewMixin:
    """Save through provisioning, and say what it created."""

    def save_instance(self):
        self.report = self.form.provision()
        log(instance=self.report.mission, action=self.log_action, user=self.request.user)
        return self.report.mission

    def get_success_message(self, instance=None):
        created = "; ".join(self.report.created) or _("nothing was missing")
        return _("%(mission)s: %(created)s.") % {"mission": self.report.mission, "created": created}


class CreateMissionView(ProvisioningViewMixin, generic.CreateView):
    log_action = "wagtail.create"


class AddLanguagesView(ProvisioningViewMixin, generic.EditView):
    log_action = "wagtail.edit"


class GroupMembersColumn(Column):
    """How many people a mission group has, linked to the users list filtered on it."""

    cell_template_name = "missions/admin/group_members_cell.html"

    def __init__(self, name, group_field, **kwargs):
        super().__init__(name, **kwargs)
        self.group_field = group_field

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        group_id = getattr(instance, f"{self.group_field}_id")
        if group_id is not None:
            context["members_url"] = f"{reverse('wagtailusers_users:index')}?group={group_id}"
        return context


class MissionIndexView(generic.IndexView):
    def get_base_queryset(self):
        # State, hostname and people per group come with the listing's own query rather
        # than a query per row.
        return (
            super()
            .get_base_queryset()
            .select_related("member_state", "site__root_page__locale")
            .annotate(
                editor_count=Count("editors_group__user", distinct=True),
                moderator_count=Count("moderators_group__user", distinct=True),
            )
        )

    def get_table(self, object_list):
        missions = list(object_list)
        for mission, codes in languages_of(missions).items():
            mission.language_names = language_names(codes)
        return super().get_table(missions)


class MissionViewSet(ModelViewSet):
    model = Mission
    icon = "site"
    menu_label = _("Missions")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = MissionIndexView
    add_view_class = CreateMissionView
    edit_view_class = AddLanguagesView
    list_display = [
        TitleColumn(
            "member_state",
            label=_("State"),
            accessor="member_state",
            url_name="mission_sites:edit",
        ),
        Column("hostname", label=_("Hostname"), accessor="site.hostname"),
        Column("languages", label=_("Languages"), accessor="language_names"),
        GroupMembersColumn("editor_count", group_field="editors_group", label=_("Editors")),
        GroupMembersColumn(
            "moderator_count", group_field="moderators_group", label=_("Moderators")
        ),
        Column("created_at", label=_("Created")),
    ]
    list_filter = ["member_state__regional_group"]
    search_fields = ["member_state__short_name", "member_state__iso3", "site__hostname"]
    ordering = ["member_state__short_name"]

    def get_form_class(self, for_update=False):
        return AddLanguagesForm if for_update else NewMissionForm
