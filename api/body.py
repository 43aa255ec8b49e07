"""A page's ``body`` (and its photo and delivered document) as a consumer can use it.

Wagtail v2 gives a StreamField as stored: an image block is an image id, a link a
``linktype`` tag, a video a bare URL. Here each block of the body (cms.blocks) comes out
ready to show:

=================  ==========================================================
``heading``        ``{"text", "level"}`` as stored
``paragraph``      the rich text in ``?rich_text_format=`` (api.rich_text),
                   HTML by default, links checked and made absolute
``image``          ``{"image": <image object> | null, "caption"}``; the image's
                   ``alt`` is the block's alt text, else the image's description
``quote``          ``{"quote", "attribution"}`` as stored
``documents``      ``{"title", "documents": [<document object>...]}``
``embed``          ``{"url", "caption", "html", "title", "provider_name",
                   "thumbnail_url"}``: ``html`` is the stored embed, null when
                   the video site was never asked (the URL is still there)
``call_to_action`` ``{"text", "button_label", "page", "url"}``: ``page`` the
                   id of a page anyone may read, else null; ``url`` its public
                   address or the external address, else null
``table``          as stored (cells are plain text)
=================  ==========================================================

A document object is ``{"id", "title", "url", "file_extension", "file_size"}`` (``url``
the absolute download address; documents in a restricted collection are left out), an
image object is api.images'.

Links and buttons lead only to pages every visitor may read, whoever calls: a body is
shown by consumers to the public. Everything a response's bodies point at (pages and
their translations, documents, images with their renditions, stored embeds) is read
together, once, when the first body of the response is serialized: a constant number
of queries (about six) whether the response holds one page or a hundred. That is also
why the blocks are read from the stream's raw data: Wagtail's own ``StreamValue`` reads
the images and documents of each page's stream separately.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils import timezone
from rest_framework.fields import Field
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from api import rich_text
from api.images import ImageSet, absolute
from api.media_visibility import outside_restricted_collections
from api.visibility import visible_pages


def _raw_blocks(page):
    body = getattr(page, "body", None)
    if not body:
        return []
    return [block for block in body.raw_data if isinstance(block, dict)]


def _list_items(value):
    """The values of a ListBlock's raw data (``{"type": "item", "value": ...}`` since
    Wagtail 2.16, bare values before)."""
    return [item.get("value") if isinstance(item, dict) else item for item in value or []]


def _as_id(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class PageContent:
    """The link targets, documents, images and embeds of one response's pages."""

    def __init__(self, request):
        self.request = request
        self.expected = []
        self.loaded = set()
        self.targets = {}  # page id -> a page anyone may read
        self.translations = {}  # (translation key, locale id) -> a page anyone may read
        self.documents = {}  # id -> document, or None when gone or restricted
        self.embeds = {}  # URL -> stored Embed, or None
        self.images = ImageSet()
        self._urls = {}
        self._base_urls = {}

    def expect(self, pages):
        """The pages the response will serialize: read together when one is needed."""
        self.expected.extend(pages)

    def _ensure(self, page):
        if page.pk in self.loaded:
            return
        pending = {each.pk: each for each in self.expected if each.pk not in self.loaded}
        pending[page.pk] = page
        self._load(list(pending.values()))

    def _load(self, pages):
        page_ids, document_ids, image_ids, embed_urls = set(), set(), set(), set()
        for page in pages:
            self.loaded.add(page.pk)
            image_ids.add(getattr(page, "photo_id", None))
            document_ids.add(getattr(page, "delivered_document_id", None))
            for block in _raw_blocks(page):
                kind, value = block.get("type"), block.get("value")
                if kind == "paragraph" and isinstance(value, str):
                    linked_pages, linked_documents, urls = rich_text.references(value)
                    page_ids |= linked_pages
                    document_ids |= linked_documents
                    embed_urls |= urls
                elif not isinstance(value, dict):
                    continue
                elif kind == "image":
                    image_ids.add(_as_id(value.get("image")))
                elif kind == "documents":
                    document_ids |= {_as_id(each) for each in _list_items(value.get("documents"))}
                elif kind == "embed" and value.get("url"):
                    embed_urls.add(value["url"])
                elif kind == "call_to_action":
                    page_ids.add(_as_id(value.get("page")))
        self._load_pages(page_ids - {None} - self.targets.keys())
        self._load_documents(document_ids - {None} - self.documents.keys())
        self._load_embeds(embed_urls - self.embeds.keys())
        self.images.load(image_ids - {None})

    def _load_pages(self, ids):
        if not ids:
            return
        # A linked page and its translations, among the pages anyone may read: one query.
        keys = Page.objects.filter(pk__in=ids).values("translation_key")
        rows = (
            visible_pages(AnonymousUser())
            .filter(Q(pk__in=ids) | Q(translation_key__in=keys))
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "translation_key", "locale__language_code")
        )
        for page in rows:
            if page.pk in ids:
                self.targets[page.pk] = page
            self.translations[(page.translation_key, page.locale_id)] = page

    def _load_documents(self, ids):
        if not ids:
            return
        found = outside_restricted_collections(get_document_model().objects.filter(pk__in=ids))
        self.documents.update({document.pk: document for document in found})
        for pk in ids - self.documents.keys():
            self.documents[pk] = None

    def _load_embeds(self, urls):
        if not urls:
            return
        # Only what is stored: the video site is never asked while the API answers.
        hashes = {get_embed_hash(url): url for url in urls}
        stored = Embed.objects.filter(hash__in=hashes).exclude(cache_until__lte=timezone.now())
        self.embeds.update({hashes[embed.hash]: embed for embed in stored})
        for url in urls - self.embeds.keys():
            self.embeds[url] = None

    # -- what the rich text and the blocks ask -------------------------------------

    def base_url(self, page):
        """``scheme://host`` of the site ``page`` belongs to (else of the request)."""
        if page.pk not in self._base_urls:
            parts = page.get_url_parts(self.request)
            root_url = parts[1] if parts else None
            self._base_urls[page.pk] = root_url or self.request.build_absolute_uri("/")
        return self._base_urls[page.pk].rstrip("/")

    def page_url(self, page_id, text_of):
        """The public absolute URL a link from ``text_of`` to page ``page_id`` leads to
        (its translation in ``text_of``'s language when anyone may read that), or None."""
        target = self.targets.get(page_id)
        if target is None:
            return None
        target = self.translations.get((target.translation_key, text_of.locale_id), target)
        if target.pk not in self._urls:
            self._urls[target.pk] = Page.get_full_url(target, self.request)
        return self._urls[target.pk]

    def document_url(self, document_id, text_of):
        document = self.documents.get(document_id)
        if document is None:
            return None
        return absolute(document.url, self.base_url(text_of))

    def embed(self, url):
        return self.embeds.get(url)

    def document_object(self, document_id, text_of):
        document = self.documents.get(document_id)
        if document is None:
            return None
        return {
            "id": document.pk,
            "title": document.title,
            "url": absolute(document.url, self.base_url(text_of)),
            "file_extension": document.file_extension,
            "file_size": document.file_size,
        }

    # -- a page's fields ----------------------------------------------------------

    def body(self, page, rich_text_format):
        self._ensure(page)
        blocks = []
        for block in _raw_blocks(page):
            kind, value = block.get("type"), block.get("value")
            render = getattr(self, f"_{kind}_block", None)
            if render is not None and value is not None:
                value = render(value, page, rich_text_format)
            blocks.append({"type": kind, "value": value, "id": block.get("id")})
        return blocks

    def photo(self, page):
        self._ensure(page)
        # The alt text the site gives the portrait: the representative's name.
        alt = getattr(page, "representative_name", None) or None
        return self.images.object(
            page.photo_id, layout="portrait", alt=alt, base_url=self.base_url(page)
        )

    def delivered_document(self, page):
        self._ensure(page)
        return self.document_object(page.delivered_document_id, page)

    # -- blocks (cms.blocks.BodyStreamBlock), from their raw values ----------------

    def _paragraph_block(self, value, page, rich_text_format):
        return rich_text.serialize(value, rich_text_format, self, page)

    def _image_block(self, value, page, rich_text_format):
        alt = value.get("alt_text") or None
        return {
            "image": self.images.object(
                _as_id(value.get("image")), alt=alt, base_url=self.base_url(page)
            ),
            "caption": value.get("caption", ""),
        }

    def _documents_block(self, value, page, rich_text_format):
        documents = (
            self.document_object(_as_id(each), page) for each in _list_items(value.get("documents"))
        )
        return {
            "title": value.get("title", ""),
            "documents": [document for document in documents if document is not None],
        }

    def _embed_block(self, value, page, rich_text_format):
        url = value.get("url") or ""
        caption = value.get("caption", "")
        embed = self.embed(url)
        return {
            "url": url,
            "caption": caption,
            "html": rich_text.embed_html(embed, url, caption) if embed and embed.html else None,
            "title": embed.title if embed else "",
            "provider_name": embed.provider_name if embed else "",
            "thumbnail_url": embed.thumbnail_url if embed else "",
        }

    def _call_to_action_block(self, value, page, rich_text_format):
        page_id = _as_id(value.get("page"))
        page_url = self.page_url(page_id, page) if page_id else None
        return {
            "text": value.get("text", ""),
            "button_label": value.get("button_label", ""),
            "page": page_id if page_url else None,
            "url": page_url or value.get("url") or None,
        }


class _PageContentField(Field):
    """A page field the response's ``PageContent`` serializes."""

    def __init__(self, part, **kwargs):
        self.part = part
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        content = self.context["view"].content
        if self.part == "body":
            return content.body(page, rich_text.format_of(self.context))
        return getattr(content, self.part)(page)


class PageContentMixin:
    """For the page endpoints: ``body``, ``photo`` and ``delivered_document`` served by
    ``PageContent``, read once for all the pages of the response."""

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        for part in ("body", "photo", "delivered_document"):
            overrides[part] = _PageContentField(part)
        return overrides

    @property
    def content(self):
        if "_page_content" not in self.__dict__:
            self.__dict__["_page_content"] = PageContent(self.request)
        return self.__dict__["_page_content"]

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.content.expect(page)
        return page
