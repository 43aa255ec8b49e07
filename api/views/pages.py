"""The page endpoints: every page (``pages``), and the mission content types across
every mission site (``news``, ``statements``, ``events``).

Built on Wagtail's ``PagesAPIViewSet`` (fields, ordering, search, type, child_of,
translation_of...), with what it lacks for ~200 sites in many languages:

- what a caller sees is ``api.visibility`` (no draft, no restricted page, ever);
- ``site`` takes a hostname or a mission's ISO3 code and keeps the site's pages in
  every language; ``locale`` an unknown language is a 400, not an empty listing;
- ``find`` understands language prefixes (``/fr/actualites/x/``), on the named site;
- a listing's order is stable (ties broken by id), so offsets page without repeats;
- every item says its ``locale``, its absolute ``html_url``, ``last_published_at`` and
  its ``translations``.
"""

import datetime

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import Http404
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale, Page

from api import sites
from api.body import PageContentMixin
from api.counting import CachedCountPagination, total_count
from api.errors import ParameterError, UnknownValue
from api.fallback import LanguageFallbackMixin
from api.serializers import (
    AliasOfField,
    APIPageSerializer,
    LocaleCodeField,
    ParentField,
    TranslationsField,
)
from api.translations import Translations
from api.views.base import PublicEndpointMixin
from api.visibility import hidden_paths, visible_pages
from cms.serving.site_data import cached_for_all_sites
from missions.models import EventPage, NewsItemPage, StatementPage

# The serializer classes built so far (PagesEndpoint._get_serializer_class), emptied
# when a setting changes (tests) and when it holds this many (a caller's ``fields``).
SERIALIZER_CLASSES = {}
MAX_SERIALIZER_CLASSES = 500


@receiver(setting_changed)
def _forget_serializer_classes(**kwargs):
    SERIALIZER_CLASSES.clear()


class LocaleFilter(BaseFilterBackend):
    """``?locale=fr``: pages in that language; a language the install lacks is a 400."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is None:
            return queryset
        locale_id = Locale.objects.filter(language_code=code).values_list("pk", flat=True).first()
        if locale_id is None:
            raise UnknownValue("locale", f"no content language has the code {code!r}")
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale_id=locale_id)
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class VisibleAliasOfFilter(BaseFilterBackend):
    """``?alias_of=<id>``: Wagtail's field filter keeps the aliases of that page; this
    one keeps them only if the caller may see the page itself, so that the filter
    cannot tell which public page mirrors a hidden one."""

    def filter_queryset(self, request, queryset, view):
        if "alias_of" not in request.GET:
            return queryset
        return queryset.filter(alias_of__in=view.get_base_queryset().values("pk"))


class StableOrderingFilter(OrderingFilter):
    """Wagtail's ``order``, then the endpoint's default order, then the id: a listing's
    order never depends on the database's whim, so offsets page without repeats."""

    def filter_queryset(self, request, queryset, view):
        if not request.GET.get("order"):
            order = view.default_order
            if order[-1].lstrip("-") not in ("id", "pk"):
                order = (*order, "id")
            return queryset.order_by(*order)
        if request.GET["order"] == "random":
            return super().filter_queryset(request, queryset, view)
        ordered = super().filter_queryset(request, queryset, view)
        return ordered.order_by(*ordered.query.order_by, "id")


class DateRangeFilter(BaseFilterBackend):
    """``date_from`` / ``date_to`` (ISO dates, inclusive) on the endpoint's date field."""

    def filter_queryset(self, request, queryset, view):
        field = getattr(view, "date_field", None)
        if field is None:
            return queryset
        lookup = f"{field}__date" if view.date_field_is_datetime else field
        for parameter, operator in (("date_from", "gte"), ("date_to", "lte")):
            value = request.GET.get(parameter)
            if value is None:
                continue
            try:
                day = datetime.date.fromisoformat(value)
            except ValueError as error:
                raise ParameterError(
                    parameter, f"{parameter} must be a date written YYYY-MM-DD, not {value!r}"
                ) from error
            queryset = queryset.filter(**{f"{lookup}__{operator}": day})
        return queryset


class PagesEndpoint(LanguageFallbackMixin, PageContentMixin, PublicEndpointMixin, PagesAPIViewSet):
    filter_backends = [
        FieldsFilter,
        VisibleAliasOfFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        DateRangeFilter,
        StableOrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["site", "fallback"])
    meta_fields = [
        *PagesAPIViewSet.meta_fields,
        "last_published_at",
        "translations",
    ]
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "last_published_at",
    ]
    default_order = ("path",)
    date_field = None
    date_field_is_datetime = False
    base_serializer_class = APIPageSerializer
    pagination_class = CachedCountPagination

    def total_count_of(self, queryset):
        # Speed: the exact count, kept under the content's version tokens read at the
        # start of the request (api.counting); counted again after any change.
        exchange = getattr(self, "_http_exchange", None)
        return total_count(queryset, exchange.before if exchange is not None else None)

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        # Speed: Wagtail builds a new serializer class on every request, and DRF its
        # fields for every new class. The class depends only on these arguments (and
        # on settings: SERIALIZER_CLASSES), so each one is built once per process.
        key = (cls, router, model, repr(fields_config), show_details, nested)
        found = SERIALIZER_CLASSES.get(key)
        if found is None:
            found = super()._get_serializer_class(
                router, model, fields_config, show_details=show_details, nested=nested
            )
            if len(SERIALIZER_CLASSES) >= MAX_SERIALIZER_CLASSES:
                SERIALIZER_CLASSES.clear()  # ``fields`` is the caller's: no unbounded growth
            SERIALIZER_CLASSES[key] = found
        return found

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        overrides["locale"] = LocaleCodeField(read_only=True)
        overrides["parent"] = ParentField(read_only=True)
        overrides["alias_of"] = AliasOfField(read_only=True)
        overrides["translations"] = TranslationsField(read_only=True)
        return overrides

    @classmethod
    def get_listing_default_fields(cls, model):
        return [*super().get_listing_default_fields(model), "translations"]

    def get_root_page(self):
        # ``child_of=root``: the home page, in its default language, of the site named
        # by ``site`` or else of the host asked.
        site_id = self._site_id()
        if site_id is None:
            raise ParameterError("site", "root needs a site: add site=<hostname or ISO3>")
        homes = sites.homes_of(self.request, site_id)
        if not homes:
            raise Http404("this site has no home page")
        return Page.objects.get(pk=min(homes, key=lambda home: home.depth).page_id)

    def response_sites(self):
        # A listing of one site, with its default fields, shows that site only (its
        # pages, their translations). Anything else may show another site: a page's
        # body links to pages of other sites, a listing without ``site`` holds them.
        site_id = self._site_id()
        if (
            self.action == "listing_view"
            and site_id is not None
            and "fields" not in self.request.GET
        ):
            return {site_id}
        return super().response_sites()

    def _site_id(self):
        if not hasattr(self, "_cached_site_id"):
            value = self.request.GET.get("site")
            self._cached_site_id = sites.site_id_named(self.request, value) if value else None
        return self._cached_site_id

    def _hidden_paths(self):
        # Speed: the restrictions are read once a request, not once per use of the
        # visible pages (the items, the serializer's context, the translations).
        if not hasattr(self, "_cached_hidden_paths"):
            user = self.request.user
            if user.is_authenticated:
                self._cached_hidden_paths = hidden_paths(user)
            else:
                # The same for every anonymous caller until a restriction changes, which
                # replaces the any-site token: kept under it, no query.
                self._cached_hidden_paths = cached_for_all_sites(
                    self.request, "api-hidden-paths", lambda: hidden_paths(user)
                )
        return self._cached_hidden_paths

    def get_base_queryset(self):
        # Speed: built once a request, and a fresh copy for each use.
        if not hasattr(self, "_cached_base_queryset"):
            queryset = visible_pages(self.request.user, hidden=self._hidden_paths())
            site_id = self._site_id()
            if site_id is not None:
                queryset = queryset.filter(sites.within(sites.homes_of(self.request, site_id)))
            self._cached_base_queryset = queryset
        return self._cached_base_queryset.all()

    def get_queryset(self):
        if self.model is Page:
            return super().get_queryset()
        # A content type's endpoint: its own model's rows, without a subquery.
        queryset = visible_pages(self.request.user, self.model, hidden=self._hidden_paths())
        site_id = self._site_id()
        if site_id is not None:
            queryset = queryset.filter(sites.within(sites.homes_of(self.request, site_id)))
        return queryset

    @property
    def translations(self):
        if not hasattr(self, "_translations"):
            self._translations = Translations(self.request, self.get_base_queryset())
        return self._translations

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.translations.load(page)
        return page

    def find_object(self, queryset, request):
        if "html_path" in request.GET:
            return self._find_by_public_path(queryset, request.GET["html_path"])
        return super().find_object(queryset, request)

    def _find_by_public_path(self, queryset, html_path):
        """The page at ``html_path`` on the named site (else the host's), in the language
        its prefix names (else the site's default language)."""
        site_id = self._site_id()
        if site_id is None:
            site = sites.resolve(self.request)
            site_id = site.pk if site is not None else None
        if site_id is None:
            raise ParameterError("site", "no site answers this host: add site=<hostname or ISO3>")
        parts = [part for part in html_path.split("/") if part]
        homes = sites.directory(self.request).homes.get(site_id, {})
        if parts and parts[0] in sites.LANGUAGE_CODES:
            language, parts = parts[0], parts[1:]
        else:
            language = settings.LANGUAGE_CODE
        home = homes.get(language)
        if home is None:
            return None
        url_path = home.url_path + "".join(f"{part}/" for part in parts)
        return (
            queryset.filter(path__startswith=home.path, url_path=url_path).order_by("depth").first()
        )


# The filters of the endpoints with a date (DateRangeFilter); /pages/ has none.
DATE_RANGE = frozenset(["date_from", "date_to"])


class NewsEndpoint(PagesEndpoint):
    """News items of every mission site, newest first."""

    name = "news"
    model = NewsItemPage
    # One page type: ``type`` would be silently ignored (a full listing), so it is
    # refused (400); the date range is the dated endpoints' own, not /pages/'.
    known_query_parameters = (PagesEndpoint.known_query_parameters - {"type"}) | DATE_RANGE
    # As the mission's own news page lists them (missions.selectors), and read in this
    # order from the news_newest_first index: the day, then the newest page first.
    default_order = ("-publication_date", "-pk")
    date_field = "publication_date"
    listing_default_fields = [
        *PagesEndpoint.listing_default_fields,
        "publication_date",
        "introduction",
    ]


class StatementsEndpoint(PagesEndpoint):
    """Statements every mission delivered at UN bodies, latest meeting first."""

    name = "statements"
    model = StatementPage
    # One page type: ``type`` would be silently ignored (a full listing), so it is
    # refused (400); the date range is the dated endpoints' own, not /pages/'.
    known_query_parameters = (PagesEndpoint.known_query_parameters - {"type"}) | DATE_RANGE
    # As the mission's own statements page lists them (missions.selectors), and read in
    # this order from the statements_newest_first index.
    default_order = ("-meeting_date", "-pk")
    date_field = "meeting_date"
    listing_default_fields = [
        *PagesEndpoint.listing_default_fields,
        "un_body",
        "session",
        "agenda_item",
        "meeting_date",
        "speaker",
    ]


class EventsEndpoint(PagesEndpoint):
    """Events of every mission site, soonest first."""

    name = "events"
    model = EventPage
    # One page type: ``type`` would be silently ignored (a full listing), so it is
    # refused (400); the date range is the dated endpoints' own, not /pages/'.
    known_query_parameters = (PagesEndpoint.known_query_parameters - {"type"}) | DATE_RANGE
    default_order = ("starts_at",)
    date_field = "starts_at"
    date_field_is_datetime = True
    listing_default_fields = [
        *PagesEndpoint.listing_default_fields,
        "starts_at",
        "ends_at",
        "location",
    ]
