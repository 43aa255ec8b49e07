"""Which family of sites a site belongs to, and so which base template dresses its pages.

The core's own public pages (search results, "page not found") are served on every
site and must look like the site they are on: a mission's logo, colour and address on
a mission site, CandiWeb's on CandiWeb. The core imports no app, so each family tells
it, once at start-up (its ``AppConfig.ready``), which home page type its sites have
and which base template extends the neutral ``base.html`` for them::

    site_families.register("missions", MissionHomePage, "missions/base.html")

A family may also say which image a site shows as its icon (``icon_image``, a function
of the Site returning a Wagtail image or None): ``/favicon.ico`` (cms.views.favicon) is
then made from it, and sites without one get the neutral icon.

A site belongs to the family of its root page's type, or else of the nearest type that
type inherits from (a family registered for ``wagtailcore.Page`` would take in every
site no other family claims). A site of no family gets the neutral ``base.html``.
Finding the family costs no query: the root page's content type is loaded with the
site, and Django caches content types.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail.models import Page, Site

NEUTRAL_BASE_TEMPLATE = "base.html"


@dataclass(frozen=True)
class SiteFamily:
    """Sites whose root page is a ``home_page_type``, dressed by ``base_template``."""

    name: str
    home_page_type: type[Page]
    base_template: str
    # What the install's own page (cms.project_sites) calls the family's sites, e.g.
    # "Permanent missions"; empty: the family's sites are not listed there.
    label: str = ""
    # The image a site of the family shows as its icon at /favicon.ico: a function of
    # the Site returning a Wagtail image, or None (then the neutral icon).
    icon_image: Callable[[Site], Any] | None = None


# Keyed by home page type: one family for each.
_families: dict[type[Page], SiteFamily] = {}


def register(name, home_page_type, base_template, label="", icon_image=None):
    """Declare a family of sites; registering its home page type again replaces it."""
    family = SiteFamily(name, home_page_type, base_template, label, icon_image)
    _families[home_page_type] = family
    return family


def unregister(family):
    """Forget a registered family (tests that register a throwaway one)."""
    if _families.get(family.home_page_type) == family:
        del _families[family.home_page_type]


def family_of_site(site):
    """The registered family of ``site`` (a Site or None), or None."""
    if site is None:
        return None
    home_page_type = site.root_page.specific_class
    if home_page_type is None:
        # The root page's model is gone from the code (a removed app): no family's dress.
        return None
    return next((_families[t] for t in home_page_type.__mro__ if t in _families), None)


def base_template_for_request(request):
    """The base template of the site answering ``request``: its family's, else neutral."""
    site = Site.find_for_request(request) if request is not None else None
    family = family_of_site(site)
    return family.base_template if family is not None else NEUTRAL_BASE_TEMPLATE


def icon_image_of_site(site):
    """The image ``site`` (a Site or None) shows as its icon, as its family says; None
    for a site of no family, of a family that gives none, or without such an image."""
    family = family_of_site(site)
    if family is None or family.icon_image is None:
        return None
    return family.icon_image(site)
