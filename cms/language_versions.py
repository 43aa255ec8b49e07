"""The other-language versions of what a visitor is looking at.

Used by the language switcher (the languages the visitor can read this page in, and
the home page of each other language of the site, so the switcher is on every page), by
the ``hreflang`` alternates of ``<head>`` (absolute addresses, the page
itself included, plus ``x-default``) and by sitemap.xml.

A Wagtail page has versions only where its translation is live and public: a draft,
unpublished or private translation (a view restriction of any kind, on it or on a page
above it: shared password, logged-in users, groups) is never offered. A view that is not
a page (search) exists in every language of the site whose home page is public, so its
versions are the same address under each of those language prefixes.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from cms.i18n import site_languages
from cms.serving.site_data import cached_for_site

# Order of the languages in the switcher after the site's default one: the order of
# settings.LANGUAGES (the UN official languages first), the same on every page.
LANGUAGE_ORDER = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
LANGUAGE_NAMES = dict(settings.LANGUAGES)


@dataclass
class LanguageLink:
    """The same page (or view) in one language of the site."""

    code: str
    name: str
    # As the switcher links it: site-relative when on the same site.
    url: str
    # As search engines want it in hreflang alternates and sitemaps.
    absolute_url: str = ""
    current: bool = False
    # False for the switcher's link to a language's home page, when the page itself is
    # not translated into that language (see ``switcher_with_homes``).
    translated: bool = True


@dataclass
class LanguageVersions:
    """Every language version of one page or view."""

    links: list[LanguageLink] = field(default_factory=list)
    # The version in the site's default language, for hreflang="x-default"; empty when
    # the page does not exist in that language.
    x_default_url: str = ""
    # Whether search engines should be told about these versions (only for pages: a
    # search results page or an error page is not indexed).
    indexable: bool = False

    @property
    def switcher(self):
        """The switcher's links: none when there is nothing to switch to."""
        return self.links if len(self.links) > 1 else []


def in_site_order(codes, default_code):
    """``codes`` with the site's default language first, then in settings order."""
    return sorted(codes, key=lambda code: (code != default_code, LANGUAGE_ORDER.get(code, 99)))


def _link(request, code, url, current_code):
    absolute = request.build_absolute_uri(url) if request is not None else url
    return LanguageLink(
        code=code,
        name=LANGUAGE_NAMES.get(code, code),
        url=url,
        absolute_url=absolute,
        current=code == current_code,
    )


def _translation_urls(request, page, site_codes):
    """{language code: URL} of the live, public translations of ``page`` in the site's
    languages."""
    translations = page.get_translations(inclusive=True).live().public().select_related("locale")
    return {
        each.locale.language_code: each.get_url(request)
        for each in translations
        if each.locale.language_code in site_codes
    }


def page_versions(request, page, root_paths, default_code):
    """The live, public translations of ``page`` in the languages of its site, itself
    included (even when private: a visitor allowed in sees where they are).

    ``root_paths`` are the site's (root_path, language_code) pairs from Wagtail's cached
    site root paths. One query when the site has several languages (none once the site
    cache holds it), none otherwise.
    """
    # The serving hook (cms.wagtail_hooks) only serves a page under its own language.
    current_code = translation.get_language()
    site_codes = {code for _path, code in root_paths}
    if len(site_codes) < 2:
        urls = {current_code: page.get_url(request)}
    else:
        # The same for every visitor of the site until something in it is published.
        urls = cached_for_site(
            request,
            f"translation-urls:{page.pk}",
            lambda: _translation_urls(request, page, site_codes),
        )
        if current_code not in urls and page.live:
            urls = {**urls, current_code: page.get_url(request)}
    links = [
        _link(request, code, urls[code], current_code)
        for code in in_site_order(urls, default_code)
        if urls[code]
    ]
    x_default = next((link.absolute_url for link in links if link.code == default_code), "")
    return LanguageVersions(links=links, x_default_url=x_default, indexable=True)


def view_versions(request, site):
    """The versions of a view that is not a page (search, an error page) in each language.

    A routed view such as search keeps its address and query under each prefix; an
    address that matched no page (a 404) leads to each language's home page instead.
    """
    codes = cached_for_site(request, "public-languages", lambda: _public_languages(site))
    default_code = codes[0] if codes else ""
    current_code = translation.get_language()
    match = getattr(request, "resolver_match", None)
    routed = match is not None and match.url_name not in (None, "wagtail_serve")
    links = []
    for code in in_site_order(codes, default_code):
        if routed:
            url = translate_url(request.get_full_path(), code)
        else:
            with translation.override(code):
                url = reverse("wagtail_serve", args=[""])
        links.append(_link(request, code, url, current_code))
    return LanguageVersions(links=links)


def _public_languages(site):
    """The languages of ``site`` (the default first) whose home page is public."""
    private = set(
        site.root_page.get_translations(inclusive=True)
        .not_public()
        .values_list("locale__language_code", flat=True)
    )
    return [code for code in site_languages(site) if code not in private]


def switcher_with_homes(request, site, versions):
    """The language switcher of a page: its live versions, and for each other language
    of the site it is not translated into, that language's home page.

    A page that exists in one language of a multilingual site (a news item written only
    in French) keeps the switcher, so a visitor can always reach the part of the site in
    their language; the template says of such a link that it leads to the home page.
    """
    codes = cached_for_site(request, "public-languages", lambda: _public_languages(site))
    if len(codes) < 2:
        return versions.switcher
    by_code = {link.code: link for link in versions.links}
    current_code = translation.get_language()
    links = []
    for code in in_site_order(set(codes) | set(by_code), codes[0]):
        if code in by_code:
            links.append(by_code[code])
            continue
        with translation.override(code):
            home_url = reverse("wagtail_serve", args=[""])
        link = _link(request, code, home_url, current_code)
        link.translated = False
        links.append(link)
    return links if len(links) > 1 else []
