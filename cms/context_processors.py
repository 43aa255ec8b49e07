"""What every template rendered for a request may use, beyond Django's and Wagtail's."""

from functools import partial

from cms.site_families import base_template_for_request


def site_base_template(request):
    """``site_base_template``: the base template of the request's site (cms.site_families).

    Templates the core serves on every site start ``{% extends site_base_template %}``.
    A callable, which Django calls only when a template reads it: the admin's pages,
    rendered with this processor too, never look the site up for it.
    """
    return {"site_base_template": partial(base_template_for_request, request)}
