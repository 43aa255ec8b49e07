"""Which site answers a request, and where every site's home pages are: kept per process.

Out of the box Wagtail asks the database, on every request, which site answers the
host (one query ordering the candidate sites with a CASE), and reads the root paths of
every site from the cache whenever a page builds a URL (with 200 missions in two
languages that is 400 entries to unpickle per request). Both change only when a Site
row is saved or deleted or a site's home pages change place, address or language (a
new language, a new slug, a home moved): cms.serving.invalidation then replaces the
*sites generation* token. Of each site's root page the directory keeps only those fields
(``DIRECTORY_PAGE_FIELDS``), so that locking, editing or publishing a home
page, which changes other fields, need not make every site's cached pages stale; a
request that reads another field of ``site.root_page`` has it read from the database
(a deferred field), never a value from an older directory. So each process keeps
a directory of the sites, their root paths and their home pages in every language,
with the generation it was read at; the one cache read a request already makes for
its site's page-cache tokens brings the current generation along, and a directory
from an older generation is read again.

Requests get fresh model instances built from the directory's values, never shared
ones, so nothing a view caches on ``request.site`` or its root page leaks into the
next request.

With the cache unavailable the generation cannot be checked: each request then reads
the sites from the database (two queries) rather than trust a directory that may be
old, and this process reads its directory again once the cache answers.
"""

import threading
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from cms.serving import wagtail_internals
from cms.serving.redis_client import CacheUnavailable
from cms.serving.tokens import SITES_GENERATION_KEY, read_request_tokens

# What the directory keeps of each home page: a change to one of these fields of a home
# page replaces the sites generation (cms.serving.invalidation).
DIRECTORY_PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "slug",
    "url_path",
    "live",
    "content_type_id",
    "alias_of_id",
    "translation_key",
    "locale_id",
)

# The order in which get_site_for_hostname() (wagtail.models.sites) prefers the sites that
# could answer a host; the rules below follow it exactly.
MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT, MATCH_DEFAULT, MATCH_HOSTNAME = range(4)


@dataclass(frozen=True)
class Home:
    """A site's home page in one language (its root page or a translation of it)."""

    page_id: int
    path: str
    url_path: str
    depth: int
    live: bool
    content_type_id: int
    alias_of_id: int | None


class RootPaths(list):
    """Wagtail's list of site root paths, indexed by root path.

    For every link it builds, Wagtail keeps the root paths a page's path starts with,
    comparing it with every entry: 400 with 200 missions in two languages. A page's
    root paths can only be prefixes of its own path, so ``relevant()`` looks those few
    prefixes up instead (the base page's ServingShortcutsMixin,
    cms.serving.wagtail_internals). The order is the list's (Wagtail's), so the most
    specific comes first.
    """

    def __init__(self, entries=()):
        super().__init__(entries)
        self.by_root_path = {}
        for position, entry in enumerate(self):
            self.by_root_path.setdefault(entry.root_path, []).append((position, entry))

    def relevant(self, url_path):
        found = []
        end = url_path.find("/")
        while end != -1:
            found.extend(self.by_root_path.get(url_path[: end + 1], ()))
            end = url_path.find("/", end + 1)
        found.sort(key=lambda item: item[0])
        return tuple(entry for _position, entry in found)


@dataclass
class Directory:
    generation: str | None
    # Field values to rebuild each Site and its root page for a request.
    site_values: dict = field(default_factory=dict)
    root_values: dict = field(default_factory=dict)
    # hostname -> ids of its sites (several when they differ by port), in Wagtail's order.
    by_hostname: dict = field(default_factory=dict)
    default_site_id: int | None = None
    root_paths: RootPaths = field(default_factory=RootPaths)
    # site id -> {language code: Home}
    homes: dict = field(default_factory=dict)


_SITE_FIELDS = [f.attname for f in Site._meta.concrete_fields]
# In the order of the model's fields, as Model.from_db() wants them.
_ROOT_PAGE_FIELDS = [
    f.attname for f in Page._meta.concrete_fields if f.attname in DIRECTORY_PAGE_FIELDS
]
HOME_FIELDS = ("pk", "path", "url_path", "depth", "live", "content_type_id", "alias_of_id")
_lock = threading.Lock()
_directory = Directory(generation=None)


def _read_directory(generation):
    """Every site, its root page and its home pages in every language: two queries."""
    directory = Directory(generation=generation)
    root_paths = []
    sites = list(Site.objects.select_related("root_page").order_by("hostname", "port"))
    for site in sites:
        directory.site_values[site.pk] = tuple(getattr(site, name) for name in _SITE_FIELDS)
        directory.root_values[site.pk] = tuple(
            getattr(site.root_page, name) for name in _ROOT_PAGE_FIELDS
        )
        directory.by_hostname.setdefault(site.hostname, []).append(
            (site.pk, site.port, site.is_default_site)
        )
        if site.is_default_site:
            directory.default_site_id = site.pk

    translations = {}
    for row in (
        Page.objects.filter(translation_key__in={site.root_page.translation_key for site in sites})
        .order_by("pk")
        .values(*HOME_FIELDS, "translation_key")
        .annotate(language_code=F("locale__language_code"))
    ):
        translations.setdefault(row["translation_key"], []).append(row)

    # Wagtail's own order (Site.get_site_root_paths): root path descending, the default
    # site first, then hostname; each sort below is stable, so the last one leads.
    ordered = sorted(sites, key=lambda s: s.hostname)
    ordered.sort(key=lambda s: s.is_default_site, reverse=True)
    ordered.sort(key=lambda s: s.root_page.url_path, reverse=True)
    i18n = getattr(settings, "WAGTAIL_I18N_ENABLED", False)
    for site in ordered:
        rows = translations.get(site.root_page.translation_key, [])
        directory.homes[site.pk] = {
            row["language_code"]: Home(*(row[name] for name in HOME_FIELDS)) for row in rows
        }
        if i18n:
            root_paths.extend(
                SiteRootPath(site.pk, row["url_path"], site.root_url, row["language_code"])
                for row in rows
            )
        else:
            root_paths.append(
                SiteRootPath(
                    site.pk, site.root_page.url_path, site.root_url, settings.LANGUAGE_CODE
                )
            )
    directory.root_paths = RootPaths(root_paths)
    return directory


def _match(directory, hostname, port):
    """The id of the site answering ``hostname:port``, as get_site_for_hostname() picks it."""
    candidates = []
    for site_id, site_port, is_default in directory.by_hostname.get(hostname, ()):
        if site_port == port:
            rank = MATCH_HOSTNAME_PORT
        elif is_default:
            rank = MATCH_HOSTNAME_DEFAULT
        else:
            rank = MATCH_HOSTNAME
        candidates.append((rank, site_id))
    default = directory.default_site_id
    if default is not None and all(site_id != default for _rank, site_id in candidates):
        candidates.append((MATCH_DEFAULT, default))
    if not candidates:
        return None
    candidates.sort(key=lambda candidate: candidate[0])  # stable: keeps the directory order
    best_rank, best = candidates[0]
    if len(candidates) == 1 or best_rank in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
        return best
    if best_rank == MATCH_DEFAULT:
        # A single site with this hostname (on another port) beats the default site.
        return candidates[len(candidates) == 2][1]
    return None


def _site_instance(directory, site_id):
    site = Site.from_db("default", _SITE_FIELDS, directory.site_values[site_id])
    site.root_page = Page.from_db("default", _ROOT_PAGE_FIELDS, directory.root_values[site_id])
    return site


def _directory_of_generation(generation):
    global _directory
    with _lock:
        if _directory.generation != generation:
            _directory = _read_directory(generation)
        return _directory


def forget():
    """Read the directory again on the next request (tests: a rolled-back transaction
    undoes sites without replacing the generation)."""
    global _directory
    with _lock:
        _directory = Directory(generation=None)


def _request_port(request):
    try:
        return int(request.get_port())
    except (TypeError, ValueError):
        return None


def known_site_id(request):
    """The id of the site answering ``request`` in the directory this process last read
    (None before it has read one): a hint, for the page cache, that costs no query."""
    directory = _directory
    if directory.generation is None:
        return None
    return _match(directory, split_domain_port(request._get_raw_host())[0], _request_port(request))


def directory_of(request):
    """The directory ``resolve`` found ``request``'s site in (None before it ran)."""
    return getattr(request, "_site_directory", None)


def resolve(request):
    """Find the site of ``request`` and give Wagtail what it would otherwise query.

    Sets the site ``Site.find_for_request`` returns, Wagtail's per-request copy of the
    root paths, and the request's version tokens (cms.serving.tokens). Idempotent.
    """
    directory = directory_of(request)
    if directory is not None:
        return wagtail_internals.site_of(request)
    hostname = split_domain_port(request._get_raw_host())[0]
    port = _request_port(request)
    directory = _directory
    site_id = _match(directory, hostname, port)
    try:
        # One cache round trip: the site's token and the sites generation together.
        generation = read_request_tokens(request, site_id)[SITES_GENERATION_KEY]
    except CacheUnavailable:
        forget()  # its generation cannot be checked: read it again once Redis answers
        directory = _read_directory(generation=None)
        site_id = _match(directory, hostname, port)
    else:
        if directory.generation != generation:
            # Read the generation before the database: if the sites change meanwhile,
            # the generation changes again and the next request reads them again.
            directory = _directory_of_generation(generation)
            site_id = _match(directory, hostname, port)
    site = _site_instance(directory, site_id) if site_id is not None else None
    wagtail_internals.set_site(request, site)
    # Shared by every request of this generation: nothing changes the list in place.
    wagtail_internals.set_site_root_paths(request, directory.root_paths)
    request._site_directory = directory
    return site
