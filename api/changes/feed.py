"""``GET /api/v2/changes/``: the changes of public content since a cursor, oldest first.

A consumer starts without ``since`` (from the beginning), reads ``items``, and asks
again with ``since=<meta.next_cursor>`` — at once while ``meta.has_more``, later
otherwise. Events are served in commit order (``api.changes.recording``), so resuming
from any cursor it was given yields exactly the events it has not seen, deletions
included. ``site`` (hostname or mission ISO3) and ``type`` (comma-separated event
types) narrow the feed; the cursor stays valid across them. The feed keeps
``API_CHANGES_KEEP_DAYS`` days of changes (api.changes.pruning): a cursor from before
them answers 410, and the consumer reads the listings again.

Caching: a page that is full (``has_more``) never changes, since events are only
appended and never reordered, so it may be kept for an hour by any cache. The last page
grows as changes happen: ``no-cache``, so a poll always reaches the journal (one
indexed range read).
"""

from django.conf import settings
from django.db.models import Max
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api.changes import cursor
from api.changes.serializers import (
    ChangeEventSerializer,
    ChangeFeedErrorSerializer,
    ChangeFeedSerializer,
)
from api.errors import ParameterError, error_response
from api.models import ChangeEvent, ChangeEventType, PrunedChanges
from api.sites import site_id_named

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
PARAMETERS = ("since", "limit", "site", "type")
FULL_PAGE_CACHE_CONTROL = "public, max-age=3600"
LAST_PAGE_CACHE_CONTROL = "no-cache"


def _limit(value):
    if value is None:
        return DEFAULT_LIMIT
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise ParameterError("limit", "limit must be a whole number of 1 or more")
    if int(value) > MAX_LIMIT:
        raise ParameterError("limit", f"limit may not be over {MAX_LIMIT}")
    return int(value)


class CursorExpired(ParameterError):
    """The cursor is from before the changes pruned (api.changes.pruning): 410 Gone."""


def _since(value):
    """The position after which to read (0: from the beginning)."""
    if value is None:
        return 0
    try:
        position = cursor.decode(value)
    except cursor.BadCursor:
        raise ParameterError("since", "since is not a cursor given by this feed") from None
    if position < PrunedChanges.horizon():
        raise CursorExpired(
            "since",
            f"since is older than the {settings.API_CHANGES_KEEP_DAYS} days of changes this "
            "feed keeps; read the listings again, then follow the feed without since",
        )
    latest = ChangeEvent.objects.aggregate(latest=Max("pk"))["latest"] or 0
    if position > latest:
        # Signed by this install but ahead of its journal (a database restored from an
        # older copy): reading on would silently skip the changes made since.
        raise ParameterError("since", "since is ahead of this feed; start again without it")
    return position


def _types(value):
    if value is None:
        return None
    types = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in types if name not in ChangeEventType.values]
    if unknown or not types:
        known = ", ".join(ChangeEventType.values)
        raise ParameterError("type", f"type must be one or more of {known}")
    return types


class ChangeFeedView(APIView):
    """The change feed: public, read-only, the same for every caller."""

    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="changes_list",
        summary="Changes of public content since a cursor",
        parameters=[
            OpenApiParameter(
                "since",
                OpenApiTypes.STR,
                description="A `meta.next_cursor` from an earlier answer; none: from the start.",
            ),
            OpenApiParameter(
                "limit",
                OpenApiTypes.INT,
                description=f"1 to {MAX_LIMIT} (default {DEFAULT_LIMIT}).",
            ),
            OpenApiParameter(
                "site", OpenApiTypes.STR, description="Hostname or mission ISO3 code."
            ),
            OpenApiParameter(
                "type",
                OpenApiTypes.STR,
                description="Comma-separated: " + ", ".join(ChangeEventType.values),
            ),
        ],
        responses={
            200: ChangeFeedSerializer,
            400: OpenApiResponse(ChangeFeedErrorSerializer, description="A parameter is wrong."),
            410: OpenApiResponse(
                ChangeFeedErrorSerializer,
                description=(
                    "`since` is older than the changes the feed keeps: read the listings "
                    "again, then follow the feed without `since`."
                ),
            ),
        },
    )
    def get(self, request):
        try:
            unknown = sorted(set(request.query_params) - set(PARAMETERS))
            if unknown:
                raise ParameterError(unknown[0], f"{unknown[0]} is not a parameter of this feed")
            params = request.query_params
            limit = _limit(params.get("limit"))
            since = _since(params.get("since"))
            types = _types(params.get("type"))
            events = ChangeEvent.objects.filter(pk__gt=since).order_by("pk")
            if params.get("site") is not None:
                events = events.filter(site_id=site_id_named(request, params["site"]))
            if types is not None:
                events = events.filter(type__in=types)
        except ParameterError as error:
            status = 410 if isinstance(error, CursorExpired) else 400
            return error_response(status, str(error), error.parameter)

        page = list(events[: limit + 1])
        has_more = len(page) > limit
        page = page[:limit]
        total_count = len(page) if not has_more else events.count()
        next_position = page[-1].pk if page else since
        response = Response(
            {
                "meta": {
                    "total_count": total_count,
                    "next_cursor": cursor.encode(next_position),
                    "has_more": has_more,
                },
                "items": ChangeEventSerializer(page, many=True).data,
            }
        )
        response["Cache-Control"] = FULL_PAGE_CACHE_CONTROL if has_more else LAST_PAGE_CACHE_CONTROL
        return response
