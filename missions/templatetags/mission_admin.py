"""The explorer's everyday paths made one click shorter (``missions.admin_home``)."""

import copy

from django import template

register = template.Library()


@register.filter
def opens_its_list(page):
    """Whether ``page``'s row in the explorer opens its list of pages rather than its
    edit form: a section that lists pages (news, statements, events: a page type with a
    ``listing_role``), which a webmaster opens to add or find an item in it."""
    return bool(getattr(page.specific_class, "listing_role", ""))


@register.filter
def with_labels(buttons):
    """The explorer's header buttons with their words shown: Wagtail shows "Add child
    page" as a bare "+" ("only so much space in the header"), which nobody reads."""
    labelled = []
    for button in buttons:
        label = button.attrs.get("aria-label")
        if button.label or not label:
            labelled.append(button)
            continue
        button = copy.copy(button)
        button.attrs = {
            name: value
            for name, value in button.attrs.items()
            if name not in ("aria-label", "data-w-tooltip-content-value")
        }
        controller = button.attrs.get("data-controller", "").replace("w-tooltip", "").strip()
        if controller:
            button.attrs["data-controller"] = controller
        else:
            button.attrs.pop("data-controller", None)
        button.label = label
        labelled.append(button)
    return labelled
