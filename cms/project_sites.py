"""The install's own page: the list of its public sites, on hosts no site answers.

Wagtail's default site (``127.0.0.1:8000`` in the demo) and any host that matches no
site used to show Wagtail's stock "Welcome to your new Wagtail site!". They show the
sites of every family that gives itself a label (cms.site_families: the missions
register "Permanent missions to the United Nations"), each by name with its address,
until the Member State portal takes the place of this page. The core names no family:
it lists what the families registered.
"""

from dataclasses import dataclass, field

from wagtail.models import Site

from cms.site_families import family_of_site


@dataclass
class ListedSite:
    name: str
    url: str


@dataclass
class FamilyListing:
    label: str
    sites: list[ListedSite] = field(default_factory=list)


def listed_sites():
    """The labelled families with their sites, each sorted by name. One query."""
    listings = {}
    for site in Site.objects.select_related("root_page").order_by("site_name", "hostname"):
        family = family_of_site(site)
        if family is None or not family.label:
            continue
        listing = listings.setdefault(family.name, FamilyListing(label=str(family.label)))
        name = site.site_name or site.root_page.title
        listing.sites.append(ListedSite(name=name, url=f"{site.root_url}/"))
    for listing in listings.values():
        listing.sites.sort(key=lambda each: each.name.casefold())
    return sorted(listings.values(), key=lambda each: each.label.casefold())


def shows_the_project_page(request, page):
    """True when ``page`` is the home page of the default site of no family (what a host
    no site answers falls back to): its place is taken by the list of sites."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None or not site.is_default_site or family_of_site(site) is not None:
        return False
    return getattr(page, "translation_key", None) == site.root_page.translation_key
