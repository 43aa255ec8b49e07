"""The read API's OpenAPI 3 document (``/api/v2/schema/``) and its interactive docs
(``/api/v2/docs/``), made by drf-spectacular from the endpoints themselves.

drf-spectacular cannot read Wagtail's v2 endpoints by itself (wagtail/wagtail#6209):
their actions are ``listing_view``/``detail_view``/``find_view`` and their serializers
are built per request from ``?fields=``. ``ReadAPISchema`` describes them from the same
declarations the endpoints answer with, so the document cannot drift from them:

- an item's properties are the fields of the serializer the endpoint builds for
  ``?fields=*`` (every field it can ever show), for every model it serves, split into
  ``meta`` and body as Wagtail splits them. A field added to an endpoint (``meta_fields``,
  ``api_fields``, a serializer override) appears in the document by itself;
- each serializer field class is described once, below (``OpenApiSerializerFieldExtension``);
- a query parameter is documented from ``PARAMETERS``, and every parameter an endpoint
  accepts (``known_query_parameters``, its field filters) must be there.

Whatever the document cannot describe (a new field class, a new parameter) is a
drf-spectacular warning, and tests/api/schema fails on any warning: a change to an
endpoint without its documentation does not pass the suite.

Every property is optional (``?fields=`` chooses them) and may be ``null`` where Wagtail
writes ``null`` for a missing value; the listing envelope and the error body are fixed.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from drf_spectacular.drainage import warn
from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerFieldExtension,
)
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent, build_parameter_type
from drf_spectacular.utils import OpenApiParameter
from taggit.managers import TaggableManager
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

# --- Responses -------------------------------------------------------------------

ERROR = {
    "type": "object",
    "description": "Why the request was refused.",
    "properties": {
        "message": {"type": "string", "description": "What is wrong, in plain English."},
        "parameter": {
            "type": "string",
            "description": "The query parameter (or header) at fault; absent when no "
            "single one is (an object that does not exist).",
        },
    },
    "required": ["message"],
}

# What each refusal means, for every endpoint.
REFUSALS = {
    "400": "A query parameter is unknown, malformed or names nothing that exists "
    "(`parameter` says which).",
    "401": "The `Authorization` header carries no usable token (malformed, unknown, revoked).",
    "404": "No such object, or not one the caller may read.",
    "429": "Too many requests from this client: wait `Retry-After` seconds.",
}

# HTTP caching (api.http_caching): what a consumer sends to revalidate, and is told.
CONDITIONAL_HEADERS = {
    "If-None-Match": "An `ETag` from an earlier answer: 304 while it is current.",
    "If-Modified-Since": "A `Last-Modified` from an earlier answer: 304 while nothing "
    "newer (anonymous callers).",
}
RESPONSE_HEADERS = {
    "ETag": {
        "schema": {"type": "string"},
        "description": "A strong validator of the body: send it back in `If-None-Match`.",
    },
    "Last-Modified": {
        "schema": {"type": "string"},
        "description": "When the sites shown last changed.",
    },
    "Cache-Control": {
        "schema": {"type": "string"},
        "description": "`public, max-age=...` for anonymous callers, `private, no-store` "
        "for authenticated ones.",
    },
    "Content-Language": {
        "schema": {"type": "string"},
        "description": "The language(s) of the content served.",
    },
    "Retry-After": {
        "schema": {"type": "integer"},
        "description": "Seconds to wait before the next request.",
    },
}

# The component name of each endpoint's items; an endpoint not here is named after itself.
ITEM_NAMES = {
    "pages": "Page",
    "news": "NewsItem",
    "statements": "Statement",
    "events": "Event",
    "missions": "Mission",
    "images": "Image",
    "documents": "Document",
}

ENDPOINT_DESCRIPTIONS = {
    "pages": "Every live, public page of every site, of any type (`type` narrows it).",
    "news": "News items and press releases of every mission site, newest first.",
    "statements": "Statements missions delivered at UN bodies, latest meeting first.",
    "events": "Events of every mission site, soonest first.",
    "missions": "The directory of permanent missions with a live site.",
    "images": "Images shown by public content.",
    "documents": "Documents linked from public content.",
}

# --- Query parameters ------------------------------------------------------------

_ID = {"type": "integer", "minimum": 1}
_ID_OR_ROOT = {"oneOf": [_ID, {"type": "string", "enum": ["root"]}]}
_LANGUAGES = sorted(code for code, _name in settings.LANGUAGES)

# name: (schema, description). Wagtail's own parameters, the project's, and those of
# the endpoints' filters; what each means is the same on every endpoint that takes it.
PARAMETERS = {
    "limit": (
        {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX, "default": 20},
        f"How many items (at most {settings.WAGTAILAPI_LIMIT_MAX}).",
    ),
    "offset": (
        {"type": "integer", "minimum": 0, "maximum": 2**31 - 1, "default": 0},
        "How many items to skip.",
    ),
    "fields": (
        {"type": "string"},
        "Which fields to show, comma-separated: `*` all, `_` none, `-name` without one, "
        "`name(sub,fields)` for a related object's (e.g. `*,-body` or `_,title`).",
    ),
    "order": (
        {"type": "string"},
        "Field(s) to order by, comma-separated, `-` for descending; or `random`. Ties "
        "are broken by id, so offsets page without repeats.",
    ),
    "search": ({"type": "string", "maxLength": 1000}, "Full-text search words."),
    "search_operator": (
        {"type": "string", "enum": ["and", "or"]},
        "Whether every search word (`and`) or any (`or`) must match.",
    ),
    "rich_text_format": (
        {"type": "string", "enum": ["db_html", "html", "db_markdown", "markdown"]},
        "How rich text fields are written.",
    ),
    "type": (
        {"type": "string", "pattern": r"^[a-z_]+\.[A-Za-z]+(,[a-z_]+\.[A-Za-z]+)*$"},
        "Page type(s) `app_label.ModelName`, comma-separated (e.g. `missions.NewsItemPage`); "
        "with one type, its own fields can be asked for and filtered on.",
    ),
    "child_of": (_ID_OR_ROOT, "Only the children of this page (`root`: of `site`'s home)."),
    "descendant_of": (_ID_OR_ROOT, "Only pages under this page (`root`: under `site`'s home)."),
    "ancestor_of": (_ID, "Only the ancestors of this page."),
    "translation_of": (_ID_OR_ROOT, "Only the other language versions of this page."),
    "site": (
        {"type": "string"},
        "A site, by hostname (`france.un.example`) or by its mission's ISO 3166-1 alpha-3 "
        "code (`FRA`). Unknown: 400.",
    ),
    "locale": (
        {"type": "string", "enum": _LANGUAGES},
        "Only content in this language (its code). Unknown: 400.",
    ),
    "date_from": ({"type": "string", "format": "date"}, "From this day on (inclusive)."),
    "date_to": ({"type": "string", "format": "date"}, "Up to this day (inclusive)."),
    "fallback": (
        {"type": "string", "enum": ["0", "1", "true", "false"]},
        "With `locale`: a page missing in that language is served in the next language of "
        "its site's order, and says so (`meta.fallback`, `meta.served_locale`).",
    ),
    "html_path": (
        {"type": "string"},
        "A public path, language prefix included (`/fr/actualites/x/`), on `site` (else "
        "the host asked).",
    ),
    "id": (_ID, "The object with this id."),
    "iso3": (
        {"type": "string"},
        "ISO 3166-1 alpha-3 code(s) of the States, comma-separated, any case.",
    ),
    "regional_group": (None, "Only the States of this regional group."),
    "status": (None, "Only States of this status at the UN."),
    "language": (
        {"type": "string", "enum": _LANGUAGES},
        "Only missions whose site is in this language.",
    ),
    "_": ({"type": "string"}, "Ignored (a cache-buster some clients add)."),
    "format": ({"type": "string", "enum": ["json"]}, "Only `json`."),
}


def _enum_parameters():
    # Imported here: missions' models are ready only after the apps are.
    from missions.models import MemberState
    from missions.models.states import RegionalGroup

    return {
        "regional_group": {"type": "string", "enum": list(RegionalGroup.values)},
        "status": {"type": "string", "enum": list(MemberState.Status.values)},
    }


def _missions_order():
    from api.views.missions import ORDERS

    return {"type": "string", "enum": sorted([*ORDERS, *(f"-{name}" for name in ORDERS)])}


# --- The schema of Wagtail's v2 endpoints -----------------------------------------


def _router():
    from api.urls import router

    return router


def endpoint_name(endpoint):
    """The name ``endpoint`` is registered under in the API's router (``/api/v2/<name>/``)."""
    for name, registered in _router()._endpoints.items():
        if registered is endpoint:
            return name
    return endpoint.name


def endpoint_models(endpoint):
    """The models whose objects ``endpoint`` may answer with."""
    if issubclass(endpoint, PagesAPIViewSet) and endpoint.model is Page:
        return [Page, *(model for model in get_page_models() if model is not Page)]
    return [endpoint.model]


def all_fields_serializer(endpoint, model, show_details=True):
    """The serializer ``endpoint`` builds for ``?fields=*`` on ``model``."""
    serializer_class = endpoint._get_serializer_class(
        _router(), model, [("*", False, None)], show_details=show_details
    )
    return serializer_class(context={})


class ReadAPISchema(AutoSchema):
    """drf-spectacular's AutoSchema, which knows Wagtail's v2 endpoints (see the module)."""

    def _is_wagtail(self):
        return isinstance(self.view, BaseAPIViewSet)

    def _endpoint_name(self):
        return endpoint_name(type(self.view))

    def _action(self):
        return {"listing_view": "list", "detail_view": "retrieve", "find_view": "find"}[
            self.view.action
        ]

    def get_operation_id(self):
        if not self._is_wagtail():
            return super().get_operation_id()
        return f"{self._endpoint_name()}_{self._action()}"

    def get_tags(self):
        if not self._is_wagtail():
            return super().get_tags()
        return [self._endpoint_name()]

    def get_summary(self):
        if not self._is_wagtail():
            return super().get_summary()
        name = self._endpoint_name()
        return {
            "list": f"List {name}",
            "retrieve": f"One of {name}, by id",
            "find": f"Find one of {name}: a redirect to its detail",
        }[self._action()]

    def get_description(self):
        if not self._is_wagtail():
            return super().get_description()
        description = ENDPOINT_DESCRIPTIONS.get(self._endpoint_name(), "")
        if self._action() == "find":
            description += (
                " `find` answers 302 with the detail's address in `Location`, the other "
                "query parameters kept."
            )
        return description

    def _is_list_view(self, serializer=None):
        if self._is_wagtail():
            return False
        return super()._is_list_view(serializer)

    def get_request_serializer(self):
        if self._is_wagtail():
            return None
        return super().get_request_serializer()

    # Parameters.

    def _get_parameters(self):
        if not self._is_wagtail():
            return super()._get_parameters()
        parameters = []
        if self._action() == "retrieve":
            parameters.append(
                build_parameter_type(
                    name="id",
                    location=OpenApiParameter.PATH,
                    schema={"type": "integer", "minimum": 1},
                    description="The object's id.",
                )
            )
        if self._action() != "find":
            for name, description in CONDITIONAL_HEADERS.items():
                parameters.append(
                    build_parameter_type(
                        name=name,
                        location=OpenApiParameter.HEADER,
                        schema={"type": "string"},
                        description=description,
                    )
                )
        for name in sorted(self._query_parameter_names()):
            schema, description = self._parameter_documentation(name)
            parameters.append(
                build_parameter_type(
                    name=name,
                    location=OpenApiParameter.QUERY,
                    schema=schema,
                    description=description,
                )
            )
        return parameters

    def _query_parameter_names(self):
        view = self.view
        known = set(view.known_query_parameters)
        if self._action() == "list":
            return known | set(self._field_filters())
        # A detail or a find takes the others (api.views.base).
        from api.views.base import LISTING_ONLY_PARAMETERS

        names = known - LISTING_ONLY_PARAMETERS
        if self._action() == "find":
            names |= set(view.find_query_parameters)
        return names

    def _field_filters(self):
        """``{name: model field}`` of the fields a listing may be filtered on (``?slug=``)."""
        filters = {}
        view = self.view
        for model in endpoint_models(type(view))[:1]:
            for name in view.get_available_fields(model, db_fields_only=True):
                if name == "locale":
                    continue  # a filter of its own
                try:
                    field = model._meta.get_field(name)
                except FieldDoesNotExist:
                    continue
                # What api.views.base.check_field_filter lets through.
                if isinstance(field, TaggableManager) or (
                    field.concrete and not field.many_to_many and not isinstance(field, StreamField)
                ):
                    filters[name] = field
        return filters

    def _parameter_documentation(self, name):
        if name == "order" and self._endpoint_name() == "missions":
            return _missions_order(), PARAMETERS["order"][1]
        if name in PARAMETERS:
            schema, description = PARAMETERS[name]
            if schema is None:
                schema = _enum_parameters()[name]
            return dict(schema), description
        field = self._field_filters().get(name)
        if field is not None:
            schema = self._filter_schema(field)
            schema.pop("description", None)
            if isinstance(field, TaggableManager):
                return schema, "Only items with these tags (comma-separated): all must match."
            return schema, f"Only items whose `{name}` is this value."
        warn(
            f"the query parameter {name!r} of /api/v2/{self._endpoint_name()}/ has no "
            f"documentation: add it to api.schema.PARAMETERS"
        )
        return {"type": "string"}, ""

    def _filter_schema(self, field):
        if isinstance(field, TaggableManager):
            return {"type": "string"}
        if isinstance(field, models.ForeignKey):
            return {"type": "integer", "minimum": 1}
        schema = self._map_model_field(field, direction="request")
        schema.pop("readOnly", None)
        schema.pop("nullable", None)
        schema.pop("maxLength", None)
        if getattr(field, "choices", None):
            schema = {"type": "string", "enum": [value for value, _label in field.choices]}
        return schema

    # Responses.

    def get_response_serializers(self):
        if not self._is_wagtail():
            return super().get_response_serializers()
        item = self._item_component()
        error = self._component("Error", ERROR)
        action = self._action()
        responses = {}
        if action == "list":
            responses[200] = self._component(
                f"{item.name}Listing",
                {
                    "type": "object",
                    "properties": {
                        "meta": {
                            "type": "object",
                            "properties": {
                                "total_count": {
                                    "type": "integer",
                                    "minimum": 0,
                                    "description": "How many items match, on every page "
                                    "of the listing.",
                                }
                            },
                            "required": ["total_count"],
                        },
                        "items": {"type": "array", "items": item.ref},
                    },
                    "required": ["meta", "items"],
                },
            ).ref
        elif action == "retrieve":
            responses[200] = item.ref
        else:
            responses[302] = None
        if action != "find":
            responses[304] = None
        for code, _description in REFUSALS.items():
            responses[int(code)] = error.ref
        return responses

    def _get_response_for_code(
        self, serializer, status_code, media_types=None, direction="response"
    ):
        response = super()._get_response_for_code(serializer, status_code, media_types, direction)
        if self._is_wagtail():
            if status_code in REFUSALS:
                response["description"] = REFUSALS[status_code]
                if status_code == "429":
                    response["headers"] = {"Retry-After": RESPONSE_HEADERS["Retry-After"]}
            elif status_code == "200":
                response["description"] = (
                    "A page of the listing." if self._action() == "list" else "The object."
                )
                response["headers"] = {
                    name: header
                    for name, header in RESPONSE_HEADERS.items()
                    if name != "Retry-After"
                    and (name != "Content-Language" or _serves_translations(type(self.view)))
                }
            elif status_code == "304":
                response["description"] = (
                    "Not Modified: the copy the caller holds (`If-None-Match`, "
                    "`If-Modified-Since`) is current."
                )
            elif status_code == "302":
                response["description"] = "Found: `Location` is the object's detail address."
                response["headers"] = {
                    "Location": {"schema": {"type": "string", "format": "uri"}, "required": True}
                }
        return response

    def _component(self, name, schema):
        component = ResolvedComponent(
            name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema
        )
        self.registry.register_on_missing(component)
        return component

    def _item_component(self):
        endpoint = type(self.view)
        name = ITEM_NAMES.get(self._endpoint_name(), self._endpoint_name().title())
        component = ResolvedComponent(
            name=name, type=ResolvedComponent.SCHEMA, object=f"item:{name}"
        )
        if component not in self.registry:
            component.schema = self.item_schema(endpoint)
            self.registry.register_on_missing(component)
        return component

    def item_schema(self, endpoint):
        """One object of ``endpoint``: every field it can show, of every model it serves."""
        body, meta = {}, {}
        for model in endpoint_models(endpoint):
            serializer = all_fields_serializer(endpoint, model)
            meta_names = set(endpoint.get_meta_fields_names(model))
            for name, field in serializer.fields.items():
                schema = self._map_serializer_field(field, "response")
                schema.pop("readOnly", None)
                into = meta if name in meta_names else body
                if name in into and into[name] != schema:
                    # The same name with two shapes in two page types: either may come.
                    if {"oneOf": [into[name], schema]} != into[name]:
                        into[name] = _either(into[name], schema)
                    continue
                into[name] = schema
        if _serves_translations(endpoint):
            meta.update(FALLBACK_META)
        properties = dict(body)
        if meta:
            properties["meta"] = {"type": "object", "properties": meta}
        return {"type": "object", "properties": properties}


# What a page detail asked for with ``locale`` adds to its meta (api.fallback).
FALLBACK_META = {
    "served_locale": {
        "type": "string",
        "description": "With `locale`: the language the page is served in.",
    },
    "fallback": {
        "type": "boolean",
        "description": "With `locale`: true when the page is served in another language "
        "than the one asked for (`fallback=1`).",
    },
}


def _serves_translations(endpoint):
    from api.fallback import LanguageFallbackMixin

    return issubclass(endpoint, LanguageFallbackMixin)


def _either(first, second):
    options = first.get("anyOf", [first])
    if second not in options:
        options = [*options, second]
    return {"anyOf": options}


# --- Serializer fields: one description per class ---------------------------------


def _nullable(schema):
    return {**schema, "nullable": True}


NESTED_OBJECT = {
    "type": "object",
    "description": "A related object: its id, its meta (type, detail_url...) and the fields "
    "asked for with `fields=name(...)`.",
    "properties": {
        "id": {"type": "integer"},
        "meta": {
            "type": "object",
            "properties": {
                "type": {"type": "string"},
                "detail_url": {"type": "string", "format": "uri"},
                "html_url": {"type": "string", "format": "uri", "nullable": True},
                "download_url": {"type": "string"},
            },
        },
        "title": {"type": "string"},
    },
}


class _Fixed(OpenApiSerializerFieldExtension):
    schema = {}

    def map_serializer_field(self, auto_schema, direction):
        return dict(self.schema)


class TypeFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.TypeField"
    schema = {"type": "string", "description": "The model, `app_label.ModelName`."}


class PageTypeFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageTypeField"
    schema = {
        "type": "string",
        "nullable": True,
        "description": "The page type, `app_label.ModelName`.",
    }


class DetailUrlFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.DetailUrlField"
    schema = {"type": "string", "format": "uri", "description": "This object in the API."}


class FastDetailUrlFieldSchema(_Fixed):
    target_class = "api.serializers.DetailUrlField"
    schema = DetailUrlFieldSchema.schema


class PageHtmlUrlFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageHtmlUrlField"
    schema = {
        "type": "string",
        "format": "uri",
        "nullable": True,
        "description": "The page's public address, absolute.",
    }


class PageFullUrlFieldSchema(_Fixed):
    target_class = "api.serializers.PageFullUrlField"
    schema = PageHtmlUrlFieldSchema.schema


class PageLocaleFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageLocaleField"
    schema = {"type": "string", "description": "The page's language code."}


class LocaleCodeFieldSchema(_Fixed):
    target_class = "api.serializers.LocaleCodeField"
    schema = {"type": "string", "nullable": True, "description": "The page's language code."}


class TranslationsFieldSchema(_Fixed):
    target_class = "api.serializers.TranslationsField"
    schema = {
        "type": "array",
        "description": "The page's other language versions the caller may read.",
        "items": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "locale": {"type": "string"},
                "html_url": {"type": "string", "format": "uri", "nullable": True},
            },
            "required": ["id", "locale", "html_url"],
        },
    }


class TagsFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.TagsField"
    schema = {"type": "array", "items": {"type": "string"}}


class PrefetchedTagsSchema(_Fixed):
    target_class = "api.images._PrefetchedTags"
    schema = TagsFieldSchema.schema


class StreamFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.StreamField"
    schema = {
        "type": "array",
        "description": "The blocks of the body, in order: each its type, its value and its id.",
        "items": {
            "type": "object",
            "properties": {
                "type": {"type": "string"},
                "value": {},
                "id": {"type": "string"},
            },
            "required": ["type", "value"],
        },
    }


class RelatedFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.RelatedField"
    schema = _nullable(NESTED_OBJECT)


class PageParentFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageParentField"
    match_subclasses = True  # api.serializers.ParentField, the same object made faster
    schema = _nullable(
        {**NESTED_OBJECT, "description": "The parent page, if the caller may read it."}
    )


class PageAliasOfFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageAliasOfField"
    schema = _nullable(
        {
            **NESTED_OBJECT,
            "description": "The page this one is an alias of, if the caller may read it.",
        }
    )


class AliasOfFieldSchema(PageAliasOfFieldSchema):
    # api.serializers.AliasOfField, what the page endpoints use, is a PageParentField
    # for its code: described before PageParentFieldSchema claims it.
    target_class = "api.serializers.AliasOfField"
    priority = 1


class ChildRelationFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.ChildRelationField"
    schema = {"type": "array", "items": NESTED_OBJECT}


class ImageDownloadUrlFieldSchema(_Fixed):
    target_class = "wagtail.images.api.v2.serializers.ImageDownloadUrlField"
    schema = {"type": "string", "description": "The original file's address."}


class DocumentDownloadUrlFieldSchema(_Fixed):
    target_class = "wagtail.documents.api.v2.serializers.DocumentDownloadUrlField"
    schema = {"type": "string", "description": "The file's address."}


# The project's content fields (api.body, api.images): ready-to-use bodies and images.
RENDITION = {
    "type": "object",
    "properties": {
        "url": {"type": "string", "format": "uri"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
    },
    "required": ["url", "width", "height"],
}
IMAGE_PARTS = {
    "alt": {"type": "string", "description": "Alternative text."},
    "renditions": {
        "type": "object",
        "description": "Named sizes (`small`, `medium`, `large`, `xlarge`), never enlarged.",
        "additionalProperties": RENDITION,
    },
    "srcset": {"type": "string", "description": "For an `<img srcset>`: each width once."},
}
IMAGE_OBJECT = {
    "type": "object",
    "description": "An image as a page shows it: alt text, named renditions, a srcset.",
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        **IMAGE_PARTS,
        "width": {"type": "integer"},
        "height": {"type": "integer"},
    },
    "required": ["id", "title", "alt", "width", "height", "renditions", "srcset"],
}
DOCUMENT_OBJECT = {
    "type": "object",
    "description": "A document a page links to: its absolute download address.",
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "file_extension": {"type": "string"},
        "file_size": {"type": "integer", "nullable": True},
    },
    "required": ["id", "title", "url", "file_extension", "file_size"],
}
BODY_BLOCK = {
    "type": "object",
    "description": (
        "One block of a body, ready to show. `value` by `type`: `heading` {text, level}; "
        "`paragraph` the rich text (HTML by default, see `rich_text_format`); `image` "
        "{image: ImageObject or null, caption}; `quote` {quote, attribution}; `documents` "
        "{title, documents: [DocumentObject]}; `embed` {url, caption, html, title, "
        "provider_name, thumbnail_url}; `call_to_action` {text, button_label, page, url}; "
        "`table` as stored."
    ),
    "properties": {
        "type": {"type": "string"},
        "value": {},
        "id": {"type": "string", "nullable": True},
    },
    "required": ["type", "value"],
}


def _component_ref(auto_schema, name, schema):
    component = ResolvedComponent(
        name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema
    )
    auto_schema.registry.register_on_missing(component)
    return component.ref


class PageContentFieldSchema(OpenApiSerializerFieldExtension):
    target_class = "api.body._PageContentField"

    def map_serializer_field(self, auto_schema, direction):
        part = self.target.part
        if part == "body":
            block = _component_ref(auto_schema, "BodyBlock", BODY_BLOCK)
            return {"type": "array", "items": block}
        if part == "photo":
            image = _component_ref(auto_schema, "ImageObject", IMAGE_OBJECT)
            return {"allOf": [image], "nullable": True}
        if part == "delivered_document":
            document = _component_ref(auto_schema, "DocumentObject", DOCUMENT_OBJECT)
            return {"allOf": [document], "nullable": True}
        warn(f"the page field {part!r} (api.body) has no documentation")
        return {}


class ImagePartSchema(OpenApiSerializerFieldExtension):
    target_class = "api.images._ImagePart"

    def map_serializer_field(self, auto_schema, direction):
        if self.target.key not in IMAGE_PARTS:
            warn(f"the image field {self.target.key!r} (api.images) has no documentation")
            return {}
        return dict(IMAGE_PARTS[self.target.key])


class AbsoluteDownloadUrlSchema(_Fixed):
    target_class = "api.images._AbsoluteDownloadUrl"
    schema = {"type": "string", "format": "uri", "description": "The original file, absolute."}


# The missions directory's fields (api.views.missions), by the key each one reads.
MISSION_DIRECTORY_FIELDS = {
    "languages": {
        "type": "array",
        "description": "The site's languages: each its code, the mission's name in it and "
        "its home page.",
        "items": {
            "type": "object",
            "properties": {
                "locale": {"type": "string"},
                "name": {"type": "string", "nullable": True},
                "html_url": {"type": "string", "format": "uri", "nullable": True},
            },
            "required": ["locale", "name", "html_url"],
        },
    },
    "contacts": {
        "type": "object",
        "properties": {
            "address": {"type": "string"},
            "phone": {"type": "string"},
            "email": {"type": "string"},
            "social": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
                    "required": ["name", "url"],
                },
            },
        },
        "required": ["address", "phone", "email", "social"],
    },
    "logo": _nullable(
        {
            "type": "object",
            "description": "The mission's logo (an image), if it has one.",
            "properties": {"id": {"type": "integer"}},
            "required": ["id"],
        }
    ),
}


class MissionDirectoryFieldSchema(OpenApiSerializerFieldExtension):
    target_class = "api.views.missions._FromDirectory"

    def map_serializer_field(self, auto_schema, direction):
        if self.target.key not in MISSION_DIRECTORY_FIELDS:
            warn(f"the missions directory's field {self.target.key!r} has no documentation")
            return {}
        return dict(MISSION_DIRECTORY_FIELDS[self.target.key])


class APITokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.APITokenAuthentication"
    name = "apiToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A Wagtail API token (`manage.py api_tokens create --user U "
            "--name N`). Without one, the caller is anonymous and sees public content.",
        }


def only_the_read_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: the read API's endpoints, not the admin's."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v2/")]


class SessionCookieScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.SessionCookieAuthentication"
    name = "sessionCookie"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "cookie",
            "name": settings.SESSION_COOKIE_NAME,
            "description": "An editor's admin session, to try the API in the browser.",
        }
