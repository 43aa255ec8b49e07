"""What a page's content points at: the pages, images and documents named inside it.

A StreamField image block or a rich-text link stores only an id, so a forged form could
place another mission's image, document or page link inside a page's body even though
every chooser offers only the mission's own. Wagtail already knows how to list those
ids for its reference index (``extract_references`` on StreamField and RichTextField);
this module reuses it so the page form can refuse what belongs to another mission.
"""

from collections import defaultdict

from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page


def references_in_content(model, cleaned_data):
    """``{field name: {model: {ids}}}`` of what the content fields in ``cleaned_data`` name."""
    found = defaultdict(lambda: defaultdict(set))
    for field in model._meta.get_fields():
        if not isinstance(field, (StreamField, RichTextField)):
            continue
        value = cleaned_data.get(field.name)
        if not value:
            continue
        for referenced_model, object_id, _model_path, _content_path in field.extract_references(
            value
        ):
            found[field.name][referenced_model].add(object_id)
    return found


def foreign_references(model, cleaned_data, pages_allowed, members_allowed):
    """The content fields that name a page, image or document the user may not use.

    ``pages_allowed(queryset)`` and ``members_allowed(queryset)`` narrow a queryset of
    pages, or of images/documents, to what the user may touch (see missions.permissions).
    """
    refused = {}
    for field_name, by_model in references_in_content(model, cleaned_data).items():
        for referenced_model, ids in by_model.items():
            if issubclass(referenced_model, Page):
                allowed = pages_allowed(Page.objects.filter(pk__in=ids))
            elif issubclass(referenced_model, (AbstractImage, AbstractDocument)):
                allowed = members_allowed(referenced_model.objects.filter(pk__in=ids))
            else:
                continue
            allowed_ids = {str(pk) for pk in allowed.values_list("pk", flat=True)}
            if {str(pk) for pk in ids} - allowed_ids:
                refused[field_name] = referenced_model
    return refused
