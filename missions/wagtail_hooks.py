"""Admin hooks that keep each mission's webmasters inside their own mission.

Every hook applies the one rule of :mod:`missions.permissions`; none decides anything
by itself. Typed URLs are refused by ``MissionIsolationMiddleware`` in the same
module; these hooks cover what a view lists rather than what a URL names.
"""

from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from missions.permissions import (
    collection_members_user_may_touch,
    is_unrestricted,
    pages_user_may_touch,
)

# The reports menu entries of permissions.CROSS_MISSION_VIEWS, which are closed to
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


@hooks.register("construct_reports_menu")
def hide_reports_that_span_every_mission(request, menu_items):
    if is_unrestricted(request.user):
        return
    menu_items[:] = [item for item in menu_items if item.name not in CROSS_MISSION_MENU_ITEMS]
