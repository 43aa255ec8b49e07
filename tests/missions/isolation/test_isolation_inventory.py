"""The admin's inventory: every admin view that names an object is guarded by isolation.

The isolation middleware refuses an admin URL that names another mission's object, by
mapping each URL argument to a model (``missions.isolation.middleware``) and asking the
ownership registry (``missions.isolation.owned``) whether the object is another
mission's. That holds only for the arguments it knows. This module walks every admin
URL pattern of every installed app (Wagtail's pages, images, documents, snippets,
settings, workflows, reports, choosers, bulk actions, admin API, wagtail-localize's...)
and fails on any argument that names an object which neither the registry covers nor
the allow-lists below explain: a Wagtail upgrade that adds a view or renames an
argument fails here instead of opening a door.

Then the same inventory drives an attack: for every admin URL whose arguments name an
owned object, mission A's webmaster asks for mission B's object and is refused.
"""

import re
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.urls import URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    Translation,
    TranslationContext,
    TranslationSource,
)

from missions.isolation import middleware
from missions.isolation.membership import only
from missions.isolation.middleware import MODEL_NAMED_IN_URL, model_of_argument
from missions.isolation.registry import ownership
from tests.missions.isolation.test_isolation import (  # noqa: F401 (fixtures)
    assert_refused,
    build_world,
    login,
    module_world,
)

# A URL argument that holds an id: pk, id, object_id, page_id, workflow_pk,
# revision_id_a...
ID_ARGUMENT = re.compile(r"(^|_)(id|pk)(_|$)")

# Models that belong to no mission, whose admin views mission users cannot open at all.
UNOWNED_MODELS = {
    # Accounts are the Secretariat's: mission groups hold no permission on users or
    # groups (test_isolation.test_no_mission_group_may_manage_accounts_or_mission_records).
    "auth.User": "accounts",
    # A language is shared by every mission's sites; only the Secretariat adds one.
    "wagtailcore.Locale": "languages",
    # Sign-in lockouts are the Secretariat's (cms.login_throttling's policy).
    "axes.AccessAttempt": "sign-in lockouts",
    # Webhooks carry every mission's changes: superusers only (api.webhooks.admin's
    # policies; tests/api/webhooks/test_admin.py tries every URL as a webmaster).
    "api.WebhookSubscription": "webhooks",
    "api.WebhookDelivery": "webhook deliveries",
}

# Arguments that name something of the user's own, not a mission's.
ARGUMENTS_NAMING_NOTHING_OWNED = {
    # The user's own editing session: Wagtail answers only the session's user.
    ("wagtailadmin_editing_sessions:ping", "session_id"),
    ("wagtailadmin_editing_sessions:release", "session_id"),
    # An account's second factor: Secretariat only (cms.two_factor).
    ("two_factor_reset", "user_id"),
    # The user's own upload in progress: Wagtail looks it up by ``uploaded_by_user``.
    ("wagtailimages:create_multiple_from_uploaded_image", "uploaded_file_id"),
    ("wagtailimages:delete_upload_multiple", "uploaded_file_id"),
    ("wagtaildocs:create_multiple_from_uploaded_document", "uploaded_file_id"),
    ("wagtaildocs:delete_upload_multiple", "uploaded_file_id"),
}


@dataclass(frozen=True)
class AdminView:
    """One admin URL pattern: its route, names and view."""

    route: str
    namespace: str | None
    view_name: str | None
    callback: object
    arguments: tuple

    @property
    def label(self):
        return self.view_name or self.route

    def model_of(self, argument):
        return model_of_argument(
            argument,
            namespace=self.namespace,
            view_name=self.view_name,
            view_func=self.callback,
            kwargs=dict.fromkeys(self.arguments),
        )

    @property
    def id_arguments(self):
        return [name for name in self.arguments if ID_ARGUMENT.search(name)]


def _walk(patterns, route="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, route + str(pattern.pattern), inner)
        else:
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield AdminView(
                route=route + str(pattern.pattern),
                namespace=namespace,
                view_name=name,
                callback=pattern.callback,
                arguments=tuple(pattern.pattern.regex.groupindex),
            )


def admin_views():
    """Every URL pattern under the admin's prefix, of every installed app."""
    prefix = reverse("wagtailadmin_home").lstrip("/")
    return [view for view in _walk(get_resolver().url_patterns) if view.route.startswith(prefix)]


ADMIN_VIEWS = admin_views()
NAMING_AN_OBJECT = [(view, argument) for view in ADMIN_VIEWS for argument in view.id_arguments]


def _id(entry):
    view, argument = entry
    return f"{view.label}[{argument}]"


# --- The inventory --------------------------------------------------------------------


def test_the_walk_sees_the_admin_of_every_app():
    """A walk that found nothing would pass everything: it must see each family."""
    names = {view.view_name for view in ADMIN_VIEWS}
    for expected in (
        "wagtailadmin_pages:edit",
        "wagtailimages:edit",
        "wagtaildocs:edit",
        "wagtailsettings:edit",
        "wagtail_bulk_action",
        "wagtailimages_chooser:chosen",
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_api:pages:detail",
        "wagtail_localize:submit_page_translation",
        "wagtailsnippets:index",
    ):
        assert expected in names, expected
    assert len(NAMING_AN_OBJECT) > 100


@pytest.mark.parametrize("entry", NAMING_AN_OBJECT, ids=_id)
def test_every_admin_argument_naming_an_object_is_guarded(entry):
    view, argument = entry
    if (view.view_name, argument) in ARGUMENTS_NAMING_NOTHING_OWNED:
        return
    model = view.model_of(argument)

    assert model is not None, (
        f"{view.route}: the isolation middleware does not know what {argument!r} names; "
        "map it in missions/isolation/middleware.py, or allow it here with the reason"
    )
    if model == MODEL_NAMED_IN_URL or model._meta.label in UNOWNED_MODELS:
        return
    assert ownership.covers(model), (
        f"{view.route}: {argument!r} names a {model._meta.label}, which the ownership "
        "registry does not cover (missions/isolation/owned.py)"
    )


def test_the_allow_list_names_only_views_that_exist():
    """An allow-listed view Wagtail renamed or dropped must leave the list too."""
    present = {(view.view_name, argument) for view, argument in NAMING_AN_OBJECT}

    assert present >= ARGUMENTS_NAMING_NOTHING_OWNED


def test_ids_in_query_strings_and_forms_name_owned_models_of_existing_views():
    """The ids a view reads from its query string or form (choosers' "chosen multiple",
    a page copy's new parent) are checked too: their views exist and their models are
    owned."""
    names = {view.view_name for view in ADMIN_VIEWS}
    tables = [
        middleware.MODEL_OF_QUERY_PARAMETER_BY_VIEW,
        middleware.MODEL_OF_FORM_FIELD_BY_VIEW,
    ]
    for table in tables:
        for view_name, parameters in table.items():
            assert view_name in names, view_name
            for model in parameters.values():
                assert ownership.covers(apps.get_model(model)), (view_name, model)


def test_bulk_actions_are_answered_by_the_mission_scoped_bulk_action():
    """Bulk actions name their objects in ``?id=``; the middleware answers them with the
    bulk action narrowed by the registry, for any model."""
    from django.urls import resolve

    from missions.isolation.bulk_actions import MISSION_BULK_ACTION

    match = resolve(reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]))

    assert middleware._mission_scoped_view(match) is MISSION_BULK_ACTION


def test_every_model_of_the_middleware_tables_is_owned():
    tables = [
        middleware.MODEL_OF_URL_ARGUMENT,
        middleware.MODEL_OF_PK_BY_NAMESPACE,
        middleware.MODEL_OF_PK_BY_VIEW,
    ]
    for table in tables:
        for key, model in table.items():
            assert ownership.covers(apps.get_model(model)), (key, model)


# --- The attack, driven by the inventory ------------------------------------------------


def build_world_with_translation_and_redirect(mission_a, mission_b):
    """The isolation world, with a translation of B's page (and an overridable segment of
    it) and a redirect on each mission's site."""
    world = build_world(mission_a, mission_b)
    swahili = Locale.objects.get(language_code="sw")
    source, _created = TranslationSource.get_or_create_from_instance(world.page_b)
    Translation.objects.create(source=source, target_locale=swahili)
    # What wagtail-localize extracts from an image in the page (an overridable segment):
    # the news item of the world has none, so one is made as extraction would.
    context, _created = TranslationContext.objects.get_or_create(
        object_id=world.page_b.translation_key, path="body.image"
    )
    OverridableSegment.objects.create(source=source, context=context, order=999, data_json="1")
    for mission, mark in ((world.mission_a, "alphaville"), (world.mission_b, "bravotown")):
        Redirect.objects.create(
            old_path=f"/{mark}-old", site=mission.site, redirect_link="https://example.org/"
        )
    return world


world = module_world(build_world_with_translation_and_redirect)

# Values for the arguments that name no object.
OTHER_ARGUMENTS = {
    "action_name": "approve",
    "mode": "preview",
    "filter_spec": "fill-10x10",
}
# The app and model a URL names, where the URL's object is not of that model (site
# settings are edited by site) or is a page of a given type.
APP_AND_MODEL_BY_VIEW = {
    "wagtailsettings:edit": ("missions", "missionsettings"),
    "wagtailsettings:preview_on_edit": ("missions", "missionsettings"),
    "wagtailadmin_pages:add": ("missions", "newsitempage"),
    "wagtailadmin_pages:preview_on_add": ("missions", "newsitempage"),
}
APP_ARGUMENTS = ("app_label", "app_name", "content_type_app_name")
MODEL_ARGUMENTS = ("model_name", "content_type_model_name")


def _guarded_views():
    """The admin views at least one of whose arguments names an owned object."""
    guarded = []
    for view in ADMIN_VIEWS:
        models = [view.model_of(argument) for argument in view.id_arguments]
        if any(
            model == MODEL_NAMED_IN_URL or (model is not None and ownership.covers(model))
            for model in models
        ):
            guarded.append(view)
    return guarded


GUARDED_VIEWS = _guarded_views()


def _object_of_b(world, model):
    """An object of mission B of ``model``, or None when the world has none."""
    if issubclass(model, Page):
        return world.page_b
    return ownership.owned(model, only(world.mission_b)).order_by("pk").first()


def _url_of_b(world, view):
    """The URL of ``view`` naming mission B's objects, or a reason why none can be built."""
    kwargs = {}
    for argument in view.arguments:
        if argument in OTHER_ARGUMENTS:
            kwargs[argument] = OTHER_ARGUMENTS[argument]
        elif argument in APP_ARGUMENTS + MODEL_ARGUMENTS:
            continue
        else:
            model = view.model_of(argument)
            if model == MODEL_NAMED_IN_URL:
                model = Page
            if model is None or not ownership.covers(model):
                kwargs[argument] = 1  # names nothing of a mission (allow-listed above)
                continue
            found = _object_of_b(world, model)
            if found is None:
                return None, f"the world has no {model._meta.label} of mission B"
            kwargs[argument] = found.pk
    app, model_name = APP_AND_MODEL_BY_VIEW.get(view.view_name, ("wagtailcore", "page"))
    for argument in view.arguments:
        if argument in APP_ARGUMENTS:
            kwargs[argument] = app
        elif argument in MODEL_ARGUMENTS:
            kwargs[argument] = model_name
    if view.view_name is None:
        # A project's own URL with no name (the translation editor's checked writes).
        route = view.route
        for argument, value in kwargs.items():
            route = re.sub(rf"<(\w+:)?{argument}>", str(value), route)
        return "/" + route, None
    try:
        return reverse(view.view_name, kwargs=kwargs), None
    except NoReverseMatch:
        return None, f"{view.view_name} cannot be built from {kwargs}"


@pytest.mark.parametrize("view", GUARDED_VIEWS, ids=lambda view: view.label)
def test_webmaster_cannot_reach_another_missions_object_by_any_admin_url(world, login, view):
    url, reason = _url_of_b(world, view)
    if url is None:
        pytest.skip(reason)
    client = login(world.webmaster_a)

    response = client.get(url)

    assert_refused(response)


def test_the_attack_covers_the_owned_kinds_of_object(world, db):
    """The attack builds URLs of every kind of object the admin names by id."""
    built = {view.label for view in GUARDED_VIEWS if _url_of_b(world, view)[0] is not None}
    for expected in (
        "wagtailadmin_pages:edit",
        "wagtailimages:edit",
        "wagtaildocs:edit",
        "wagtailsettings:edit",
        "wagtailadmin_collections:edit",
        "wagtailadmin_workflows:edit_task",
        "wagtailredirects:edit",
        "wagtail_localize:edit_string_translation",
        "wagtail_localize:update_translations",
        "wagtailadmin_pages:revisions_view",
        "wagtailadmin_editing_sessions:ping",
    ):
        assert expected in built, expected


# --- Listings of owned models, whatever a group was granted ----------------------------

# Listings that mission groups are not granted, but that a model-wide permission (given
# by mistake, or for a new per-mission record) would open: (app, permission codenames,
# listing URL name, the user's own mission's text, another mission's text).
OWNED_LISTINGS = {
    "redirects": (
        "wagtailredirects",
        ["change_redirect"],
        "wagtailredirects:index",
        "/alphaville-old",
        "/bravotown-old",
    ),
    "sites": ("wagtailcore", ["change_site"], "wagtailsites:index", "france.localhost", "kenya"),
}


@pytest.mark.parametrize("surface", list(OWNED_LISTINGS))
def test_listing_of_an_owned_model_shows_own_mission_only_under_model_wide_rights(
    world, login, surface
):
    app, codenames, url_name, own_text, foreign_text = OWNED_LISTINGS[surface]
    world.mission_a.editors_group.permissions.add(
        *Permission.objects.filter(content_type__app_label=app, codename__in=codenames)
    )
    client = login(world.webmaster_a)

    response = client.get(reverse(url_name))

    assert response.status_code == 200
    content = response.content.decode()
    assert own_text in content
    assert foreign_text not in content
