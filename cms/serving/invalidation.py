"""What makes stored pages and site data stale: Wagtail's and Django's signals.

Publishing, unpublishing, moving, saving or deleting a page, changing a page's privacy
or the site's settings (e.g. MissionSettings) replaces the version token of the page's
site (cms.serving.tokens), so every page of that site, in every language and with every
query string, is stale at once, and so is every response that depends on all sites.
Locking, unlocking and saving a draft change nothing a visitor sees (the draft lives in
a revision): they replace no token at all.

Only what changes which site answers a host, or where a site's home pages are,
replaces the *sites generation* too, and so makes every site's pages stale: a Site row
saved or deleted, a Locale changed, and a home page (a site's root page or a
translation of it) added, deleted, moved, or changed in what the directory of the sites
keeps of it (``DIRECTORY_PAGE_FIELDS``: its place in the tree, its address, whether it
is live). Each process's directory of the sites (cms.serving.directory) is read again
after it. An editor's routine work on their own site (editing, publishing, locking,
even on the home page) changes none of these, so no other site's pages go stale
because of it.

With the cache down, publishing still succeeds: the replacement is logged and sent
again later (cms.serving.tokens).
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.serving import wagtail_internals
from cms.serving.directory import DIRECTORY_PAGE_FIELDS
from cms.serving.tokens import invalidate_sites

# The page fields Wagtail saves, alone, when a page is locked or unlocked
# (``update_fields``) or a draft of it is saved (Page.save_revision): nothing a visitor
# sees, so such a save makes nothing stored stale.
UNSERVED_PAGE_FIELDS = frozenset(
    {
        "locked",
        "locked_at",
        "locked_by",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        COMMENTS_RELATION_NAME,
    }
)


def _sites_of_paths(*url_paths):
    """Ids of the sites whose tree (in any language) holds one of these url_paths."""
    paths = [p for p in url_paths if p]
    return {
        root.site_id
        for root in wagtail_internals.site_root_paths()
        if any(p.startswith(root.root_path) for p in paths)
    }


def _sites_covered_by(*url_paths):
    """Ids of the sites with a page at or below one of these url_paths.

    A view restriction covers its page's subtree, which may hold whole sites (one on
    the tree's root page covers them all).
    """
    paths = [p for p in url_paths if p]
    return _sites_of_paths(*paths) | {
        root.site_id
        for root in wagtail_internals.site_root_paths()
        if any(root.root_path.startswith(p) for p in paths)
    }


def invalidate_page(page, sites_generation=False):
    invalidate_sites(_sites_of_paths(page.url_path), sites_generation=sites_generation)


@receiver(page_published, dispatch_uid="page_cache_published")
@receiver(page_unpublished, dispatch_uid="page_cache_unpublished")
def _on_publish_change(sender, instance, **kwargs):
    # Publishing and unpublishing also save the page: that save (below) decides whether
    # the sites generation changes too.
    invalidate_page(instance)


@receiver(post_page_move, dispatch_uid="page_cache_moved")
def _on_page_move(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    invalidate_sites(
        _sites_of_paths(url_path_before, url_path_after), sites_generation=instance.is_site_root()
    )


def _saves_only_unserved_fields(update_fields):
    return update_fields is not None and set(update_fields) <= UNSERVED_PAGE_FIELDS


def _directory_values(page):
    return tuple(getattr(page, name) for name in DIRECTORY_PAGE_FIELDS)


@receiver(pre_save, dispatch_uid="page_cache_before_save")
def _remember_directory_values(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a home page is saved, what the directory of the sites keeps of it."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if _saves_only_unserved_fields(update_fields):
        return
    if instance.is_site_root():
        instance._page_cache_directory_values = (
            Page.objects.filter(pk=instance.pk).values_list(*DIRECTORY_PAGE_FIELDS).first()
        )


def _changes_the_directory(page, created):
    """True when saving ``page`` changed what the directory of the sites keeps."""
    if created:
        return page.is_site_root()  # a new home: a site's new language
    before = page.__dict__.pop("_page_cache_directory_values", None)
    return before is not None and before != _directory_values(page)


@receiver(post_save, dispatch_uid="page_cache_saved")
@receiver(post_delete, dispatch_uid="page_cache_deleted")
def _on_model_change(sender, instance, raw=False, **kwargs):
    """Pages saved outside publishing, privacy rules, site settings and the sites."""
    if raw:  # loaddata
        return
    if isinstance(instance, Page):
        if _saves_only_unserved_fields(kwargs.get("update_fields")):
            return  # locked, unlocked or a draft saved: nothing a visitor sees changed
        if "created" in kwargs:  # saved
            sites_generation = _changes_the_directory(instance, kwargs["created"])
        else:  # deleted
            sites_generation = instance.is_site_root()
        invalidate_page(instance, sites_generation=sites_generation)
    elif isinstance(instance, PageViewRestriction):
        # Read the path rather than instance.page: the page may be going in the same delete.
        url_paths = Page.objects.filter(pk=instance.page_id).values_list("url_path", flat=True)
        invalidate_sites(_sites_covered_by(*url_paths))
    elif isinstance(instance, BaseSiteSetting):
        invalidate_sites([instance.site_id])
    elif isinstance(instance, Site):
        invalidate_sites([instance.pk], sites_generation=True)
    elif isinstance(instance, Locale):
        # The directory of the sites names each home page's language by its Locale.
        invalidate_sites([], sites_generation=True)
