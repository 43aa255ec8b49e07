"""Which site a request's ``site`` parameter names, and where that site's pages are.

A consumer names a site by its hostname (``france.un.example``) or, for a mission, by
its State's ISO 3166-1 alpha-3 code (``FRA``, any case). The answer comes from the
serving path's per-process directory of the sites (cms.serving.directory), so naming a
site by hostname costs no query; an ISO3 code costs one.
"""

from django.conf import settings
from django.db.models import Q

from api.errors import UnknownValue
from cms.serving.directory import directory_of, resolve
from missions.models import Mission

# The content languages of the install, as they appear in URL prefixes.
LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)


def directory(request):
    """The directory of the sites for ``request`` (read once per request)."""
    resolve(request)
    return directory_of(request)


def site_id_named(request, value):
    """The id of the site ``value`` names; UnknownValue when none does."""
    value = value.strip()
    if len(value) == 3 and value.isalpha():
        site_id = (
            Mission.objects.filter(member_state__iso3=value.upper())
            .values_list("site_id", flat=True)
            .first()
        )
        if site_id is not None:
            return site_id
    hostname = value.lower().split(":", 1)[0]
    candidates = directory(request).by_hostname.get(hostname)
    if candidates:
        return candidates[0][0]
    raise UnknownValue("site", f"no site has the hostname or mission code {value!r}")


def homes_of(request, site_id, language_code=None):
    """The site's home pages (cms.serving.directory.Home), in one language or all."""
    homes = directory(request).homes.get(site_id, {})
    if language_code is None:
        return list(homes.values())
    home = homes.get(language_code)
    return [home] if home is not None else []


def within(homes):
    """A filter keeping the pages at or under any of ``homes``."""
    condition = Q(pk__in=[])
    for home in homes:
        condition |= Q(path__startswith=home.path)
    return condition


def site_of_path(request, url_path):
    """The id of the site whose tree holds the page at ``url_path``, or None."""
    relevant = directory(request).root_paths.relevant(url_path)
    return relevant[0].site_id if relevant else None
