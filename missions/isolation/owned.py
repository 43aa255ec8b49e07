"""What a mission owns: every owned model, registered once with its road to the mission.

A mission owns its page trees (its home page in every language, each a child of the
root, and everything under them), its collection and the collections under it, its
Site and that site's settings, its workflow and that workflow's tasks, its two groups,
its Mission record, and whatever hangs off those (revisions, workflow and task states,
log entries, view restrictions, comments, wagtail-localize's translations of its
pages). Only the mission's own groups touch them; the Mission record, the site, the
workflow and the groups are the Secretariat's to change.

A new per-mission record registers in one line next to its model, e.g.
``ownership.register(Candidature, via=ForeignKey("mission"))``; the admin's querysets,
choosers, the permission policy, the isolation middleware and the inventory test
(``tests/missions/isolation/test_isolation_inventory.py``) then cover it.
"""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from missions.isolation.registry import (
    AnyOf,
    CollectionTree,
    ForeignKey,
    GenericForeignKey,
    Itself,
    MissionField,
    PageTree,
    TranslationKey,
    ownership,
)

# The mission and what its record names.
ownership.register("missions.Mission", via=Itself())
ownership.register("wagtailcore.Site", via=MissionField("site"))
ownership.register("wagtailcore.Workflow", via=MissionField("workflow"))
ownership.register("auth.Group", via=MissionField("editors_group", "moderators_group"))
ownership.register("missions.MissionSettings", via=ForeignKey("site"))
ownership.register("wagtailredirects.Redirect", via=ForeignKey("site"))

# Pages and what hangs off them.
ownership.register("wagtailcore.Page", via=PageTree())
ownership.register("wagtailcore.Revision", via=GenericForeignKey("wagtailcore.Page"))
ownership.register("wagtailcore.PageLogEntry", via=ForeignKey("page"))
ownership.register("wagtailcore.PageViewRestriction", via=ForeignKey("page"))
ownership.register("wagtailcore.PageSubscription", via=ForeignKey("page"))
ownership.register("wagtailcore.Comment", via=ForeignKey("page"))
ownership.register("wagtailcore.CommentReply", via=ForeignKey("comment"))

# Moderation: a workflow state is the mission's by its page or by its workflow.
ownership.register("wagtailcore.Task", via=ForeignKey("workflow_tasks__workflow"))
ownership.register(
    "wagtailcore.WorkflowState",
    via=AnyOf(GenericForeignKey("wagtailcore.Page"), ForeignKey("workflow")),
)
ownership.register("wagtailcore.TaskState", via=ForeignKey("workflow_state"))

# Media, through the collection tree.
ownership.register("wagtailcore.Collection", via=CollectionTree())
ownership.register("wagtailcore.CollectionViewRestriction", via=ForeignKey("collection"))
ownership.register(get_image_model(), via=ForeignKey("collection"))
ownership.register(get_document_model(), via=ForeignKey("collection"))
ownership.register(get_image_model().get_rendition_model(), via=ForeignKey("image"))

# wagtail-localize: a translation belongs to the page (in every language) it translates.
ownership.register("wagtail_localize.TranslatableObject", via=TranslationKey("translation_key"))
ownership.register("wagtail_localize.TranslationSource", via=TranslationKey("object_id"))
ownership.register("wagtail_localize.TranslationContext", via=TranslationKey("object_id"))
for _model in (
    "Translation",
    "StringSegment",
    "OverridableSegment",
    "TemplateSegment",
    "RelatedObjectSegment",
    "TranslationLog",
):
    ownership.register(f"wagtail_localize.{_model}", via=ForeignKey("source"))
ownership.register("wagtail_localize.StringTranslation", via=ForeignKey("context"))
ownership.register("wagtail_localize.SegmentOverride", via=ForeignKey("context"))
