"""What a mission page may contain, whoever or whatever wrote it.

The page editor's form refuses another mission's image typed into a chooser, but a page
also receives content by other roads: wagtail-localize writes translations (segment
overrides, translated strings, PO files, machine translation, sync) straight into the
page, with none of the form's checks. An attack on the demo used that road to put
another mission's unpublished image and draft page, and a ``javascript:`` link, on a
public page.

So the rule lives on the page itself: :meth:`missions.models.MissionPage.clean` calls
:func:`content_problems`, and Wagtail cleans a page every time it is saved or a revision
of it is saved or published, whichever road the content came by. The rule is:

* a page, image, document or snippet the content names belongs to no other mission
  (unowned content, such as shared media, stays allowed, as in the choosers);
* every link goes to a safe address: http, https, mailto, tel, or a relative address;
* rich text holds only the elements and attributes Wagtail's own editor writes
  (``wagtail.whitelist``), so no script, event handler, style or frame.
"""

from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.whitelist import DEFAULT_ELEMENT_RULES, PROTOCOL_RE

from missions.content_references import references_in_content
from missions.isolation.querysets import mission_of_page, owned_by_other_missions
from missions.isolation.registry import ownership

SAFE_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# The elements of Wagtail's whitelist, plus <embed>, which is how Wagtail's database
# format stores images and media inside rich text.
RICH_TEXT_ELEMENTS = {name for name in DEFAULT_ELEMENT_RULES if not name.startswith("[")} | {
    "embed"
}
# The attributes Wagtail's database format writes: links and embeds by type and id,
# and the block keys the editor puts on each paragraph, heading and list item.
RICH_TEXT_ATTRIBUTES = {
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
}
EVERY_ELEMENT_ATTRIBUTES = {"data-block-key"}


def is_safe_url(url):
    """True for http, https, mailto and tel addresses and for relative ones.

    Control characters and blanks are ignored as a browser would, so ``jav\\tascript:``
    is still recognised (the same normalisation as ``wagtail.whitelist.check_url``).
    """
    normalised = "".join(ch for ch in str(url).lower() if ch > " " and ch not in "\x7f`\ufffd")
    normalised = normalised.replace("&colon;", ":").replace("&#58;", ":")
    if not PROTOCOL_RE.match(normalised):
        return True
    return normalised.split(":", 1)[0] in SAFE_URL_SCHEMES


class _RichTextInspector(HTMLParser):
    """Collects what in a piece of rich text Wagtail's editor would never have written."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in RICH_TEXT_ELEMENTS:
            self.problems.append(_("the element <%(tag)s>") % {"tag": tag})
            return
        allowed = RICH_TEXT_ATTRIBUTES.get(tag, set()) | EVERY_ELEMENT_ATTRIBUTES
        for name, value in attrs:
            if name not in allowed:
                self.problems.append(
                    _("the attribute %(name)s on <%(tag)s>") % {"name": name, "tag": tag}
                )
            elif name in ("href", "url") and not is_safe_url(value or ""):
                self.problems.append(_("the address %(url)s") % {"url": value})

    handle_startendtag = handle_starttag


def rich_text_problems(html):
    """What in ``html`` (Wagtail's database format) the rich-text editor does not allow."""
    inspector = _RichTextInspector()
    inspector.feed(str(html or ""))
    inspector.close()
    return inspector.problems


def _stream_problems(block, value):
    """Unsafe links and disallowed rich text anywhere inside a StreamField value."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if isinstance(value, RichText) else value
        return rich_text_problems(source)
    if isinstance(block, (blocks.URLBlock, EmbedBlock)):
        url = getattr(value, "url", value)
        return [] if not url or is_safe_url(url) else [_("the address %(url)s") % {"url": url}]
    if isinstance(block, blocks.StreamBlock):
        return [p for child in value for p in _stream_problems(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [p for item in value for p in _stream_problems(block.child_block, item)]
    if isinstance(block, blocks.StructBlock):
        return [
            p
            for name, child_block in block.child_blocks.items()
            for p in _stream_problems(child_block, value.get(name))
        ]
    return []


def _field_problems(page, field):
    value = getattr(page, field.attname, None)
    if isinstance(field, RichTextField):
        return rich_text_problems(value)
    if isinstance(field, StreamField):
        return _stream_problems(field.stream_block, value)
    if isinstance(field, models.URLField) and value and not is_safe_url(value):
        return [_("the address %(url)s") % {"url": value}]
    return []


def _foreign_reference_fields(page, mission):
    """Content fields (and chooser fields) naming another mission's page, image, document
    or any other object the ownership registry says a mission owns."""
    named = {}  # {field name: {model: {ids}}}
    content = {
        field.name: getattr(page, field.name)
        for field in page._meta.get_fields()
        if isinstance(field, (StreamField, RichTextField))
    }
    for field_name, by_model in references_in_content(type(page), content).items():
        for model, ids in by_model.items():
            named.setdefault(field_name, {}).setdefault(model, set()).update(ids)
    for field in page._meta.concrete_fields:
        # Wagtail's own page fields (owner, locale, alias_of...) are not content.
        if not isinstance(field, models.ForeignKey) or field.model is Page:
            continue
        model = field.related_model
        object_id = getattr(page, field.attname)
        if object_id is not None and ownership.covers(model):
            named.setdefault(field.name, {}).setdefault(model, set()).add(object_id)
    refused = {}
    for field_name, by_model in named.items():
        for model, ids in by_model.items():
            if owned_by_other_missions(mission, model, ids):
                refused[field_name] = model
    return refused


def content_problems(page, mission=None):
    """``{field name: [messages]}`` of what ``page`` may not contain (empty when all is well).

    ``mission`` is the mission the page belongs to; by default the one whose site the
    page is in (a page not yet in the tree has none, and only its links are checked).
    """
    mission = mission or mission_of_page(page)
    problems = {}
    for field in page._meta.concrete_fields:
        found = _field_problems(page, field)
        if found:
            problems.setdefault(field.name, []).append(
                _(
                    "This content contains something the editor does not allow: %(what)s. "
                    "Links may only go to http://, https://, mailto: or tel: addresses, "
                    "or to a page of this site."
                )
                % {"what": "; ".join(str(p) for p in found[:3])}
            )
    if mission is not None:
        for field_name, model in _foreign_reference_fields(page, mission).items():
            problems.setdefault(field_name, []).append(
                _(
                    "This content uses an item (%(kind)s) that belongs to another mission. "
                    "Choose one of your own mission's instead."
                )
                % {"kind": model._meta.verbose_name}
            )
    return problems


def validate_page_content(page, mission=None):
    """Raise a ValidationError naming each field whose content breaks the rule."""
    problems = content_problems(page, mission)
    if problems:
        raise ValidationError(problems)
