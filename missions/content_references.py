"""What a page's content points at: the pages, images and documents named inside it.

A StreamField image block or a rich-text link stores only an id, so a forged form could
place another mission's image, document or page link inside a page's body even though
every chooser offers only the mission's own. Wagtail already knows how to list those
ids for its reference index (``extract_references`` on StreamField and RichTextField);
this module reuses it so a page can refuse what belongs to another mission
(``missions.content_rules``).
"""

from collections import defaultdict

from wagtail.fields import RichTextField, StreamField


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
