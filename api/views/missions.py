"""The missions directory: every permanent mission with a live site, for the portal.

One item a mission: its State's ISO3 code and names, regional group, the site's address
and languages (each with its home page's URL and the mission's name in that language),
its public contact details and its logo. A listing of 100 missions takes a fixed
number of queries: the missions, their home pages, their settings.
"""

from rest_framework import serializers
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.views import BaseAPIViewSet

from api import sites
from api.errors import ParameterError, UnknownValue
from api.images import ImageSet
from api.views.base import PublicEndpointMixin
from api.visibility import visible_pages
from missions.models import MemberState, Mission, MissionHomePage, MissionSettings
from missions.models.states import RegionalGroup

ORDERS = {
    "iso3": "member_state__iso3",
    "short_name": "member_state__short_name",
    "created_at": "created_at",
}


class _FromDirectory(Field):
    """A field whose value the endpoint read for the whole listing at once."""

    def __init__(self, key, **kwargs):
        self.key = key
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, mission):
        return self.context["view"].listing_data(mission)[self.key]


class MissionFilter(BaseFilterBackend):
    """``iso3`` (one or more, comma-separated), ``regional_group``, ``status``,
    ``language`` (missions with a site in that language) and ``order``."""

    def filter_queryset(self, request, queryset, view):
        if "iso3" in request.GET:
            codes = [code.strip().upper() for code in request.GET["iso3"].split(",")]
            queryset = queryset.filter(member_state__iso3__in=codes)
        if "regional_group" in request.GET:
            group = request.GET["regional_group"]
            if group not in RegionalGroup.values:
                raise UnknownValue(
                    "regional_group",
                    f"regional_group must be one of {', '.join(RegionalGroup.values)}",
                )
            queryset = queryset.filter(member_state__regional_group=group)
        if "status" in request.GET:
            status = request.GET["status"]
            if status not in MemberState.Status.values:
                raise UnknownValue(
                    "status", f"status must be one of {', '.join(MemberState.Status.values)}"
                )
            queryset = queryset.filter(member_state__status=status)
        order = request.GET.get("order", "iso3")
        field = ORDERS.get(order.lstrip("-"))
        if field is None:
            raise ParameterError(
                "order", f"cannot order by {order!r}: use one of {', '.join(ORDERS)}"
            )
        return queryset.order_by(("-" if order.startswith("-") else "") + field, "id")


class MissionsEndpoint(PublicEndpointMixin, BaseAPIViewSet):
    name = "missions"
    model = Mission
    filter_backends = [MissionFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["iso3", "regional_group", "status", "language"]
    ) - {"search", "search_operator", "rich_text_format"}
    body_fields = [
        "id",
        "iso3",
        "short_name",
        "status",
        "regional_group",
        "site_url",
        "languages",
        "contacts",
        "logo",
    ]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, *body_fields[1:]]

    @classmethod
    def get_field_serializer_overrides(cls, model):
        return {
            "iso3": serializers.CharField(source="member_state.iso3", read_only=True),
            "short_name": serializers.CharField(source="member_state.short_name", read_only=True),
            "status": serializers.CharField(source="member_state.status", read_only=True),
            "regional_group": serializers.CharField(
                source="member_state.regional_group", read_only=True
            ),
            "site_url": serializers.CharField(source="site.root_url", read_only=True),
            "languages": _FromDirectory("languages"),
            "contacts": _FromDirectory("contacts"),
            "logo": _FromDirectory("logo"),
        }

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        if db_fields_only:
            return ["id"]
        return super().get_available_fields(model)

    def get_queryset(self):
        # Only missions whose site has a home page the caller may read: a mission being
        # set up, or whose site is unpublished, is not in the directory.
        directory = sites.directory(self.request)
        site_of_home = {
            home.page_id: site_id
            for site_id, homes in directory.homes.items()
            for home in homes.values()
        }
        self._home_ids = set(
            visible_pages(self.request.user)
            .filter(pk__in=site_of_home)
            .values_list("pk", flat=True)
        )
        language = self.request.GET.get("language")
        if language is not None and language not in sites.LANGUAGE_CODES:
            raise UnknownValue("language", f"no content language has the code {language!r}")
        site_ids = {
            site_of_home[page_id]
            for page_id in self._home_ids
            if language is None
            or (
                directory.homes[site_of_home[page_id]].get(language, None) is not None
                and directory.homes[site_of_home[page_id]][language].page_id in self._home_ids
            )
        }
        return Mission.objects.select_related("member_state", "site").filter(site_id__in=site_ids)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self._load(page)
        return page

    def get_object(self):
        mission = super().get_object()
        self._load([mission])
        return mission

    def _load(self, missions):
        """Read the home pages and settings of ``missions`` together."""
        directory = sites.directory(self.request)
        visible = self._home_ids
        homes_by_site = {
            mission.site_id: {
                code: home
                for code, home in directory.homes.get(mission.site_id, {}).items()
                if home.page_id in visible
            }
            for mission in missions
        }
        home_pages = MissionHomePage.objects.in_bulk(
            [home.page_id for homes in homes_by_site.values() for home in homes.values()]
        )
        settings_by_site = {
            setting.site_id: setting
            for setting in MissionSettings.objects.filter(
                site_id__in=[mission.site_id for mission in missions]
            )
        }
        # The logos and their renditions, for the whole listing: two queries (api.images).
        logos = ImageSet()
        logos.load(setting.logo_id for setting in settings_by_site.values())
        self._data = {}
        for mission in missions:
            languages = []
            for code, home in sorted(homes_by_site[mission.site_id].items()):
                page = home_pages.get(home.page_id)
                languages.append(
                    {
                        "locale": code,
                        "name": (page.display_name or page.title) if page else None,
                        "html_url": page.get_full_url(self.request) if page else None,
                    }
                )
            setting = settings_by_site.get(mission.site_id)
            self._data[mission.pk] = {
                "languages": languages,
                "contacts": _contacts(setting),
                "logo": logos.object(
                    setting.logo_id if setting else None, base_url=mission.site.root_url
                ),
            }

    def listing_data(self, mission):
        return self._data[mission.pk]


def _contacts(setting):
    if setting is None:
        return {"address": "", "phone": "", "email": "", "social": []}
    return {
        "address": setting.address,
        "phone": setting.phone,
        "email": setting.email,
        "social": [{"name": name, "url": url} for name, url in setting.social_links],
    }
