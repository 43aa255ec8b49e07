"""Which language a visitor gets.

Every public page lives under a language prefix (``/fr/...``). ``/`` redirects to the
best language the requesting site actually has, and a page is only served in its own
language (see ``cms.wagtail_hooks``), so ``/ar/`` on a site without Arabic is a 404
rather than the default language under the wrong prefix.
"""

import re

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Site

# Addresses in no language (cms/urls.py): the read API answers in the languages of the
# content asked for, and a site's icon is the same in all; neither is redirected to a
# prefix nor varies on Accept-Language.
LANGUAGE_NEUTRAL_PREFIXES = ("/api/", "/favicon.ico")
# A first path segment shaped like a language tag ("xx", "pt-br", "zh-hant"): two letters,
# then optional subtags. Three-letter slugs ("faq") are left alone.
LANGUAGE_TAG_SEGMENT = re.compile(r"^/[a-z]{2}(?:[-_][a-z0-9]{2,8})*(?:/|$)", re.IGNORECASE)


def site_languages(site):
    """The language codes in which ``site``'s home page is live, the default first."""
    root = site.root_page
    codes = list(
        root.get_translations(inclusive=True)
        .live()
        .order_by("locale__language_code")
        .values_list("locale__language_code", flat=True)
    )
    default = root.locale.language_code
    if default in codes:
        codes.remove(default)
        codes.insert(0, default)
    return codes


def best_language(accept_language, available):
    """The first language of the Accept-Language header the site has, else its default.

    ``fr-CA`` matches ``fr``; ``zh-CN``/``zh`` match ``zh-hans``; quality values order the
    header (Django's own parser).
    """
    by_prefix = {}
    for code in available:
        by_prefix.setdefault(code.lower(), code)
        by_prefix.setdefault(code.split("-")[0].lower(), code)
    for wanted, _quality in parse_accept_lang_header(accept_language or ""):
        if wanted == "*":
            break
        wanted = wanted.lower()
        for candidate in (wanted, wanted.split("-")[0]):
            if candidate in by_prefix:
                return by_prefix[candidate]
    return available[0]


def redirect_to_site_language(request):
    """``/`` -> the home page in the visitor's best language that this site has."""
    site = Site.find_for_request(request)
    languages = site_languages(site) if site else []
    if not languages:
        raise Http404("This site has no published home page.")
    language = best_language(request.headers.get("Accept-Language"), languages)
    with translation.override(language):
        response = HttpResponseRedirect(reverse("wagtail_serve", args=[""]))
    patch_vary_headers(response, ["Accept-Language"])
    return response


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus one redirect.

    For an address without a language prefix Django tries the same address under the
    visitor's language: ``/news/`` -> ``/en/news/`` helps, but ``/xx/news/`` ->
    ``/en/xx/news/`` only delays the 404 (and sends crawlers round in circles). An
    address whose first segment looks like a language we do not have is a 404 at once.
    Language-neutral addresses (the read API) are left alone, in the default language.
    """

    def process_request(self, request):
        if request.path_info.startswith(LANGUAGE_NEUTRAL_PREFIXES):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith(LANGUAGE_NEUTRAL_PREFIXES):
            return response
        if (
            response.status_code == 404
            and LANGUAGE_TAG_SEGMENT.match(request.path_info)
            and not translation.get_language_from_path(request.path_info)
        ):
            # Rendered in the visitor's language, as Django's own 404 would be.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
