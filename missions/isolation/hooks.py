"""Admin hooks that keep each mission's webmasters inside their own mission.

Every hook applies the ownership registry (through :mod:`.querysets`); none decides
anything by itself. Typed URLs are refused by :mod:`.middleware`; these hooks cover
what a view lists rather than what a URL names. Loaded by ``missions.wagtail_hooks``.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.models.view_restrictions import BaseViewRestriction

from missions.isolation.dashboard import MISSION_SUMMARY_ITEMS
from missions.isolation.membership import is_unrestricted
from missions.isolation.policy import register_owned_policies
from missions.isolation.querysets import (
    collection_members_user_may_touch,
    collection_members_user_may_view_when_logged_in,
    pages_user_may_touch,
    pages_user_may_view_when_logged_in,
)
from missions.isolation.translations import (
    MissionSubmitPageTranslationView,
    MissionTranslationsReportView,
)


# order=1: after Wagtail's own hook registers every viewset (snippets, settings, images,
# ...), each of which registers its model's policy; the policies of owned models are
# then wrapped (mission-owned) once, before the admin answers anything.
@hooks.register("register_admin_urls", order=1)
def owned_models_get_their_mission_owned_policy():
    register_owned_policies()
    return []


# The reports menu entries of middleware.CROSS_MISSION_VIEWS, which are closed to
# mission webmasters.
CROSS_MISSION_MENU_ITEMS = {"page-types-usage"}


@hooks.register("construct_explorer_page_queryset")
def explorer_shows_own_missions_pages_only(parent_page, pages, request):
    return pages_user_may_touch(request.user, pages)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_offers_own_missions_pages_only(pages, request):
    # Wagtail lets any editor browse and link to the whole tree; a mission links to
    # its own pages only (other missions' public pages can still be linked by URL).
    return pages_user_may_touch(request.user, pages)


@hooks.register("construct_image_chooser_queryset")
def image_chooser_offers_own_missions_images_only(images, request):
    return collection_members_user_may_touch(request.user, images)


@hooks.register("construct_document_chooser_queryset")
def document_chooser_offers_own_missions_documents_only(documents, request):
    return collection_members_user_may_touch(request.user, documents)


class MissionImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images, without other missions' (Wagtail lists every image)."""

    def get_queryset(self):
        return collection_members_user_may_touch(self.request.user, super().get_queryset())


class MissionDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents, without other missions' (Wagtail lists every one)."""

    def get_queryset(self):
        return collection_members_user_may_touch(self.request.user, super().get_queryset())


# order=1: after wagtail.images and wagtail.documents register their endpoints, so
# ours replace theirs.
@hooks.register("construct_admin_api", order=1)
def admin_api_lists_own_missions_media_only(router):
    router.register_endpoint("images", MissionImagesAdminAPIViewSet)
    router.register_endpoint("documents", MissionDocumentsAdminAPIViewSet)


# order=1: after Wagtail's own hooks have added their items.
@hooks.register("construct_homepage_summary_items", order=1)
def dashboard_counts_own_missions_content_only(request, summary_items):
    if is_unrestricted(request.user):
        return
    summary_items[:] = [
        MISSION_SUMMARY_ITEMS[type(item)](request) if type(item) in MISSION_SUMMARY_ITEMS else item
        for item in summary_items
    ]


def _refusal_of_another_missions_user(request, restrictions, may_view):
    """The answer to a logged-in user the "logged-in users" restriction of another
    mission's page or collection does not let in, or None to let Wagtail decide.

    That user gets what an anonymous visitor gets: the restrictions are taken in
    Wagtail's order and the first that refuses them answers, the "logged-in users" one
    with Wagtail's login redirect (require_wagtail_login); Wagtail's own check answers
    the others as for anyone.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or is_unrestricted(user):
        return None
    restrictions = list(restrictions)
    if not any(r.restriction_type == BaseViewRestriction.LOGIN for r in restrictions):
        return None
    if may_view(user):
        return None
    for restriction in restrictions:
        if restriction.restriction_type == BaseViewRestriction.LOGIN:
            login_url = getattr(
                settings, "WAGTAIL_FRONTEND_LOGIN_URL", reverse("wagtailcore_login")
            )
            response = redirect_to_login(request.get_full_path(), login_url)
            add_never_cache_headers(response)
            return response
        if not restriction.accept_request(request):
            return None
    return None


@hooks.register("before_serve_page")
def login_private_pages_are_for_their_own_missions_users(page, request, serve_args, serve_kwargs):
    """ "Private, accessible to logged-in users" on a mission's page: its own users only.

    Wagtail lets any logged-in user in, and every mission's users log in to this one
    install: another mission's user (or a user of none) is refused as an anonymous
    visitor is. Runs before Wagtail's own check (an on_serve_page hook). The
    restrictions are those ``cms.serving.routing`` worked out, so the fast path of routing
    applies the same rule; a refusal is a redirect, which the page cache never stores.
    """
    return _refusal_of_another_missions_user(
        request,
        page.get_view_restrictions(),
        lambda user: pages_user_may_view_when_logged_in(
            user, Page.objects.filter(pk=page.pk)
        ).exists(),
    )


# order=1: after Wagtail's own check, which answers whoever it refuses first.
@hooks.register("before_serve_document", order=1)
def login_private_documents_are_for_their_own_missions_users(document, request):
    """ "Private, accessible to logged-in users" on a mission's collection: its own users
    only, as for pages."""
    return _refusal_of_another_missions_user(
        request,
        document.collection.get_view_restrictions(),
        lambda user: collection_members_user_may_view_when_logged_in(
            user, type(document).objects.filter(pk=document.pk)
        ).exists(),
    )


@hooks.register("construct_reports_menu")
def hide_reports_that_span_every_mission(request, menu_items):
    if is_unrestricted(request.user):
        return
    menu_items[:] = [item for item in menu_items if item.name not in CROSS_MISSION_MENU_ITEMS]


# order=-1: registered before wagtail-localize's URLs, so these addresses resolve here.
@hooks.register("register_admin_urls", order=-1)
def translations_report_lists_own_missions_translations_only():
    return [
        path("localize/reports/translations/", MissionTranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            MissionTranslationsReportView.as_view(results_only=True),
        ),
    ]


# order=-1: registered before wagtail-localize's URLs, so this address resolves here.
@hooks.register("register_admin_urls", order=-1)
def translate_page_offers_own_sites_languages_only():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            MissionSubmitPageTranslationView.as_view(),
        ),
    ]
