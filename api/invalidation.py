"""What else makes the read API's stored responses stale, beyond the core's signals.

The core (cms.serving.invalidation) replaces a site's version token when its pages,
their privacy, its settings (MissionSettings included), the Site or a Locale change, and
wagtail-localize's translations are page saves and publishes, so it sees them too. The
API also shows what the core cannot know of (it names no app):

- the Mission record and its Member State (the missions directory shows the ISO3
  code, name and regional group): their mission's site;
- images and documents (listed by the ``images`` and ``documents`` endpoints, shown in
  pages as renditions with alt text, a focal point, a file): created, edited, replaced
  or deleted, and a collection's privacy: the sites of the missions whose collection
  holds them; a picture outside every mission's collection may be shown by any site,
  so every site's.

The public pages' cache shares the tokens, so a changed image also refreshes the pages
that show it. ``ApiConfig.ready`` imports this module, which connects the receivers.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Site

from cms.serving.tokens import invalidate_sites
from missions.models import MemberState, Mission

# Fields Wagtail fills in by itself on an image or a document it already has (the hash
# and size of an unchanged file, read the first time something asks): nothing shown.
UNSHOWN_MEDIA_FIELDS = frozenset({"file_hash", "file_size"})


def sites_of_collection(collection_id):
    """Ids of the sites whose mission's collection holds ``collection_id`` (itself or
    an ancestor); every site's when no mission's does (a shared collection)."""
    path = Collection.objects.filter(pk=collection_id).values_list("path", flat=True).first()
    if path is not None:
        step = Collection.steplen
        ancestors = [path[:end] for end in range(step, len(path) + 1, step)]
        site_ids = set(
            Mission.objects.filter(collection__path__in=ancestors).values_list("site_id", flat=True)
        )
        if site_ids:
            return site_ids
    return set(Site.objects.values_list("pk", flat=True))


@receiver(post_save, sender=Mission, dispatch_uid="api_cache_mission_saved")
@receiver(post_delete, sender=Mission, dispatch_uid="api_cache_mission_deleted")
def _on_mission_change(sender, instance, raw=False, **kwargs):
    if not raw:
        invalidate_sites([instance.site_id])


@receiver(post_save, sender=MemberState, dispatch_uid="api_cache_member_state_saved")
def _on_member_state_change(sender, instance, raw=False, **kwargs):
    if not raw:
        missions = Mission.objects.filter(member_state=instance)
        invalidate_sites(missions.values_list("site_id", flat=True))


def _on_media_change(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= UNSHOWN_MEDIA_FIELDS):
        return
    invalidate_sites(sites_of_collection(instance.collection_id))


for _model, _name in (
    (get_image_model(), "image"),
    (get_document_model(), "document"),
    (CollectionViewRestriction, "collection_privacy"),
):
    post_save.connect(_on_media_change, sender=_model, dispatch_uid=f"api_cache_{_name}_saved")
    post_delete.connect(_on_media_change, sender=_model, dispatch_uid=f"api_cache_{_name}_deleted")
