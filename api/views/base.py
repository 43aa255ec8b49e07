"""What every endpoint of the read API shares: who may call it, and how it answers.

Each endpoint is a Wagtail API v2 viewset with this mixin first in its bases:

- public reading, said explicitly (the project's DRF default refuses anonymous callers);
  what a caller may see is decided by ``api.visibility``, not by a permission class;
- callers identified by a Wagtail API token (``Authorization: Bearer``) or a session;
- JSON only, no browsable HTML API;
- at most ``WAGTAILAPI_LIMIT_MAX`` (100) items a page;
- every refusal a JSON body naming the parameter at fault (``api.errors``);
- the sites of the request's host known (cms.serving.directory), so every URL in a
  response is the public, absolute one of its own site, whatever host was asked.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection, models
from django.http import Http404
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.fields import StreamField

from api.authentication import AUTHENTICATION_CLASSES
from api.errors import ParameterError, UnknownValue, error_response, parameter_of
from api.fallback import wants_fallback
from api.http_caching import HTTPCachingMixin
from api.throttling import RateLimitedMixin
from cms.serving.dependencies import ALL_SITES, cache_response_for_sites, declared_sites
from cms.serving.directory import resolve


class PublicEndpointMixin(RateLimitedMixin, HTTPCachingMixin):
    permission_classes = [AllowAny]
    authentication_classes = AUTHENTICATION_CLASSES
    renderer_classes = [JSONRenderer]

    def get_renderer_context(self):
        # Wagtail indents its JSON by four spaces, which makes DRF fall back from the
        # C encoder to Python's and costs ~15 % of a 100-item listing: compact JSON.
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context

    def response_sites(self):
        """The ids of the sites a 200 response of this view shows (or ALL_SITES): it is
        cached until one of them changes (api.http_caching). An endpoint that can say
        fewer sites says so; every site is always right, never stale."""
        return ALL_SITES

    def finalize_response(self, request, response, *args, **kwargs):
        if response.status_code == 200 and declared_sites(response) is None:
            cache_response_for_sites(response, self.response_sites())
        return super().finalize_response(request, response, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        refuse_nul_characters(request)
        # Before content negotiation, which answers an unknown format with a bare 404.
        if request.GET.get("format", "json") != "json":
            raise ParameterError("format", "format may only be json")
        super().initial(request, *args, **kwargs)
        if not self.served_from_cache:  # a hit needs no site: the action does not run
            resolve(request)

    # Wagtail checks the parameters of a listing only; a detail or a find answered
    # ``?limti=5`` or ``?search=x`` as if they were not there.
    def detail_view(self, request, *args, **kwargs):
        self.check_query_parameters(self.get_queryset())
        pk = self.model._meta.pk
        low, high = connection.ops.integer_field_range(
            (pk.target_field if pk.is_relation else pk).get_internal_type()
        )
        if not low <= int(kwargs.get("pk", 0)) <= high:
            # No row can have it, and the database would overflow (a 500) looking.
            raise Http404("not found")
        return super().detail_view(request, *args, **kwargs)

    def find_view(self, request, *args, **kwargs):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        if "id" in request.GET:
            check_field_filter(queryset.model, "id", request.GET["id"])
        # ``find`` redirects to the detail with the other parameters, which the detail
        # then applies: a wrong one is refused here, not after the redirect.
        self.filter_queryset(queryset)
        self.resolve_rich_text_format()
        if "fallback" in request.GET:
            wants_fallback(request)
        return super().find_view(request, *args, **kwargs)

    def check_query_parameters(self, queryset):
        """Every parameter known to this view, and every field filter's value one its
        field can hold: a 400 naming the parameter, never a silent listing or a 500."""
        names = set(self.request.GET)
        for name in NOT_EMPTY_PARAMETERS & names:
            if not self.request.GET[name].strip():
                raise ParameterError(name, f"{name} may not be empty")
        if self.action == "listing_view":
            super().check_query_parameters(queryset)
            for name in names - self.known_query_parameters:
                check_field_filter(queryset.model, name, self.request.GET[name])
            search = self.request.GET.get("search")
            if search is not None and len(search) > MAX_SEARCH_LENGTH:
                raise ParameterError(
                    "search", f"search may be at most {MAX_SEARCH_LENGTH} characters long"
                )
            offset = self.request.GET.get("offset", "0")
            if offset.isdigit() and int(offset) > MAX_OFFSET:
                # PostgreSQL refuses an OFFSET past a bigint (a 500); no listing is that long.
                raise ParameterError("offset", f"offset may not be over {MAX_OFFSET}")
            operator = self.request.GET.get("search_operator")
            if operator is not None and operator not in ("and", "or"):
                raise ParameterError("search_operator", "search_operator must be and or or")
            return
        allowed = (self.known_query_parameters - LISTING_ONLY_PARAMETERS) | (
            self.find_query_parameters if self.action == "find_view" else set()
        )
        unknown = sorted(names - allowed)
        if unknown:
            raise ParameterError(
                unknown[0], f"{unknown[0]} is not a parameter of {self.action_description}"
            )

    @property
    def action_description(self):
        return "a find" if self.action == "find_view" else "a detail"

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return error_response(status.HTTP_404_NOT_FOUND, str(exc) or "not found")
        if isinstance(exc, BadRequestError):
            return error_response(status.HTTP_400_BAD_REQUEST, str(exc), parameter_of(exc))
        response = super().handle_exception(exc)
        if isinstance(exc, APIException):
            # DRF's own refusals (authentication, throttling): its status and headers,
            # the API's shape.
            detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
            response.data = {"message": detail}
            parameter = getattr(exc, "parameter", None)
            if parameter:
                response.data["parameter"] = parameter
        return response


# Listings take these; a detail or a find has nothing to page, order or search.
LISTING_ONLY_PARAMETERS = frozenset(["limit", "offset", "order", "search", "search_operator"])
# An empty value would be ignored (a full listing), not a filter.
NOT_EMPTY_PARAMETERS = frozenset(["type", "site", "locale", "html_path"])
# Far past any listing, and within every database's integers.
MAX_OFFSET = 2**31 - 1
# Longer is no search words a person typed, and costs the search backend dearly.
MAX_SEARCH_LENGTH = 1000


def refuse_nul_characters(request):
    """A NUL character in a query parameter is a 400: PostgreSQL refuses it in any text
    (a 500), and no name, code or word contains one."""
    for name, values in request.GET.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise ParameterError(
                name.replace("\x00", ""), "NUL characters are not allowed in a query"
            )


def check_field_filter(model, name, value):
    """``?name=value`` filters on a field of ``model`` (Wagtail's ``FieldsFilter``): the
    value must be one the field can hold, or Django raises deep in the query (a 500)
    or the listing is silently empty for a typo. A choice outside the field's choices
    (``?un_body=NOPE``) is refused with the choices, as a mistyped ``locale`` is."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return  # not a model field: Wagtail's own check has allowed it, or refused it
    if isinstance(field, TaggableManager):
        return  # tag names, any text
    if not field.concrete or field.many_to_many or isinstance(field, StreamField):
        raise ParameterError(name, f"cannot filter by {name}")
    if isinstance(field, models.ForeignKey):
        field = field.target_field
    try:
        if isinstance(field, models.BooleanField):
            parse_boolean(value)
            return
        python_value = field.to_python(value)
    except (ValidationError, ValueError):
        raise ParameterError(name, f"{value!r} is not a valid value for {name}") from None
    if isinstance(python_value, int) and not isinstance(python_value, bool):
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        if low is not None and not low <= python_value <= high:
            raise ParameterError(name, f"{value!r} is out of range for {name}")
    if field.choices:
        choices = [str(choice) for choice, _label in field.flatchoices]
        if str(python_value) not in choices:
            raise UnknownValue(name, f"{name} must be one of {', '.join(choices)}")
