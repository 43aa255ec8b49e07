"""What of each kind of object a user may touch or see: querysets narrowed by the registry.

Most of these are the registry's one answer (:meth:`Ownership.user_may_touch`) under a
name that says what it narrows, which the hooks and views call. The others cover
objects no mission owns but which name missions' content: tags, users, the groups a
page's privacy offers, the languages a page may be translated into.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry

from missions.isolation.membership import (
    every_mission_but,
    foreign_missions,
    is_unrestricted,
    missions_for_user,
)
from missions.isolation.registry import PageTree, ownership

# The first two steps of a page's tree path name the mission home it lives under.
HOME_PATH_LENGTH = Page.steplen * 2


def pages_of(missions):
    """Every page of the sites of ``missions`` (a queryset of missions), in every language."""
    return ownership.owned(Page, missions)


def collections_of(missions):
    """The collections of ``missions`` and every collection under them."""
    return ownership.owned(Collection, missions)


def mission_of_page(page):
    """The mission whose site ``page`` is in (in any language), or None.

    None also for a page not yet in the tree, which has no path.
    """
    return PageTree().mission_of(page, apps.get_model("missions", "Mission")._default_manager)


def owned_by_other_missions(mission, model, ids):
    """True when one of the ``model`` objects ``ids`` belongs to a mission other than ``mission``.

    What a model's objects belong to is the registry's to say; an unowned model's
    objects belong to no mission.
    """
    # An id that is not a number names nothing (and would be a database error).
    ids = [object_id for object_id in ids if str(object_id).isdigit()]
    if not ids or not ownership.covers(model):
        return False
    return ownership.owned(model, every_mission_but(mission)).filter(pk__in=ids).exists()


def objects_user_may_touch(user, queryset):
    """``queryset`` of any model without what belongs to another mission."""
    return ownership.user_may_touch(user, queryset)


def pages_user_may_touch(user, queryset=None):
    """``queryset`` (all pages by default) without the pages of other missions."""
    return ownership.user_may_touch(user, Page.objects.all() if queryset is None else queryset)


def collection_members_user_may_touch(user, queryset):
    """``queryset`` of images or documents without those of other missions' collections."""
    return ownership.user_may_touch(user, queryset)


def collections_user_may_touch(user):
    """Every collection but those of other missions."""
    return ownership.user_may_touch(user, Collection.objects.all())


def pages_user_may_view_when_logged_in(user, queryset):
    """``queryset`` of pages narrowed to those "Private, accessible to logged-in users"
    opens to ``user``.

    Every mission's users log in to this one install, so on a mission's page "logged-in
    users" means the mission's own users (its editors and moderators) and the
    Secretariat; anyone else is refused as an anonymous visitor is. A page of no mission
    keeps Wagtail's meaning (anyone logged in).
    """
    if not user.is_authenticated:
        return queryset.none()
    return pages_user_may_touch(user, queryset)


def collection_members_user_may_view_when_logged_in(user, queryset):
    """``queryset`` of images or documents narrowed to those "Private, accessible to
    logged-in users" on their collection opens to ``user``: as for pages, a mission's
    own users and the Secretariat."""
    if not user.is_authenticated:
        return queryset.none()
    return collection_members_user_may_touch(user, queryset)


def own_missions_pages(user, queryset=None):
    """``queryset`` (all pages by default) narrowed to the pages of the user's own missions.

    Unlike :func:`pages_user_may_touch`, it leaves out the pages of no mission: what a
    mission user's counts and lists of "their" pages are made of. All pages for superusers.
    """
    queryset = Page.objects.all() if queryset is None else queryset
    if is_unrestricted(user):
        return queryset
    return queryset.filter(pk__in=pages_of(missions_for_user(user)).values("pk"))


def tags_user_may_see(user, queryset):
    """``queryset`` of tags narrowed to those used on what the user may touch.

    A tag is only a name, shared by every mission that uses it, so it cannot be excluded
    as "another mission's"; instead a mission user is shown the tags of their own news
    items, images and documents, and no name that only another mission uses.
    """
    if is_unrestricted(user):
        return queryset
    news_items = apps.get_model("missions", "NewsItemPage").objects.all()
    news_tags = apps.get_model("missions", "NewsItemTag").objects.filter(
        content_object__in=pages_user_may_touch(user, news_items)
    )
    media_tags = Q()
    for model in (get_image_model(), get_document_model()):
        own = collection_members_user_may_touch(user, model.objects.all())
        media_tags |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=own.values("pk"),
        )
    used = apps.get_model("taggit", "TaggedItem").objects.filter(media_tags)
    return queryset.filter(Q(pk__in=news_tags.values("tag")) | Q(pk__in=used.values("tag")))


def groups_user_may_choose(user, queryset):
    """``queryset`` of groups narrowed to the editors and moderators groups of the user's
    own missions (every group for superusers): e.g. the groups a page's privacy names.

    Narrower than "not another mission's": Wagtail's own groups are nobody's, and a
    mission has no business naming them either.
    """
    if is_unrestricted(user):
        return queryset
    own = missions_for_user(user)
    return queryset.filter(
        Q(pk__in=own.values("editors_group")) | Q(pk__in=own.values("moderators_group"))
    )


def users_user_may_see(user, queryset):
    """``queryset`` of users narrowed to those of the user's own missions: the members of
    their groups, and whoever owns one of their pages or is named in its history.

    For the user filters of admin listings ("Owner", "Edited by"), which Wagtail fills
    with every user named on any page of the install.
    """
    if is_unrestricted(user):
        return queryset
    own_pages = own_missions_pages(user).values("pk")
    members = queryset.model.objects.filter(
        groups__in=groups_user_may_choose(user, Group.objects.all())
    )
    page_owners = Page.objects.filter(pk__in=own_pages, owner__isnull=False)
    page_history = PageLogEntry.objects.filter(page_id__in=own_pages, user__isnull=False)
    return queryset.filter(
        Q(pk__in=members.values("pk"))
        | Q(pk__in=page_owners.values("owner"))
        | Q(pk__in=page_history.values("user"))
    )


def locales_user_may_translate_into(user, page, queryset):
    """``queryset`` of locales narrowed to the languages of the site ``page`` is on.

    A mission's languages are those its home page is translated into (provisioning
    adds a language that way); a page translated into any other language would start
    a home tree, in that language, that the mission's site does not have.
    """
    if is_unrestricted(user):
        return queryset
    home = Page.objects.filter(depth=2, path=page.path[:HOME_PATH_LENGTH]).first()
    if home is None:
        return queryset.none()
    site_locales = Page.objects.filter(translation_key=home.translation_key).values("locale")
    return queryset.filter(pk__in=site_locales)


__all__ = [
    "HOME_PATH_LENGTH",
    "collection_members_user_may_touch",
    "collection_members_user_may_view_when_logged_in",
    "collections_of",
    "collections_user_may_touch",
    "foreign_missions",
    "groups_user_may_choose",
    "locales_user_may_translate_into",
    "mission_of_page",
    "objects_user_may_touch",
    "own_missions_pages",
    "owned_by_other_missions",
    "pages_of",
    "pages_user_may_touch",
    "pages_user_may_view_when_logged_in",
    "tags_user_may_see",
    "users_user_may_see",
]
