"""A page in the language a consumer asks for, or the nearest one its site offers.

``GET /api/v2/pages/<id>/?locale=xx`` (and the same on ``news``, ``statements``,
``events``, and ``find``, which redirects to the detail with its parameters) serves the
page's translation in ``xx``, whichever language ``<id>`` itself is in. When the page
has no translation in ``xx`` the caller may read:

- without ``fallback`` (or ``fallback=0``): 404, ``{"message", "parameter": "locale"}``;
- with ``fallback=1``: the first translation the caller may read in the site's language
  order (its default language first, then the order of settings.LANGUAGES, as the
  site's language switcher: cms.language_versions.in_site_order), then any other.

Either way the item's ``meta`` says ``"served_locale": "fr"`` and ``"fallback": true``
or ``false``. ``fallback`` takes ``1``/``true``/``yes`` or ``0``/``false``/``no``;
anything else is a 400 naming it, as is ``fallback=1`` without ``locale``, or on a
listing (a listing's ``locale`` filters, it does not translate).

Every page response says the language of its content in ``Content-Language``: a
detail its page's, a listing those of its items (``fr, en``), or the ``locale`` it was
filtered by when empty.
"""

from django.http import Http404
from rest_framework import status
from wagtail.models import Locale, Site

from api import sites
from api.errors import ParameterError, UnknownValue, error_response
from api.serializers import locale_codes
from cms.language_versions import LANGUAGE_ORDER, in_site_order

_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}
# The order in which the site directory keeps a site's field values (cms.serving.directory).
_SITE_FIELDS = [field.attname for field in Site._meta.concrete_fields]


class MissingTranslation(Http404):
    """The page exists, not in the language asked for (404 naming ``locale``)."""


def wants_fallback(request):
    value = request.GET.get("fallback")
    if value is None:
        return False
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ParameterError("fallback", f"fallback must be 1 or 0 (true or false), not {value!r}")


def site_language_order(request, page):
    """The language codes of the site ``page`` belongs to, in the site's order."""
    site_id = sites.site_of_path(request, page.url_path)
    if site_id is None:
        return []
    directory = sites.directory(request)
    homes = directory.homes.get(site_id, {})
    root_page_id = dict(zip(_SITE_FIELDS, directory.site_values[site_id], strict=True))[
        "root_page_id"
    ]
    default = next((code for code, home in homes.items() if home.page_id == root_page_id), None)
    return in_site_order([code for code, home in homes.items() if home.live], default)


def choose_version(request, page, versions, code, fallback):
    """``(page to serve, whether it is a fallback)`` among ``versions`` (the page's
    translations the caller may read, ``page`` included), for language ``code``."""
    by_code = {version.locale.language_code: version for version in versions}
    if code in by_code:
        return by_code[code], False
    if not fallback:
        raise MissingTranslation(
            f"page {page.pk} has no translation in {code!r} that can be shown; "
            "add fallback=1 to get the nearest language of its site"
        )
    order = site_language_order(request, page)
    order += sorted(set(by_code) - set(order), key=lambda each: LANGUAGE_ORDER.get(each, 99))
    for each in order:
        if each in by_code:
            return by_code[each], True
    return page, True


class LanguageFallbackMixin:
    """For the page endpoints: ``locale``/``fallback`` on a detail, ``Content-Language``
    on every response. Before ``PublicEndpointMixin`` in the bases."""

    def _asked_locale(self):
        code = self.request.GET.get("locale")
        if code is None:
            return None
        if not Locale.objects.filter(language_code=code).exists():
            raise UnknownValue("locale", f"no content language has the code {code!r}")
        return code

    def get_object(self):
        if "_served_page" in self.__dict__:
            return self._served_page
        fallback = wants_fallback(self.request)
        code = self._asked_locale()
        if code is None:
            if fallback:
                raise ParameterError("fallback", "fallback needs locale: add locale=<code>")
            return super().get_object()
        # The page by its id among those the caller may read, whatever its language
        # (the listing's ``locale`` filter does not apply to a detail), then its version.
        page = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
        if page is None:
            raise Http404("not found")
        versions = self.get_base_queryset().filter(translation_key=page.translation_key)
        chosen, used_fallback = choose_version(
            self.request, page, list(versions.select_related("locale")), code, fallback
        )
        self._served = {"served_locale": chosen.locale.language_code, "fallback": used_fallback}
        self._served_page = chosen.specific
        return self._served_page

    def listing_view(self, request, *args, **kwargs):
        if "fallback" in request.GET:
            wants_fallback(request)
            raise ParameterError(
                "fallback",
                "fallback applies to one page (a detail or find), not to a listing",
            )
        return super().listing_view(request, *args, **kwargs)

    def detail_view(self, request, *args, **kwargs):
        response = super().detail_view(request, *args, **kwargs)
        served = getattr(self, "_served", None)
        data = getattr(response, "data", None)
        if served is not None and isinstance(data, dict) and isinstance(data.get("meta"), dict):
            data["meta"].update(served)
        page = self.get_object()
        response["Content-Language"] = locale_codes(self.request, [page.locale_id])[page.locale_id]
        return response

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self._listed = page
        return page

    def finalize_response(self, request, response, *args, **kwargs):
        # Before the response is finalized: what caches it (api.http_caching) keeps the
        # header with it.
        if (
            getattr(self, "action", None) == "listing_view"
            and not self.served_from_cache  # a stored response has its header already
            and response.status_code == status.HTTP_200_OK
            and "Content-Language" not in response
        ):
            listed = getattr(self, "_listed", None) or []
            codes = locale_codes(self.request, [page.locale_id for page in listed])
            languages = list(dict.fromkeys(codes[page.locale_id] for page in listed))
            if not languages and request.GET.get("locale"):
                languages = [request.GET["locale"]]
            if languages:
                response["Content-Language"] = ", ".join(languages)
        return super().finalize_response(request, response, *args, **kwargs)

    def handle_exception(self, exc):
        if isinstance(exc, MissingTranslation):
            return error_response(status.HTTP_404_NOT_FOUND, str(exc), "locale")
        return super().handle_exception(exc)
