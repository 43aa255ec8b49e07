"""The door of the admin: a URL that names another mission's object is "not found".

Every admin URL names its objects by URL arguments (``page_id``, ``image_id``, a
``pk`` whose model the view or the URL names...), a few also by a query-string or form
parameter. :func:`model_of_argument` says which model each argument names; the
ownership registry says whether the object is another mission's. A new Wagtail view
that names a page by ``page_id`` is covered without a change here, and one that names
an object some other way fails ``tests/missions/isolation/test_isolation_inventory.py`` until it
is mapped here (or allowed there, with the reason).
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.coreutils import resolve_model_string
from wagtail.models import Page

from missions.isolation.membership import is_unrestricted
from missions.isolation.registry import ownership

# The arguments by which Wagtail's admin URLs (8.0) and wagtail-localize's name an
# object, whatever the view.
MODEL_OF_URL_ARGUMENT = {
    "page_id": "wagtailcore.Page",
    "parent_page_id": "wagtailcore.Page",
    "page_to_move_id": "wagtailcore.Page",
    "destination_id": "wagtailcore.Page",
    "page_pk": "wagtailcore.Page",
    "revision_id": "wagtailcore.Revision",
    # Compared revisions (or "live", "earliest", "latest", which name no other object).
    "revision_id_a": "wagtailcore.Revision",
    "revision_id_b": "wagtailcore.Revision",
    "image_id": "wagtailimages.Image",
    "document_id": "wagtaildocs.Document",
    "doc_id": "wagtaildocs.Document",
    "collection_id": "wagtailcore.Collection",
    "task_state_id": "wagtailcore.TaskState",
    "task_id": "wagtailcore.Task",
    "workflow_pk": "wagtailcore.Workflow",
    "redirect_id": "wagtailredirects.Redirect",
    "workflow_state_id": "wagtailcore.WorkflowState",
    "comment_id": "wagtailcore.Comment",
    "translation_id": "wagtail_localize.Translation",
    "translation_source_id": "wagtail_localize.TranslationSource",
    "string_segment_id": "wagtail_localize.StringSegment",
    "overridable_segment_id": "wagtail_localize.OverridableSegment",
}

# Views whose ``pk`` names an object of a model neither the view nor the URL states.
# Site settings are edited by the id of their site.
MODEL_OF_PK_BY_NAMESPACE = {
    "wagtailadmin_pages": "wagtailcore.Page",
    "wagtailadmin_api:pages": "wagtailcore.Page",
    "wagtailadmin_api:images": "wagtailimages.Image",
    "wagtailadmin_api:documents": "wagtaildocs.Document",
    "wagtailsettings": "wagtailcore.Site",
    "wagtailsites": "wagtailcore.Site",
    "wagtailadmin_collections": "wagtailcore.Collection",
}
MODEL_OF_PK_BY_VIEW = {
    "wagtailadmin_workflows:enable": "wagtailcore.Workflow",
    "wagtailadmin_workflows:edit_task": "wagtailcore.Task",
    "wagtailadmin_workflows:enable_task": "wagtailcore.Task",
}
# The arguments that hold the id of an object whose model the view or the URL names.
PK_ARGUMENTS = ("pk", "object_id")
# Ids in the query string (the "chosen" endpoints of choosers) or the form (a page's
# new parent), by URL name.
MODEL_OF_QUERY_PARAMETER_BY_VIEW = {
    "wagtailadmin_choose_page_chosen_multiple": {"id": "wagtailcore.Page"},
    "wagtailimages_chooser:chosen_multiple": {"id": "wagtailimages.Image"},
    "wagtaildocs_chooser:chosen_multiple": {"id": "wagtaildocs.Document"},
}
MODEL_OF_FORM_FIELD_BY_VIEW = {
    "wagtailadmin_pages:copy": {"new_parent_page": "wagtailcore.Page"},
}

# Arguments that name the app and the model of the ``pk`` next to them (editing
# sessions, generic history and usage views, settings).
APP_ARGUMENTS = ("app_label", "app_name", "content_type_app_name")
MODEL_ARGUMENTS = ("model_name", "content_type_model_name")
# Said of a ``pk`` whose model is named by the URL itself, when the URL is not known.
MODEL_NAMED_IN_URL = "the model named in the URL"

# Owned models only the Secretariat changes: even a mission's own record.
SECRETARIAT_ONLY = {"missions.Mission"}

# Admin views that only exist to compare all sites at once; a mission has no use for
# them and they would show other missions' pages. Closed to everyone but superusers.
CROSS_MISSION_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}
# wagtail-localize's "Sync translated pages" can publish every translation of a page at
# once ("Publish immediately") without asking whether the user may publish them.
SYNC_VIEW = "wagtail_localize:update_translations"


def _model(model_or_label):
    if isinstance(model_or_label, str):
        return resolve_model_string(model_or_label)
    return model_or_label


def _model_named_in(kwargs):
    app = next((kwargs[name] for name in APP_ARGUMENTS if name in kwargs), None)
    model_name = next((kwargs[name] for name in MODEL_ARGUMENTS if name in kwargs), None)
    if app is None or model_name is None:
        return None
    try:
        return apps.get_model(app, model_name)
    except (LookupError, ValueError):
        return None  # the view answers 404 for an unknown model


def model_of_argument(name, *, namespace, view_name, view_func, kwargs):
    """The model whose object the URL argument ``name`` names, or None.

    ``kwargs`` are the URL's arguments. For a URL pattern rather than a request, they
    are the pattern's argument names with None for values, and a ``pk`` whose model the
    URL names is said to name :data:`MODEL_NAMED_IN_URL`.
    """
    if name in MODEL_OF_URL_ARGUMENT:
        return _model(MODEL_OF_URL_ARGUMENT[name])
    if name not in PK_ARGUMENTS:
        return None
    if view_name in MODEL_OF_PK_BY_VIEW:
        return _model(MODEL_OF_PK_BY_VIEW[view_name])
    if namespace in MODEL_OF_PK_BY_NAMESPACE:
        return _model(MODEL_OF_PK_BY_NAMESPACE[namespace])
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    if model is None:
        model = getattr(getattr(view_func, "view_class", None), "model", None)
    if isinstance(model, (str, type)):  # not a property worked out per request
        return _model(model)
    names_a_model = any(a in kwargs for a in APP_ARGUMENTS) and any(
        m in kwargs for m in MODEL_ARGUMENTS
    )
    if not names_a_model:
        return None
    if any(kwargs.get(a) is None for a in APP_ARGUMENTS + MODEL_ARGUMENTS if a in kwargs):
        return MODEL_NAMED_IN_URL
    return _model_named_in(kwargs)


def objects_named_by(match, request):
    """(model, pk) of every object the resolved admin URL names."""
    named = []
    for name, value in match.kwargs.items():
        model = model_of_argument(
            name,
            namespace=match.namespace,
            view_name=match.view_name,
            view_func=match.func,
            kwargs=match.kwargs,
        )
        if model is not None:
            named.append((model, value))
    for field, model in MODEL_OF_FORM_FIELD_BY_VIEW.get(match.view_name, {}).items():
        named.extend((_model(model), pk) for pk in request.POST.getlist(field))
    for parameter, model in MODEL_OF_QUERY_PARAMETER_BY_VIEW.get(match.view_name, {}).items():
        named.extend((_model(model), pk) for pk in request.GET.getlist(parameter))
    # The owned models an admin URL names have whole-number ids: anything else names
    # none of them (and would be a database error); the view answers for it.
    return [(model, int(pk)) for model, pk in named if str(pk).isdigit()]


def _is_refused(user, model, pk):
    if model._meta.label in SECRETARIAT_ONLY:
        return True
    return ownership.is_foreign(user, model, pk)


def _refuse_publishing_sync_without_publish_rights(user, request, match):
    """Editors submit to moderation; they may sync translations but not publish them."""
    if match.view_name != SYNC_VIEW or request.method != "POST":
        return
    if not request.POST.get("publish_translations"):
        return
    source_model = apps.get_model("wagtail_localize", "TranslationSource")
    source = source_model.objects.filter(pk=match.kwargs["translation_source_id"]).first()
    pages = Page.objects.filter(translation_key=source.object_id) if source else []
    if any(not page.permissions_for_user(user).can_publish() for page in pages):
        raise PermissionDenied("Only the mission's moderators publish translations.")


def _mission_scoped_view(match):
    """The mission-scoped view that answers ``match`` for a mission user, or None."""
    # Imported here: the scoped views import Wagtail's admin views, which need the
    # project loaded.
    from missions.isolation.bulk_actions import MISSION_BULK_ACTION
    from missions.isolation.scoped_views import MISSION_SCOPED_VIEWS, owned_listing_of

    if match.view_name == "wagtail_bulk_action":
        return MISSION_BULK_ACTION
    if match.view_name in MISSION_SCOPED_VIEWS:
        return MISSION_SCOPED_VIEWS[match.view_name]
    return owned_listing_of(match.func)


ADMIN_PREFIX = SimpleLazyObject(lambda: reverse("wagtailadmin_home"))


class MissionIsolationMiddleware:
    """Answers 404 to an admin URL that names another mission's object.

    Runs after authentication, before the view: whatever a Wagtail view checks or
    forgets to check, a webmaster who types the id of another mission's page, image,
    document, settings or task gets "not found", exactly as for an id that does not
    exist, so not even the existence of the object leaks.

    It also answers, for mission users, the admin views of ``MISSION_SCOPED_VIEWS``
    (and the bulk actions) with their mission-scoped version; superusers get Wagtail's own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or is_unrestricted(user):
            return None
        if not request.path.startswith(str(ADMIN_PREFIX)):
            return None
        match = request.resolver_match
        if match.view_name in CROSS_MISSION_VIEWS:
            raise Http404("This report covers every mission's site.")
        for model, pk in objects_named_by(match, request):
            if _is_refused(user, model, pk):
                raise Http404(f"No {model._meta.model_name} {pk}.")
        _refuse_publishing_sync_without_publish_rights(user, request, match)
        scoped_view = _mission_scoped_view(match)
        if scoped_view is not None:
            return scoped_view(request, *view_args, **view_kwargs)
        return None
