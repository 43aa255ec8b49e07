"""What a mission's pages are, told to search engines in schema.org terms (JSON-LD).

The home page describes the mission itself, a ``GovernmentOrganization`` (its name,
address, telephone, e-mail, logo and social accounts, from the home page and the
MissionSettings); a news item is a ``NewsArticle`` published by it, an event an
``Event`` it organises. Search engines show them as richer results (the mission's
panel, a news carousel, an events list). ``{% structured_data %}``
(missions.templatetags.findability_tags) writes them with cms.json_ld.
"""

from django.utils import timezone

SCHEMA = "https://schema.org"
EVENT_SCHEDULED = "https://schema.org/EventScheduled"
# A headline longer than this is cut by search engines' article results.
HEADLINE_MAX_LENGTH = 110


def _one_line(address):
    """A postal address typed on several lines, on one."""
    return ", ".join(line.strip() for line in address.splitlines() if line.strip())


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def organization(request, site_name, home_url, mission_settings):
    """The mission as a schema.org GovernmentOrganization."""
    data = {
        "@context": SCHEMA,
        "@type": "GovernmentOrganization",
        "name": site_name,
        "url": _absolute(request, home_url),
    }
    ms = mission_settings
    if ms is None:
        return data
    logo = getattr(ms, "header_logo", None)
    if logo is not None:
        data["logo"] = _absolute(request, logo.url)
    if ms.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": _one_line(ms.address),
        }
    if ms.phone:
        data["telephone"] = ms.phone
    if ms.email:
        data["email"] = ms.email
    same_as = [url for _label, url in ms.social_links]
    if same_as:
        data["sameAs"] = same_as
    return data


def _reference(org):
    """The organisation as named inside another item (publisher, organiser)."""
    keys = ("@type", "name", "url", "logo")
    return {key: org[key] for key in keys if key in org}


def _image_urls(request, page, filter_spec):
    picture = page.social_image()
    if picture is None:
        return []
    return [_absolute(request, picture.get_rendition(filter_spec).url)]


def news_article(request, page, org, page_url, filter_spec):
    """A news item as a schema.org NewsArticle."""
    modified = page.last_published_at or page.latest_revision_created_at
    published = page.publication_date.isoformat()
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "headline": page.title[:HEADLINE_MAX_LENGTH],
        "datePublished": published,
        # A page saved without a revision (imported, say) was last changed when published.
        "dateModified": timezone.localtime(modified).isoformat() if modified else published,
        "mainEntityOfPage": page_url,
        "inLanguage": page.locale.language_code,
        "publisher": _reference(org),
    }
    if page.introduction:
        data["description"] = page.introduction
    images = _image_urls(request, page, filter_spec)
    if images:
        data["image"] = images
    return data


def event(request, page, org, page_url, mission_settings):
    """An event as a schema.org Event."""
    place = {"@type": "Place", "name": page.location or org["name"]}
    address = getattr(mission_settings, "address", "")
    if address:
        place["address"] = _one_line(address)
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": page.title,
        "startDate": timezone.localtime(page.starts_at).isoformat(),
        "eventStatus": EVENT_SCHEDULED,
        "location": place,
        "organizer": _reference(org),
        "url": page_url,
        "inLanguage": page.locale.language_code,
    }
    if page.ends_at:
        data["endDate"] = timezone.localtime(page.ends_at).isoformat()
    if page.introduction:
        data["description"] = page.introduction
    return data


def for_page(request, page, site_name, home_url, mission_settings, image_filter):
    """The JSON-LD items of a mission page (none for a page type that has none)."""
    from missions.models import EventPage, MissionHomePage, NewsItemPage

    org = organization(request, site_name, home_url, mission_settings)
    page_url = page.get_full_url(request)
    if isinstance(page, MissionHomePage):
        return [org]
    if isinstance(page, NewsItemPage):
        return [news_article(request, page, org, page_url, image_filter)]
    if isinstance(page, EventPage):
        return [event(request, page, org, page_url, mission_settings)]
    return []
