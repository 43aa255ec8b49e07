"""The dashboard's counts ("N Pages", "N Images", "N Documents"), of the user's own mission."""

from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.documents import get_document_model
from wagtail.documents.wagtail_hooks import DocumentsSummaryItem
from wagtail.images import get_image_model
from wagtail.images.wagtail_hooks import ImagesSummaryItem

from missions.isolation.querysets import collection_members_user_may_touch, own_missions_pages


class MissionPagesSummaryItem(PagesSummaryItem):
    """ "N Pages" on the dashboard: the pages of the user's own mission.

    Wagtail counts every page under the user's explorable root, which for a mission
    in several languages is the root of the tree: every mission's pages.
    """

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["total_pages"] = own_missions_pages(self.request.user).exclude(depth=1).count()
        return context


class MissionImagesSummaryItem(ImagesSummaryItem):
    """ "N Images" on the dashboard: the images of the user's own mission."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        images = get_image_model().objects.all()
        context["total_images"] = collection_members_user_may_touch(
            self.request.user, images
        ).count()
        return context


class MissionDocumentsSummaryItem(DocumentsSummaryItem):
    """ "N Documents" on the dashboard: the documents of the user's own mission."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        documents = get_document_model().objects.all()
        context["total_docs"] = collection_members_user_may_touch(
            self.request.user, documents
        ).count()
        return context


MISSION_SUMMARY_ITEMS = {
    PagesSummaryItem: MissionPagesSummaryItem,
    ImagesSummaryItem: MissionImagesSummaryItem,
    DocumentsSummaryItem: MissionDocumentsSummaryItem,
}
