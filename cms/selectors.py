"""Read queries every site needs, whatever its family: its home, sections and pages.

Views, template tags and each site family's own selectors (``missions.selectors``) call
these instead of building querysets inline, so the query budget of every public page
lives in one place and tests can call them directly. Every function returns only live,
public pages of the site (or under the page) it is given: another site's pages, drafts
and private pages never appear.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from wagtail.models import Page


def live_public_children(model, parent):
    """The live, public pages of type ``model`` directly under ``parent``."""
    return model.objects.live().public().child_of(parent)


def subpages(page):
    """The live, public pages directly under ``page``, in the order of the page tree."""
    return live_public_children(Page, page)


def site_home(site, language_code):
    """The live home page of ``site`` in a language; the site's own root if it has none."""
    root = site.root_page
    home = (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=language_code)
        .first()
    )
    return home or root


def site_sections(home_path, home_depth):
    """The live, public pages directly under the home page whose tree path is ``home_path``.

    Takes the path rather than the page so a template that already has a page of the
    site can find its sections without loading the home page first: one query (plus
    Wagtail's one for private sections) whatever the size of the site.
    """
    return list(
        Page.objects.live()
        .public()
        .filter(path__startswith=home_path, depth=home_depth + 1)
        .order_by("path")
    )


def site_pages(site, home=None):
    """The live, public pages of ``site``: under ``home`` if given, else in every language.

    A site's translations of its home page are siblings of its root page, not
    descendants, so "every language" means every tree under one of those homes.
    """
    if home is not None:
        homes = [home]
    else:
        homes = list(site.root_page.get_translations(inclusive=True).only("path"))
    in_site = Q()
    for each in homes:
        in_site |= Q(path__startswith=each.path)
    return Page.objects.live().public().filter(in_site)


def paginate(request, items, per_page):
    """Return the requested page of ``items``; bad or out-of-range numbers give page 1/last."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
