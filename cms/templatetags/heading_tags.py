"""``{% heading_anchor %}``: the unique id of a heading block on its page (cms.anchors)."""

from django import template

from cms.anchors import anchor_for, heading_anchors

register = template.Library()


@register.simple_tag(takes_context=True)
def heading_anchor(context):
    """The id of the heading block being rendered: unique on the page when it is one
    of the page's body blocks, else made from its text alone."""
    value = context.get("value")
    body = getattr(context.get("page"), "body", None)
    if body is not None and hasattr(body, "raw_data"):
        anchor = heading_anchors(body).get(id(value))
        if anchor:
            return anchor
    return anchor_for(value.get("text") if value else "")
