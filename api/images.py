"""Images as the read API gives them: a few named renditions, a ``srcset``, alt text.

Every image in a response (an item of ``/api/v2/images/``, an image block of a body,
a representative's photo, a mission's logo) is the same object::

    {"id": 7, "title": "Assembly hall", "alt": "The Ambassador speaks", "width": 2400,
     "height": 1600,
     "renditions": {"small": {"url": "https://.../hall.width-480.jpg", "width": 480,
                              "height": 320}, "medium": ..., "large": ..., "xlarge": ...},
     "srcset": "https://.../hall.width-480.jpg 480w, ... 1600w"}

The widths are those the site's own ``{% responsive_picture %}`` offers for the same
place (cms.templatetags.image_tags: a body image 480/800/1200/1600, a portrait
240/400/800 cropped 4:5), in the original's own kind (JPEG or PNG): exactly the
renditions the site's ``<img>`` already uses, so an image the site has shown costs the
API no new file. A name whose width the image is too small for gets the image at its
own width, never enlarged, so every image has every name of its layout; ``srcset``
lists each distinct width once. URLs are absolute, on the site the image belongs to.

Queries: an ``ImageSet`` reads the images of a whole response and their renditions in
two queries, however many images. A rendition made for the first time costs its file
and one or two queries for that image (Wagtail's ``create_renditions``), once.
"""

from django.db.models import Prefetch, Q, prefetch_related_objects
from rest_framework.fields import Field
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from cms.templatetags.image_tags import LAYOUTS, fallback_format, resize_spec, widths_for

# The names of a layout's widths, smallest first.
NAMES = ("small", "medium", "large", "xlarge")


def renditions_queryset():
    """The renditions the API may use: those in JPEG or PNG (see the module docstring)."""
    rendition_model = get_image_model().get_rendition_model()
    return rendition_model.objects.filter(
        Q(filter_spec__endswith="|format-jpeg") | Q(filter_spec__endswith="|format-png")
    )


def with_renditions(queryset):
    """``queryset`` of images with the renditions the API uses, in one more query.

    Wagtail's own ``prefetch_renditions`` takes the filter specs, which here depend on
    each image's size; the format suffix selects the same rows.
    """
    return queryset.prefetch_related(
        Prefetch("renditions", queryset=renditions_queryset(), to_attr="prefetched_renditions")
    )


def named_specs(image, layout_name):
    """``[(name, spec)]`` of ``image`` in the layout: each name's width, capped at the
    widest the image can give without being enlarged."""
    layout = LAYOUTS[layout_name]
    available = widths_for(image, layout) or [1]
    file_format = fallback_format(image)
    specs = []
    for name, wanted in zip(NAMES, layout.widths, strict=False):
        width = max((each for each in available if each <= wanted), default=available[0])
        specs.append((name, f"{resize_spec(width, layout)}|format-{file_format}"))
    return specs


def absolute(url, base_url):
    """``url`` on ``base_url`` (``https://host``), unless the storage made it absolute."""
    if url.startswith(("http://", "https://")) or not base_url:
        return url
    return base_url.rstrip("/") + url


def image_object(image, *, layout="body", alt=None, base_url=""):
    """The API's object for ``image`` (see the module docstring)."""
    specs = named_specs(image, layout)
    try:
        found = image.get_renditions(*dict.fromkeys(spec for _name, spec in specs))
    except SourceImageIOError:
        # The original file is missing (a database restored without its media): the
        # image keeps its place and says so, as Wagtail's own API does.
        found = {}
    renditions = {}
    by_width = {}
    for name, spec in specs:
        rendition = found.get(spec)
        if rendition is None:
            continue
        entry = {
            "url": absolute(rendition.url, base_url),
            "width": rendition.width,
            "height": rendition.height,
        }
        renditions[name] = entry
        by_width.setdefault(rendition.width, entry["url"])
    return {
        "id": image.pk,
        "title": image.title,
        "alt": (image.description or "") if alt is None else alt,
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
        "srcset": ", ".join(f"{url} {width}w" for width, url in sorted(by_width.items())),
    }


class ImageSet:
    """The images of one response, read together with their renditions (two queries)."""

    def __init__(self):
        self.by_id = {}

    def load(self, ids):
        wanted = {int(pk) for pk in ids if pk} - self.by_id.keys()
        if not wanted:
            return
        found = with_renditions(get_image_model().objects.filter(pk__in=wanted))
        self.by_id.update({image.pk: image for image in found})
        # Remember the ones that are gone, so they are not asked for again.
        for pk in wanted - self.by_id.keys():
            self.by_id[pk] = None

    def get(self, pk):
        if pk and int(pk) not in self.by_id:
            self.load([pk])
        return self.by_id.get(int(pk)) if pk else None

    def object(self, pk, *, layout="body", alt=None, base_url=""):
        """The image object of image ``pk``, or None when there is no such image."""
        image = self.get(pk)
        if image is None:
            return None
        return image_object(image, layout=layout, alt=alt, base_url=base_url)


class _ImagePart(Field):
    """One key of an image's API object (``alt``, ``renditions``, ``srcset``)."""

    def __init__(self, key, **kwargs):
        self.key = key
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return self.context["view"].image_object_of(image)[self.key]


class _AbsoluteDownloadUrl(Field):
    """``meta.download_url``: the original file, absolute (Wagtail's is a bare path)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return absolute(image.file.url, self.context["view"].media_base_url())


class _PrefetchedTags(Field):
    """``meta.tags`` read from the listing's prefetched tags: Wagtail's own field asks the
    database once per item."""

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())


class PrefetchedTagsMixin:
    """For the images and documents endpoints: the tags of a listing's items in one
    query, not one an item."""

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        overrides["tags"] = _PrefetchedTags(read_only=True)
        return overrides

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        prefetch_related_objects(page, "tags")
        return page


IMAGE_PARTS = ("alt", "renditions", "srcset")


class ImageRenditionsMixin(PrefetchedTagsMixin):
    """For the images endpoint: every item carries ``alt``, ``renditions`` and ``srcset``
    (the object of the module docstring), the page's images and their renditions read
    in two queries."""

    @classmethod
    def get_body_fields(cls, model):
        return [*super().get_body_fields(model), *cls._convert_api_fields(IMAGE_PARTS)]

    @classmethod
    def get_listing_default_fields(cls, model):
        return [*super().get_listing_default_fields(model), "width", "height", *IMAGE_PARTS]

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        overrides.update({key: _ImagePart(key) for key in IMAGE_PARTS})
        overrides["download_url"] = _AbsoluteDownloadUrl(read_only=True)
        return overrides

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        prefetch_related_objects(
            page,
            Prefetch("renditions", queryset=renditions_queryset(), to_attr="prefetched_renditions"),
        )
        return page

    def media_base_url(self):
        return self.request.build_absolute_uri("/").rstrip("/")

    def image_object_of(self, image):
        objects = self.__dict__.setdefault("_image_objects", {})
        if image.pk not in objects:
            if not hasattr(image, "prefetched_renditions"):
                prefetch_related_objects(
                    [image],
                    Prefetch(
                        "renditions",
                        queryset=renditions_queryset(),
                        to_attr="prefetched_renditions",
                    ),
                )
            objects[image.pk] = image_object(image, base_url=self.media_base_url())
        return objects[image.pk]
