"""``{% project_page page as listings %}``: the sites of the install (cms.project_sites)
when ``page`` is the default site's home page, else None."""

from django import template

from cms.project_sites import listed_sites, shows_the_project_page

register = template.Library()


@register.simple_tag(takes_context=True)
def project_page(context, page):
    if not shows_the_project_page(context.get("request"), page):
        return None
    return listed_sites()
