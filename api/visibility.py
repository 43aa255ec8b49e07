"""What the read API may show a caller: one rule, applied by every endpoint.

Only live pages, never a draft: the API serializes a page's published state (the page
row), never a revision. Of the live pages, a page under a view restriction (on itself
or an ancestor) is shown only to a caller the restriction lets in:

- a password restriction: nobody, ever. The API has no way to ask for the password,
  and stock Wagtail v2 serving such pages to a signed-in user is the hole this closes;
- "signed-in users": a caller authenticated by an API token or a session;
- "these groups": a signed-in caller in one of the groups (a superuser too, as on the
  site).

An anonymous caller so sees exactly what an anonymous visitor of the site sees. A token
stands for its user and never widens that: no draft, no password page, no group the user
is not in. Every listing, detail, ``find`` and filter starts from ``visible_pages``, so
a page hidden here cannot be reached by id, by path, as a parent, or as a translation.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


def _lets_in(restriction, user, user_group_ids):
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        return any(group.pk in user_group_ids for group in restriction.groups.all())
    return False  # a password, or a kind of restriction this module does not know


def hidden_paths(user):
    """Tree paths of the pages whose subtree ``user`` may not see (one or two queries)."""
    restrictions = PageViewRestriction.objects.select_related(None).only(
        "restriction_type", "page__path"
    )
    restrictions = restrictions.select_related("page").prefetch_related("groups")
    user_group_ids = (
        set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    )
    return sorted({r.page.path for r in restrictions if not _lets_in(r, user, user_group_ids)})


def visible_pages(user, model=Page, hidden=None):
    """The live pages of ``model`` that ``user`` (possibly anonymous) may read.

    ``hidden`` is ``hidden_paths(user)`` when the caller has it already: an endpoint
    starts from the visible pages several times a request (the items, the serializer's
    context, the translations, the filters) and reads the restrictions once.
    """
    # Never the tree's root (depth 1): it belongs to no site and is nobody's content.
    queryset = model.objects.live().filter(depth__gt=1)
    paths = hidden_paths(user) if hidden is None else hidden
    if paths:
        hidden = Q()
        for path in paths:
            hidden |= Q(path__startswith=path)
        queryset = queryset.exclude(hidden)
    return queryset
