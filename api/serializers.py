"""Fields the read API adds to Wagtail v2's page serializer, and the serializer base
that builds each serializer's fields once per process instead of once per request."""

import copy
import re
from urllib.parse import quote

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation
from rest_framework.fields import Field, SkipField
from wagtail.api.utils import get_base_url
from wagtail.api.v2.serializers import PageParentField, PageSerializer, get_serializer_class
from wagtail.api.v2.utils import get_object_detail_url
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from cms.serving.site_data import cached_for_all_sites
from cms.serving.wagtail_internals import site_root_paths

# Wagtail's own setting and its page-serving pattern with it (wagtail.urls).
APPEND_SLASH = WAGTAIL_APPEND_SLASH
SERVE_PATH = re.compile(r"(?:[\w\-]+/)*")
# RFC3986_SUBDELIMS + "/~:@": what Django's reverse() leaves unquoted.
REVERSE_SAFE = "!$&'()*+,;=/~:@"
_serve_prefixes = {}


def _serve_path(tail, language_code):
    """``reverse("wagtail_serve", args=(tail,))`` in ``language_code``, as Wagtail's
    ``get_url_parts`` makes it: the language's prefix (reversed once per language, URLconf
    and script prefix) and the path quoted as ``reverse`` quotes it. A path the serving
    pattern would not match goes through ``reverse`` itself (NoReverseMatch)."""
    if not (APPEND_SLASH and SERVE_PATH.fullmatch(tail)):
        with translation.override(language_code):
            return reverse("wagtail_serve", args=(tail,))
    key = (get_urlconf(), get_script_prefix(), language_code)
    prefix = _serve_prefixes.get(key)
    if prefix is None:
        with translation.override(language_code):
            prefix = _serve_prefixes[key] = reverse("wagtail_serve", args=("",))
    return prefix + quote(tail, safe=REVERSE_SAFE)


def full_url_of_path(url_path, request, prefer_request_site=False):
    """The full URL of the page at ``url_path``, exactly as Wagtail's
    ``Page.get_full_url()`` makes it (with ``prefer_request_site``,
    ``Page.get_full_url(request)``), from the root paths ``request`` holds.

    Wagtail's ``full_url`` reads every site's root paths from the cache for each page and
    compares the page's path with each (400 with 200 missions in two languages), then
    reverses the page's path under ``translation.override``: for a listing of 100 pages
    and their translations, 200 cache reads and 200 reverses. The request holds those
    root paths already, indexed (cms.serving.directory.RootPaths); the rest is Wagtail's
    ``get_url_parts`` and ``get_full_url``, step for step. None when the request has no
    indexed root paths (``page_full_url`` then asks Wagtail).
    """
    root_paths = site_root_paths(request)
    if not hasattr(root_paths, "relevant"):
        return None
    possible_sites = root_paths.relevant(url_path)
    if not possible_sites:
        return None
    _site_id, root_path, root_url, language_code = possible_sites[0]
    if prefer_request_site and len({values[0] for values in possible_sites}) > 1:
        site = Site.find_for_request(request)
        if site:
            for values in possible_sites:
                if values[0] == site.pk:
                    _site_id, root_path, root_url, language_code = values
                    break
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        active = translation.get_language()
        try:
            if get_supported_content_language_variant(active) == language_code:
                language_code = active
        except LookupError:
            pass
    try:
        page_path = _serve_path(url_path[len(root_path) :], language_code)
    except NoReverseMatch:
        return None
    if not APPEND_SLASH and page_path != "/":
        page_path = page_path.rstrip("/")
    return root_url + page_path


def page_full_url(page, request, prefer_request_site=False):
    """``page.full_url`` (with ``prefer_request_site``, ``page.get_full_url(request)``),
    made fast (``full_url_of_path``). A page type with its own ``get_url_parts`` gets
    Wagtail's own answer."""
    if type(page).get_url_parts is Page.get_url_parts and hasattr(
        site_root_paths(request), "relevant"
    ):
        return full_url_of_path(page.url_path, request, prefer_request_site)
    return page.get_full_url(request) if prefer_request_site else page.full_url


class PageFullUrlField(Field):
    """``html_url``: Wagtail's ``PageHtmlUrlField`` (``page.full_url``), made fast."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page_full_url(page, self.context["request"])


def locale_codes(request, locale_ids=()):
    """``{locale id: language code}``: a handful of rows that only the Secretariat
    changes, kept until it does (a Locale saved replaces the sites generation token),
    and once per request; read again if one of ``locale_ids`` is not in it."""

    def read():
        return dict(Locale.objects.values_list("pk", "language_code"))

    codes = getattr(request, "_locale_codes", None)
    if codes is None:
        codes = cached_for_all_sites(request, "locale-codes", read)
    if not set(locale_ids) <= codes.keys():
        codes = read()
    request._locale_codes = codes
    return codes


class LocaleCodeField(Field):
    """``locale``: the page's language code, without a query per page."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return locale_codes(self.context["request"], [page.locale_id]).get(page.locale_id)


class TranslationsField(Field):
    """``translations``: the page's other language versions a caller may read."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return self.context["view"].translations.of(page)


_MARKER_PK = 918273645  # an id no detail URL contains but in its own place


class DetailUrlField(Field):
    """``detail_url``: Wagtail's ``DetailUrlField``, without a ``reverse`` per item.

    Wagtail reverses the detail URL of each item; the detail path of a model is the same
    but for the id (an ``<int:pk>`` segment), so it is reversed once per model, URLconf
    and script prefix, and each item's is that with its id. The base URL (scheme and
    host, ``wagtail.api.utils.get_base_url``) is read once per request.
    """

    _paths = {}

    def get_attribute(self, instance):
        context = self.context
        model = type(instance)
        key = (context["router"], model, get_urlconf(), get_script_prefix())
        parts = self._paths.get(key)
        if parts is None:
            path = context["router"].get_object_detail_urlpath(model, _MARKER_PK)
            parts = self._paths[key] = tuple(path.split(str(_MARKER_PK), 1)) if path else ()
        if len(parts) != 2:
            # Not served by any endpoint (Wagtail hides the field then), or not reversible
            # this way: Wagtail's own answer.
            url = get_object_detail_url(context["router"], context["request"], model, instance.pk)
            if url is None:
                raise SkipField
            return url
        base_url = context.get("_detail_base_url")
        if base_url is None:
            base_url = context["_detail_base_url"] = get_base_url(context["request"]) or ""
        return f"{base_url}{parts[0]}{instance.pk}{parts[1]}"

    def to_representation(self, url):
        return url


class FieldsBuiltOnceMixin:
    """A serializer class whose fields are built once, then copied for each instance.

    DRF builds a ModelSerializer's fields for every instance, inspecting the model each
    time (``get_fields``): a few milliseconds a request, as much as serializing a page.
    They depend on the class alone (its ``Meta``, declared fields and Wagtail's
    ``child_serializer_classes``), so the first instance's are kept on the class and
    every instance gets a deep copy, as DRF itself copies the declared fields.
    """

    def get_fields(self):
        template = type(self).__dict__.get("_fields_template")
        if template is None:
            template = super().get_fields()
            type(self)._fields_template = template
        return copy.deepcopy(template)


class APIPageSerializer(FieldsBuiltOnceMixin, PageSerializer):
    """Wagtail's page serializer with ``html_url`` and ``parent`` made fast."""

    html_url = PageFullUrlField(read_only=True)
    detail_url = DetailUrlField(read_only=True)


class VisibleNestedPageField(PageParentField):
    """A page a page points to (its parent, its original), shown as Wagtail shows a
    parent: id, type, title and URLs; ``None`` when the caller may not see it
    (api.visibility). The nested serializer is built once per page type (Wagtail builds
    a new class for each page), and its ``html_url`` made fast."""

    _classes = {}

    def visible_page(self, **lookup):
        return self.context["base_queryset"].filter(**lookup).first()

    def to_representation(self, value):
        serializer_class = self._classes.get(type(value))
        if serializer_class is None:
            serializer_class = self._classes[type(value)] = get_serializer_class(
                type(value),
                ["id", "type", "detail_url", "html_url", "title"],
                meta_fields=["type", "detail_url", "html_url"],
                base=APIPageSerializer,
            )
        return serializer_class(context=self.context).to_representation(value)


class ParentField(VisibleNestedPageField):
    """``parent``: Wagtail's, found in one query instead of two."""

    def get_attribute(self, instance):
        # Wagtail reads the parent (treebeard's get_parent), then asks whether the caller
        # may see it: one query here, the parent among the pages the caller may see.
        if instance.depth <= 1:
            return None
        return self.visible_page(path=instance.path[: -instance.steplen])


class AliasOfField(VisibleNestedPageField):
    """``alias_of``: the page this one mirrors, if the caller may see it. Wagtail's
    shows it whatever its restrictions: a public alias of a page in a section under a
    password (Wagtail copies a restriction on the page itself to its alias, not one on
    an ancestor) gave away the hidden page's address."""

    def get_attribute(self, instance):
        if instance.alias_of_id is None:
            return None
        return self.visible_page(pk=instance.alias_of_id)
