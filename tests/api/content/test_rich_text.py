"""Rich text and the body's blocks come out as HTML a consumer can publish as it is:
links to public pages and documents only, absolute; videos from what is stored."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Collection, CollectionViewRestriction

from tests.api.content.conftest import (
    body_of,
    make_document,
    news_with,
    restrict_to_signed_in_users,
    translate,
)
from tests.factories import NewsItemPageFactory, StatementPageFactory, UserFactory, section

VIDEO = "https://webtv.un.org/en/asset/k1x/k1xyz"


def link_to(page, words="the minister's speech"):
    return f'<a linktype="page" id="{page.pk}">{words}</a>'


def written_past_the_isolation_rule(page, *blocks):
    """Give ``page`` a body linking another mission's page: what the admin refuses
    (missions.content_rules) but content imported or written before the rule may hold."""
    page.body = list(blocks)
    page.save(clean=False)


def paragraph_of(api, page, **params):
    (block,) = [block for block in body_of(api, page, **params) if block["type"] == "paragraph"]
    return block["value"]


@pytest.fixture
def speech(mission_a):
    return NewsItemPageFactory(parent=section(mission_a, "news"), slug="speech")


def test_a_link_to_a_public_page_is_its_absolute_public_address(api, mission_a, speech):
    page = news_with(mission_a, ("paragraph", f"<p>Read {link_to(speech)}.</p>"))

    assert paragraph_of(api, page) == (
        '<p>Read <a href="http://france.localhost/fr/news/speech/">the minister\'s speech</a>.</p>'
    )


def test_a_link_to_a_draft_keeps_its_words_and_loses_the_link(api, mission_a, speech):
    speech.unpublish()
    page = news_with(mission_a, ("paragraph", f"<p>Read {link_to(speech)}.</p>"))

    assert paragraph_of(api, page) == "<p>Read the minister's speech.</p>"


def test_a_link_to_a_restricted_page_is_plain_text_even_for_a_caller_allowed_in(
    api, mission_a, speech
):
    restrict_to_signed_in_users(speech)
    page = news_with(mission_a, ("paragraph", f"<p>Read {link_to(speech)}.</p>"))
    api.force_authenticate(UserFactory())

    # A body is shown by consumers to the public: its links lead where anyone may go.
    assert paragraph_of(api, page) == "<p>Read the minister's speech.</p>"


def test_a_link_to_another_sites_unpublished_page_is_plain_text(api, mission_a, mission_b):
    kenyan = NewsItemPageFactory(parent=section(mission_b, "news"), slug="kenyan")
    kenyan.unpublish()
    page = news_with(mission_a)
    written_past_the_isolation_rule(page, ("paragraph", f"<p>See {link_to(kenyan, 'Kenya')}.</p>"))

    assert paragraph_of(api, page) == "<p>See Kenya.</p>"


def test_a_link_to_another_sites_public_page_is_on_that_sites_host(api, mission_a, mission_b):
    kenyan = NewsItemPageFactory(parent=section(mission_b, "news"), slug="kenyan")
    page = news_with(mission_a)
    written_past_the_isolation_rule(page, ("paragraph", f"<p>See {link_to(kenyan, 'Kenya')}.</p>"))

    assert 'href="http://kenya.localhost/en/news/kenyan/"' in paragraph_of(api, page)


def test_a_link_leads_to_the_translation_in_the_language_of_the_text(api, mission_a, speech):
    translate(speech, "en")
    page = news_with(mission_a, ("paragraph", f"<p>Read {link_to(speech)}.</p>"))
    english_page = translate(page, "en")

    assert "/en/news/speech/" in paragraph_of(api, english_page)


def test_a_link_to_a_document_is_its_absolute_download_address(api, mission_a):
    document = make_document(mission_a)
    link = f'<a linktype="document" id="{document.pk}">the text</a>'
    page = news_with(mission_a, ("paragraph", f"<p>Download {link}.</p>"))

    assert paragraph_of(api, page) == (
        f'<p>Download <a href="http://france.localhost/documents/{document.pk}/statement.pdf">'
        "the text</a>.</p>"
    )


def test_a_link_to_a_document_in_a_restricted_collection_is_plain_text(api, mission_a):
    private = mission_a.collection.add_child(instance=Collection(name="Internal"))
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document(mission_a, collection=private)
    link = f'<a linktype="document" id="{document.pk}">the text</a>'
    page = news_with(mission_a, ("paragraph", f"<p>Download {link}.</p>"))

    assert paragraph_of(api, page) == "<p>Download the text.</p>"


def test_db_html_keeps_wagtail_references_to_public_pages_only(api, mission_a, speech):
    draft = NewsItemPageFactory(parent=section(mission_a, "news"), slug="draft")
    draft.unpublish()
    text = f"<p>{link_to(speech, 'public')} and {link_to(draft, 'draft')}</p>"
    page = news_with(mission_a, ("paragraph", text))

    assert paragraph_of(api, page, rich_text_format="db_html") == (
        f'<p><a id="{speech.pk}" linktype="page">public</a> and draft</p>'
    )


def test_markdown_links_the_public_address(api, mission_a, speech):
    page = news_with(mission_a, ("paragraph", f"<p>Read {link_to(speech, 'this')}.</p>"))

    assert paragraph_of(api, page, rich_text_format="markdown").strip() == (
        "Read [this](http://france.localhost/fr/news/speech/)."
    )


def test_an_unknown_rich_text_format_is_a_400_naming_it(api, mission_a):
    page = news_with(mission_a, ("paragraph", "<p>Words.</p>"))

    response = api.get(f"/api/v2/pages/{page.pk}/", {"rich_text_format": "pdf"})

    assert response.status_code == 400
    assert response.json()["parameter"] == "rich_text_format"


def test_a_video_is_the_embed_stored_when_it_was_chosen_with_a_titled_frame(api, mission_a):
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html='<iframe src="https://webtv.un.org/embed/k1xyz"></iframe>',
        title="General debate",
        provider_name="UN Web TV",
    )
    page = news_with(mission_a, ("embed", {"url": VIDEO, "caption": "The address"}))

    (block,) = body_of(api, page)

    assert block["value"] == {
        "url": VIDEO,
        "caption": "The address",
        "html": '<iframe title="The address" src="https://webtv.un.org/embed/k1xyz"></iframe>',
        "title": "General debate",
        "provider_name": "UN Web TV",
        "thumbnail_url": "",
    }


def test_a_video_never_looked_up_is_its_address_without_asking_the_video_site(api, mission_a):
    # No finder is reached: the test has no network, and the API never waits on one.
    page = news_with(mission_a, ("embed", {"url": VIDEO, "caption": ""}))

    (block,) = body_of(api, page)

    assert block["value"]["url"] == VIDEO
    assert block["value"]["html"] is None


def test_a_button_to_a_draft_leads_nowhere(api, mission_a, speech):
    speech.unpublish()
    button = {"text": "Our position", "button_label": "Read", "page": speech, "url": ""}
    page = news_with(mission_a, ("call_to_action", button))

    (block,) = body_of(api, page)

    assert block["value"] == {
        "text": "Our position",
        "button_label": "Read",
        "page": None,
        "url": None,
    }


def test_a_button_to_a_public_page_gives_its_id_and_address(api, mission_a, speech):
    button = {"text": "Our position", "button_label": "Read", "page": speech, "url": ""}
    page = news_with(mission_a, ("call_to_action", button))

    (block,) = body_of(api, page)

    assert block["value"]["page"] == speech.pk
    assert block["value"]["url"] == "http://france.localhost/fr/news/speech/"


def test_a_document_list_leaves_out_a_document_in_a_restricted_collection(api, mission_a):
    private = mission_a.collection.add_child(instance=Collection(name="Internal"))
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    public = make_document(mission_a, title="Public statement")
    internal = make_document(mission_a, title="Internal note", collection=private)
    page = news_with(mission_a, ("documents", {"title": "Files", "documents": [public, internal]}))

    (block,) = body_of(api, page)

    assert block["value"] == {
        "title": "Files",
        "documents": [
            {
                "id": public.pk,
                "title": "Public statement",
                "url": f"http://france.localhost/documents/{public.pk}/statement.pdf",
                "file_extension": "pdf",
                "file_size": public.file_size,
            }
        ],
    }


def test_a_link_saved_without_a_target_is_plain_text_not_an_error(api, mission_a):
    page = news_with(mission_a)
    written_past_the_isolation_rule(page, ("paragraph", '<p><a linktype="page">Lost</a></p>'))

    assert paragraph_of(api, page) == "<p>Lost</p>"


def test_a_statements_delivered_document_is_a_document_object(api, mission_a):
    document = make_document(mission_a)
    statement = StatementPageFactory(
        parent=section(mission_a, "statements"), delivered_document=document
    )

    response = api.get(f"/api/v2/statements/{statement.pk}/")

    assert response.json()["delivered_document"] == {
        "id": document.pk,
        "title": "Statement as delivered",
        "url": f"http://france.localhost/documents/{document.pk}/statement.pdf",
        "file_extension": "pdf",
        "file_size": document.file_size,
    }
