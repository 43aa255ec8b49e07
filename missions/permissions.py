"""Mission isolation: the one rule that says what of a mission a user may touch.

A mission owns its page trees (its home page in every language, each a child of the
root, and everything under them), its collection and the collections under it, its
Site and that site's MissionSettings, and its Mission record. Only the mission's own
groups touch the first three; the Mission record is the Secretariat's. Superusers
(the Secretariat) touch everything. Content that belongs to no mission is left to
Wagtail's own permissions.

Three places enforce the rule, and all call this module:

* the hooks in ``missions/wagtail_hooks.py`` filter what listings, searches,
  choosers and the admin API show, with :func:`pages_user_may_touch` and
  :func:`collection_members_user_may_touch`;
* :class:`MissionIsolationMiddleware` refuses, before any admin view runs, a URL
  that names a page, image, document, site, workflow task or translation (the
  wagtail-localize views under /admin/localize/) of another mission, so
  a typed URL or a forged chooser request finds nothing, whatever the view checks;
* :class:`MissionPageForm` and :class:`MissionSettingsForm` refuse another mission's
  page, image or document id typed into a form's chooser field; what a page's content
  names, whoever wrote it (the editor, a translation), is checked by the page itself
  (``missions.content_rules``).

Admin views that list something of every mission and offer no hook to narrow it (the
tag autocomplete, the filters of some reports) are answered for mission users by the
scoped views of ``missions/admin_views.py``, which also call this module.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast, Substr
from django.http import Http404
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.coreutils import resolve_model_string
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import (
    Collection,
    Page,
    PageLogEntry,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)


def _missions():
    # Looked up lazily: the mission models import this module for their admin forms.
    return apps.get_model("missions", "Mission")._default_manager


# Mission homes are children of the root (provisioning puts them there), so the
# first two steps of a page's tree path name the home it lives under; the same holds
# for mission collections under the root collection.
HOME_PATH_LENGTH = Page.steplen * 2
TOP_COLLECTION_PATH_LENGTH = Collection.steplen * 2


def is_unrestricted(user):
    """The Secretariat (superusers) sees every mission."""
    return user.is_active and user.is_superuser


def missions_for_user(user):
    """The missions whose editors or moderators group the user belongs to."""
    if is_unrestricted(user):
        return _missions().all()
    if not user.is_authenticated:
        return _missions().none()
    groups = Group.objects.filter(user=user)
    return (
        _missions().filter(Q(editors_group__in=groups) | Q(moderators_group__in=groups)).distinct()
    )


def foreign_missions(user):
    """The missions the user must not touch: every mission but their own."""
    if is_unrestricted(user):
        return _missions().none()
    return _missions().exclude(pk__in=missions_for_user(user).values("pk"))


def _home_paths_of(missions):
    """Tree paths of the home pages, in every language, of ``missions``."""
    homes = missions.values("site__root_page__translation_key")
    return Page.objects.filter(depth=2, translation_key__in=homes).values("path")


def pages_of(missions):
    """Every page of the sites of ``missions`` (a queryset of missions), in every language."""
    return Page.objects.alias(mission_home_path=Substr("path", 1, HOME_PATH_LENGTH)).filter(
        mission_home_path__in=_home_paths_of(missions)
    )


def collections_of(missions):
    """The collections of ``missions`` and every collection under them."""
    top_paths = Collection.objects.filter(pk__in=missions.values("collection")).values("path")
    return Collection.objects.alias(
        mission_collection_path=Substr("path", 1, TOP_COLLECTION_PATH_LENGTH)
    ).filter(mission_collection_path__in=top_paths)


def _foreign_pages(user):
    return pages_of(foreign_missions(user))


def _foreign_collections(user):
    return collections_of(foreign_missions(user))


def mission_of_page(page):
    """The mission whose site ``page`` is in (in any language), or None.

    None also for a page not yet in the tree, which has no path.
    """
    if not page.path or len(page.path) < HOME_PATH_LENGTH:
        return None
    home_keys = Page.objects.filter(path=page.path[:HOME_PATH_LENGTH]).values("translation_key")
    return _missions().filter(site__root_page__translation_key__in=home_keys).first()


def owned_by_other_missions(mission, model, ids):
    """True when one of the ``model`` objects ``ids`` belongs to a mission other than ``mission``.

    Pages belong to a mission through its site's tree, images and documents through its
    collection; other models are owned by no mission.
    """
    others = _missions().exclude(pk=mission.pk)
    # An id that is not a number names nothing (and would be a database error).
    ids = [object_id for object_id in ids if str(object_id).isdigit()]
    if issubclass(model, Page):
        return pages_of(others).filter(pk__in=ids).exists()
    if issubclass(model, (AbstractImage, AbstractDocument)):
        return model.objects.filter(pk__in=ids, collection__in=collections_of(others)).exists()
    return False


# The filters below exclude by primary key (a subquery), the one lookup that also
# works on querysets passed to the search backend, which accepts only filters on
# indexed fields.


def pages_user_may_touch(user, queryset=None):
    """``queryset`` (all pages by default) without the pages of other missions."""
    queryset = Page.objects.all() if queryset is None else queryset
    if is_unrestricted(user):
        return queryset
    return queryset.exclude(pk__in=_foreign_pages(user).values("pk"))


def collection_members_user_may_touch(user, queryset):
    """``queryset`` of images or documents without those of other missions' collections."""
    if is_unrestricted(user):
        return queryset
    foreign = queryset.model.objects.filter(collection__in=_foreign_collections(user))
    return queryset.exclude(pk__in=foreign.values("pk"))


def collections_user_may_touch(user):
    """Every collection but those of other missions."""
    collections = Collection.objects.all()
    if is_unrestricted(user):
        return collections
    return collections.exclude(pk__in=_foreign_collections(user).values("pk"))


def tags_user_may_see(user, queryset):
    """``queryset`` of tags narrowed to those used on what the user may touch.

    A tag is only a name, shared by every mission that uses it, so it cannot be excluded
    as "another mission's"; instead a mission user is shown the tags of their own news
    items, images and documents, and no name that only another mission uses.
    """
    if is_unrestricted(user):
        return queryset
    news_items = apps.get_model("missions", "NewsItemPage").objects.all()
    news_tags = apps.get_model("missions", "NewsItemTag").objects.filter(
        content_object__in=pages_user_may_touch(user, news_items)
    )
    media_tags = Q()
    for model in (get_image_model(), get_document_model()):
        own = collection_members_user_may_touch(user, model.objects.all())
        media_tags |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=own.values("pk"),
        )
    used = apps.get_model("taggit", "TaggedItem").objects.filter(media_tags)
    return queryset.filter(Q(pk__in=news_tags.values("tag")) | Q(pk__in=used.values("tag")))


def _foreign_workflows(user):
    return Workflow.objects.filter(pk__in=foreign_missions(user).values("workflow"))


def workflows_user_may_touch(user, queryset):
    """``queryset`` of workflows without those of other missions."""
    if is_unrestricted(user):
        return queryset
    return queryset.exclude(pk__in=_foreign_workflows(user).values("pk"))


def tasks_user_may_touch(user, queryset):
    """``queryset`` of workflow tasks without the tasks of other missions' workflows."""
    if is_unrestricted(user):
        return queryset
    foreign = WorkflowTask.objects.filter(workflow__in=_foreign_workflows(user))
    return queryset.exclude(pk__in=foreign.values("task"))


def workflow_states_user_may_touch(user, queryset):
    """``queryset`` of workflow states without those of other missions' pages or workflows."""
    if is_unrestricted(user):
        return queryset
    # A workflow state names its page by a text object_id.
    foreign_page_ids = _foreign_pages(user).values_list(Cast("pk", CharField()), flat=True)
    return queryset.exclude(
        Q(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=foreign_page_ids,
        )
        | Q(workflow__in=_foreign_workflows(user))
    )


def task_states_user_may_touch(user, queryset):
    """``queryset`` of task states without those of other missions' workflow states."""
    if is_unrestricted(user):
        return queryset
    own_states = workflow_states_user_may_touch(user, WorkflowState.objects.all())
    return queryset.filter(workflow_state__in=own_states)


def log_entries_user_may_see(user, queryset):
    """``queryset`` of log entries without the page entries of other missions' pages.

    Wagtail decides which of its other log entries (images, settings...) a user sees by
    model-wide permissions, which mission groups do not have.
    """
    if is_unrestricted(user) or not issubclass(queryset.model, PageLogEntry):
        return queryset
    return queryset.exclude(page_id__in=_foreign_pages(user).values("pk"))


def pages_user_may_view_when_logged_in(user, queryset):
    """``queryset`` of pages narrowed to those "Private, accessible to logged-in users"
    opens to ``user``.

    Every mission's users log in to this one install, so on a mission's page "logged-in
    users" means the mission's own users (its editors and moderators) and the
    Secretariat; anyone else is refused as an anonymous visitor is. A page of no mission
    keeps Wagtail's meaning (anyone logged in).
    """
    if not user.is_authenticated:
        return queryset.none()
    return pages_user_may_touch(user, queryset)


def collection_members_user_may_view_when_logged_in(user, queryset):
    """``queryset`` of images or documents narrowed to those "Private, accessible to
    logged-in users" on their collection opens to ``user``: as for pages, a mission's
    own users and the Secretariat."""
    if not user.is_authenticated:
        return queryset.none()
    return collection_members_user_may_touch(user, queryset)


def own_missions_pages(user, queryset=None):
    """``queryset`` (all pages by default) narrowed to the pages of the user's own missions.

    Unlike :func:`pages_user_may_touch`, it leaves out the pages of no mission: what a
    mission user's counts and lists of "their" pages are made of. All pages for superusers.
    """
    queryset = Page.objects.all() if queryset is None else queryset
    if is_unrestricted(user):
        return queryset
    return queryset.filter(pk__in=pages_of(missions_for_user(user)).values("pk"))


def groups_user_may_choose(user, queryset):
    """``queryset`` of groups narrowed to the editors and moderators groups of the user's
    own missions (every group for superusers): e.g. the groups a page's privacy names."""
    if is_unrestricted(user):
        return queryset
    own = missions_for_user(user)
    return queryset.filter(
        Q(pk__in=own.values("editors_group")) | Q(pk__in=own.values("moderators_group"))
    )


def users_user_may_see(user, queryset):
    """``queryset`` of users narrowed to those of the user's own missions: the members of
    their groups, and whoever owns one of their pages or is named in its history.

    For the user filters of admin listings ("Owner", "Edited by"), which Wagtail fills
    with every user named on any page of the install.
    """
    if is_unrestricted(user):
        return queryset
    own_pages = own_missions_pages(user).values("pk")
    members = queryset.model.objects.filter(
        groups__in=groups_user_may_choose(user, Group.objects.all())
    )
    page_owners = Page.objects.filter(pk__in=own_pages, owner__isnull=False)
    page_history = PageLogEntry.objects.filter(page_id__in=own_pages, user__isnull=False)
    return queryset.filter(
        Q(pk__in=members.values("pk"))
        | Q(pk__in=page_owners.values("owner"))
        | Q(pk__in=page_history.values("user"))
    )


def sites_user_may_see(user, queryset):
    """``queryset`` of Wagtail sites without those of other missions."""
    if is_unrestricted(user):
        return queryset
    foreign = foreign_missions(user).filter(site__isnull=False)
    return queryset.exclude(pk__in=foreign.values("site"))


def locales_user_may_translate_into(user, page, queryset):
    """``queryset`` of locales narrowed to the languages of the site ``page`` is on.

    A mission's languages are those its home page is translated into (provisioning
    adds a language that way); a page translated into any other language would start
    a home tree, in that language, that the mission's site does not have.
    """
    if is_unrestricted(user):
        return queryset
    home = Page.objects.filter(depth=2, path=page.path[:HOME_PATH_LENGTH]).first()
    if home is None:
        return queryset.none()
    site_locales = Page.objects.filter(translation_key=home.translation_key).values("locale")
    return queryset.filter(pk__in=site_locales)


class MissionScopedChoicesMixin:
    """Admin form mixin: a page, image or document field accepts only the user's own.

    Choosers already offer nothing of another mission; this refuses the id of another
    mission's object typed into the form data ("Select a valid choice").
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is None or is_unrestricted(user):
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None:
                continue
            if issubclass(queryset.model, Page):
                field.queryset = pages_user_may_touch(user, queryset)
            elif issubclass(queryset.model, (AbstractImage, AbstractDocument)):
                field.queryset = collection_members_user_may_touch(user, queryset)


class MissionPageForm(MissionScopedChoicesMixin, WagtailAdminPageForm):
    """The admin form of mission pages (``base_form_class`` of their page types).

    What the content may name is checked by the page itself (``MissionPage.clean``, see
    ``missions.content_rules``), which the form runs as any model form does.
    """

    def _post_clean(self):
        # A page being created has no place in the tree yet; the page's rule then takes
        # its mission from the parent it is created under.
        if not self.instance.path and self.parent_page is not None:
            self.instance.parent_for_content_rules = self.parent_page
        super()._post_clean()


class MissionSettingsForm(MissionScopedChoicesMixin, WagtailAdminModelForm):
    """The admin form of MissionSettings (its ``base_form_class``)."""


def _page_of_workflow_state(workflow_state):
    """The id of the page a workflow runs on, or None (no such workflow, or a snippet's)."""
    if workflow_state is None:
        return None
    if workflow_state.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return None
    return int(workflow_state.object_id)


def _is_foreign(user, kind, pk):
    """True when ``pk`` names an object of ``kind`` that belongs to another mission.

    Unknown ids are not foreign: the view itself answers 404 for them.
    """
    if kind == "page":
        return _foreign_pages(user).filter(pk=pk).exists()
    if kind in ("image", "document"):
        model = get_image_model() if kind == "image" else get_document_model()
        return model.objects.filter(pk=pk, collection__in=_foreign_collections(user)).exists()
    if kind == "site":
        return foreign_missions(user).filter(site=pk).exists()
    if kind == "collection":
        return _foreign_collections(user).filter(pk=pk).exists()
    if kind == "mission":
        return True
    if kind == "workflow_state":
        page_id = _page_of_workflow_state(WorkflowState.objects.filter(pk=pk).first())
        return page_id is not None and _is_foreign(user, "page", page_id)
    if kind in ("translation", "translation_source", "string_segment", "overridable_segment"):
        return _is_foreign_translation(user, kind, pk)
    if kind == "task":
        return WorkflowTask.objects.filter(
            task_id=pk, workflow__in=_foreign_workflows(user)
        ).exists()
    if kind == "task_state":
        task_state = TaskState.objects.filter(pk=pk).select_related("workflow_state").first()
        return task_state is not None and _is_foreign(
            user, "workflow_state", task_state.workflow_state_id
        )
    raise ValueError(f"Unknown kind of object {kind!r}")


def translations_user_may_touch(user, queryset):
    """``queryset`` of wagtail-localize translations without those of other missions."""
    if is_unrestricted(user):
        return queryset
    foreign_keys = _foreign_pages(user).values("translation_key")
    return queryset.exclude(source__object__translation_key__in=foreign_keys)


def _translation_source_of(kind, pk):
    """The wagtail-localize TranslationSource a translation, source or segment belongs to."""
    from wagtail_localize import models as localize

    model = {
        "translation": localize.Translation,
        "translation_source": localize.TranslationSource,
        "string_segment": localize.StringSegment,
        "overridable_segment": localize.OverridableSegment,
    }[kind]
    if model is localize.TranslationSource:
        return model.objects.filter(pk=pk).first()
    found = model.objects.filter(pk=pk).select_related("source").first()
    return found.source if found is not None else None


def _is_foreign_translation(user, kind, pk):
    """A translation (or its source, or a segment of it) of another mission's page.

    wagtail-localize names a translated object by its translation key, shared by the
    page in every language, so the object is foreign when a page with that key is.
    """
    source = _translation_source_of(kind, pk)
    if source is None:
        return False
    return _foreign_pages(user).filter(translation_key=source.object_id).exists()


# The keyword arguments by which Wagtail's admin URLs (8.0) name an object; a new
# Wagtail view that names a page the same way is covered without a change here.
KIND_OF_URL_ARGUMENT = {
    "page_id": "page",
    "parent_page_id": "page",
    "page_to_move_id": "page",
    "destination_id": "page",
    "page_pk": "page",
    "image_id": "image",
    "document_id": "document",
    "doc_id": "document",
    "collection_id": "collection",
    "task_state_id": "task_state",
    "task_id": "task",
    "workflow_state_id": "workflow_state",
    # wagtail-localize's views (/admin/localize/...).
    "translation_id": "translation",
    "translation_source_id": "translation_source",
    "string_segment_id": "string_segment",
    "overridable_segment_id": "overridable_segment",
}

# Views whose ``pk`` argument (or ``?id=`` for the "chosen" endpoints of choosers)
# names an object, by URL namespace or URL name.
KIND_OF_PK_BY_NAMESPACE = {
    "wagtailadmin_pages": "page",
    "wagtailadmin_api:pages": "page",
    "wagtailadmin_api:images": "image",
    "wagtailadmin_api:documents": "document",
    "wagtailimages_chooser": "image",
    "wagtaildocs_chooser": "document",
    "wagtailsettings": "site",
    "wagtailsites": "site",
    "wagtailadmin_collections": "collection",
}
KIND_OF_ID_PARAMETER_BY_VIEW = {
    "wagtailadmin_choose_page_chosen_multiple": "page",
    "wagtailimages_chooser:chosen_multiple": "image",
    "wagtaildocs_chooser:chosen_multiple": "document",
}
# Form fields that name a destination page, by URL name.
KIND_OF_FORM_FIELD_BY_VIEW = {
    "wagtailadmin_pages:copy": {"new_parent_page": "page"},
}

# Admin views that only exist to compare all sites at once; a mission has no use for
# them and they would show other missions' pages. Closed to everyone but superusers.
CROSS_MISSION_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}
# wagtail-localize's "Sync translated pages" can publish every translation of a page at
# once ("Publish immediately") without asking whether the user may publish them.
SYNC_VIEW = "wagtail_localize:update_translations"


def _refuse_publishing_sync_without_publish_rights(user, request, match):
    """Editors submit to moderation; they may sync translations but not publish them."""
    if match.view_name != SYNC_VIEW or request.method != "POST":
        return
    if not request.POST.get("publish_translations"):
        return
    source = _translation_source_of("translation_source", match.kwargs["translation_source_id"])
    pages = Page.objects.filter(translation_key=source.object_id) if source else []
    if any(not page.permissions_for_user(user).can_publish() for page in pages):
        raise PermissionDenied("Only the mission's moderators publish translations.")


def objects_named_by(match, request):
    """(kind, pk) of every object the resolved admin URL names."""
    named = [
        (KIND_OF_URL_ARGUMENT[name], value)
        for name, value in match.kwargs.items()
        if name in KIND_OF_URL_ARGUMENT
    ]
    for field, kind in KIND_OF_FORM_FIELD_BY_VIEW.get(match.view_name, {}).items():
        named.extend((kind, pk) for pk in request.POST.getlist(field))
    model = getattr(match.func, "view_initkwargs", {}).get("model")
    if isinstance(model, str):
        model = resolve_model_string(model)
    kind_of_pk = KIND_OF_PK_BY_NAMESPACE.get(match.namespace)
    if isinstance(model, type) and model._meta.label == "missions.Mission":
        kind_of_pk = "mission"
    if "pk" in match.kwargs and kind_of_pk:
        named.append((kind_of_pk, match.kwargs["pk"]))
    if match.view_name in KIND_OF_ID_PARAMETER_BY_VIEW:
        kind = KIND_OF_ID_PARAMETER_BY_VIEW[match.view_name]
        named.extend((kind, pk) for pk in request.GET.getlist("id"))
    return [(kind, int(pk)) for kind, pk in named if str(pk).isdigit()]


def _mission_scoped_view(view_name):
    # Imported here: the scoped views build on this module.
    from missions.admin_views import MISSION_SCOPED_VIEWS
    from missions.bulk_actions import MISSION_BULK_ACTION

    if view_name == "wagtail_bulk_action":
        return MISSION_BULK_ACTION
    return MISSION_SCOPED_VIEWS.get(view_name)


ADMIN_PREFIX = SimpleLazyObject(lambda: reverse("wagtailadmin_home"))


class MissionIsolationMiddleware:
    """Answers 404 to an admin URL that names another mission's object.

    Runs after authentication, before the view: whatever a Wagtail view checks or
    forgets to check, a webmaster who types the id of another mission's page, image,
    document, settings or task gets "not found", exactly as for an id that does not
    exist, so not even the existence of the object leaks.

    It also answers, for mission users, the admin views of ``MISSION_SCOPED_VIEWS``
    with their mission-scoped version (superusers get Wagtail's own).
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
        for kind, pk in objects_named_by(match, request):
            if _is_foreign(user, kind, pk):
                raise Http404(f"No {kind} {pk}.")
        _refuse_publishing_sync_without_publish_rights(user, request, match)
        scoped_view = _mission_scoped_view(match.view_name)
        if scoped_view is not None:
            return scoped_view(request, *view_args, **view_kwargs)
        return None
