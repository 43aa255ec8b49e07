"""Which images and documents the read API may serve: those public content shows.

Stock Wagtail v2 lists every image and document of the install, including a photo a
mission uploaded for a statement it has not published yet. Here an image or a document
is served (listed, or by id) only while

- a live page the caller may read (``api.visibility.visible_pages``) uses it in its
  live content: an image block or a rich-text link of its body, its photo, its
  delivered document; or
- it is the logo of a mission in the directory (a mission whose site has a home page
  the caller may read);

and never when it sits in a collection under a view restriction.

"Uses it" is read from Wagtail's reference index, not from an index of our own. That
index describes the page *row*, which for a live page is its published content: in
Wagtail 8 the index is rebuilt by a task that reads the page back from the database
(wagtail.tasks.update_reference_index_task), not from the object in memory, and saving
a draft (``save_revision``) writes only the revision fields of the row, so a draft's
new image is not in the index until the draft is published. The task runs in the same
request (``TASKS["default"]`` is the immediate backend); a database queue there would
make the index, and so this module, lag behind publishing. Deleting a page removes its
rows. Unpublishing, restricting, moving need no change to the index: whether the page
counts is decided by ``visible_pages`` at each request.
(tests/api/content/test_media_visibility.py holds each of these to account.)
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from api import sites
from api.visibility import visible_pages
from missions.models import Mission, MissionSettings


def restricted_collection_paths():
    """Tree paths of the collections under a view restriction (of any kind), one query.

    Wagtail's own API hides these collections from a request that has not passed the
    restriction; the read API serves only what every visitor may see, so never.
    """
    restricted = CollectionViewRestriction.objects.values("collection_id")
    return list(Collection.objects.filter(pk__in=restricted).values_list("path", flat=True))


def outside_restricted_collections(queryset):
    """``queryset`` (images or documents) without those in a restricted collection."""
    paths = restricted_collection_paths()
    if not paths:
        return queryset
    hidden = Q()
    for path in paths:
        hidden |= Q(collection__path__startswith=path)
    return queryset.exclude(hidden)


def used_by(model, pages):
    """The ids of ``model`` objects the content of ``pages`` uses (a subquery)."""
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(model),
        object_id__in=pages.annotate(text_id=Cast("pk", output_field=CharField())).values(
            "text_id"
        ),
    )
    return references.annotate(target=Cast("to_object_id", output_field=IntegerField())).values(
        "target"
    )


def directory_logos(request, pages):
    """The logo ids of the missions in the directory: those whose site has a home page
    among ``pages`` (a subquery; finding those home pages is the one query run here)."""
    site_of_home = {
        home.page_id: site_id
        for site_id, homes in sites.directory(request).homes.items()
        for home in homes.values()
    }
    readable = pages.filter(pk__in=site_of_home).values_list("pk", flat=True)
    site_ids = {site_of_home[pk] for pk in readable}
    missions = Mission.objects.filter(site_id__in=site_ids).values("site_id")
    return MissionSettings.objects.filter(site_id__in=missions).exclude(logo=None).values("logo_id")


def _once_per_request(function):
    # A listing reads its queryset more than once (the count, the page, the checks of
    # the parameters): the restrictions and the directory are read once.
    @functools.wraps(function)
    def wrapper(request):
        cache = request.__dict__.setdefault("_api_media_visibility", {})
        if function.__name__ not in cache:
            cache[function.__name__] = function(request)
        return cache[function.__name__]

    return wrapper


@_once_per_request
def visible_images(request):
    """The images ``request``'s caller may be served."""
    model = get_image_model()
    pages = visible_pages(request.user)
    shown = Q(pk__in=used_by(model, pages)) | Q(pk__in=directory_logos(request, pages))
    return outside_restricted_collections(model.objects.filter(shown))


@_once_per_request
def visible_documents(request):
    """The documents ``request``'s caller may be served."""
    model = get_document_model()
    used = model.objects.filter(pk__in=used_by(model, visible_pages(request.user)))
    return outside_restricted_collections(used)
