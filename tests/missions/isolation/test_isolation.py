"""Mission isolation: a webmaster of mission A reaches nothing of mission B.

Each test case is one admin surface, attacked the way a curious webmaster would: by
typing the URL of mission B's page, image, document, task or settings. A refusal is
403, 404, 400, 405 or a redirect away, with nothing of B in the answer and nothing of
B changed. Listings, searches, choosers and reports must answer 200 with A's own content
and none of B's, so a listing that shows nothing at all cannot pass by accident.

Every object of mission B carries the word ``Bravotown`` in its title or file name;
every object of mission A ``Alphaville``.

Provisioning two missions takes seconds, so they are provisioned once for the package
(the suite's two missions, tests/conftest.py) and each module builds its world on them
inside a transaction; each test runs in a savepoint of it (pytest-django's usual
per-test rollback) and the module's world is rolled back at the module's end.
"""

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, TaskState
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)
from wagtail_factories import DocumentFactory, ImageFactory

from missions.models import Mission, MissionSettings
from tests.conftest import mission_as_provisioned, rolled_back_at_the_end
from tests.factories import (
    NewsItemPageFactory,
    RepresentativePageFactory,
    UserFactory,
    section,
)

A_MARK = "Alphaville"
B_MARK = "Bravotown"


@dataclass
class World:
    """Two missions, each with pages, a draft, a lock, a task, an image and a document."""

    mission_a: Mission
    mission_b: Mission
    webmaster_a: object
    moderator_a: object
    webmaster_b: object
    superuser: object
    home_a: Page
    news_index_a: Page
    news_index_a_en: Page
    page_a: Page
    page_a_en: Page
    pending_a: Page
    image_a: object
    document_a: object
    home_b: Page
    news_index_b: Page
    page_b: Page
    pending_b: Page
    task_state_b: TaskState
    image_b: object
    document_b: object


def _publish(page, user, title=None):
    if title:
        page.title = title
    page.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)


def _lock(page, user):
    page.locked, page.locked_by, page.locked_at = True, user, timezone.now()
    page.save(update_fields=["locked", "locked_by", "locked_at"])


def _english(mission, slug):
    """The English translation of one of the mission's starter sections."""
    return section(mission, slug).get_translations().get(locale__language_code="en").specific


def _slug(title):
    return title.lower().replace(" ", "-")


def _image(mission, title):
    return ImageFactory(
        collection=mission.collection, title=title, file__filename=f"{_slug(title)}.png"
    )


def _document(mission, title):
    return DocumentFactory(
        collection=mission.collection,
        title=title,
        file=ContentFile(b"%PDF-1.4 test", name=f"{_slug(title)}.pdf"),
    )


def build_world(mission_a, mission_b):
    """The attack world on the package's two missions (tests/missions/isolation/conftest.py)."""
    webmaster_a = UserFactory(username="webmaster_a", groups=[mission_a.editors_group])
    moderator_a = UserFactory(username="moderator_a", groups=[mission_a.moderators_group])
    webmaster_b = UserFactory(username="webmaster_b", groups=[mission_b.editors_group])
    superuser = UserFactory(username="secretariat")
    superuser.is_superuser = superuser.is_staff = True
    superuser.save()

    home_a = mission_a.site.root_page.specific
    _publish(home_a, webmaster_a, f"{A_MARK} mission home")
    news_index_a = section(mission_a, "news")
    page_a = NewsItemPageFactory(parent=news_index_a, title=f"{A_MARK} briefing", owner=webmaster_a)
    _publish(page_a, webmaster_a)
    _lock(page_a, webmaster_a)
    news_index_a_en = _english(mission_a, "news")
    page_a_en = NewsItemPageFactory(
        parent=news_index_a_en, title=f"{A_MARK} English briefing", owner=webmaster_a
    )
    pending_a = NewsItemPageFactory(parent=news_index_a, title=f"{A_MARK} pending", live=False)
    pending_a.save_revision(user=webmaster_a)
    mission_a.workflow.start(pending_a, webmaster_a)

    home_b = mission_b.site.root_page.specific
    _publish(home_b, webmaster_b, f"{B_MARK} mission home")
    news_index_b = section(mission_b, "news")
    page_b = NewsItemPageFactory(parent=news_index_b, title=f"{B_MARK} briefing")
    _publish(page_b, webmaster_b)
    page_b.title = f"{B_MARK} briefing, unpublished draft"
    page_b.save_revision(user=webmaster_b, log_action=True)
    page_b.refresh_from_db()
    _lock(page_b, webmaster_b)
    pending_b = NewsItemPageFactory(parent=news_index_b, title=f"{B_MARK} pending", live=False)
    pending_b.save_revision(user=webmaster_b)
    workflow_state_b = mission_b.workflow.start(pending_b, webmaster_b)

    return World(
        mission_a=mission_a,
        mission_b=mission_b,
        webmaster_a=webmaster_a,
        moderator_a=moderator_a,
        webmaster_b=webmaster_b,
        superuser=superuser,
        home_a=home_a,
        news_index_a=news_index_a,
        news_index_a_en=news_index_a_en,
        page_a=page_a,
        page_a_en=page_a_en,
        pending_a=pending_a,
        image_a=_image(mission_a, f"{A_MARK} flag"),
        document_a=_document(mission_a, f"{A_MARK} budget"),
        home_b=home_b,
        news_index_b=news_index_b,
        page_b=page_b,
        pending_b=pending_b,
        task_state_b=workflow_state_b.current_task_state,
        image_b=_image(mission_b, f"{B_MARK} flag"),
        document_b=_document(mission_b, f"{B_MARK} budget"),
    )


def module_world(build):
    """A module-wide fixture ``world`` made by ``build(mission_a, mission_b)`` on the
    package's two missions, rolled back when the module ends."""

    @pytest.fixture(scope="module")
    def world(_missions_of_the_package, django_db_blocker, tmp_path_factory):
        with rolled_back_at_the_end(django_db_blocker):
            media = tmp_path_factory.mktemp("media")
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(settings, "MEDIA_ROOT", media)
                built = build(*map(mission_as_provisioned, _missions_of_the_package))
            yield built

    return world


world = module_world(build_world)


@pytest.fixture
def login(client, db):
    """Log ``client`` in as one of the world's users."""

    def log_in(user):
        client.force_login(user)
        return client

    return log_in


def fingerprint_of_b(world):
    """Everything of mission B an attack could change, to compare before and after."""
    home_b = Page.objects.get(pk=world.home_b.pk)
    pages = Page.objects.descendant_of(home_b, inclusive=True).order_by("path")
    image_b = get_image_model().objects.filter(pk=world.image_b.pk).first()
    document_b = get_document_model().objects.filter(pk=world.document_b.pk).first()
    settings_b = MissionSettings.objects.get(site=world.mission_b.site)
    return {
        "pages": [
            (p.pk, p.path, p.title, p.live, p.locked, p.latest_revision_id) for p in pages.all()
        ],
        "copies elsewhere": Page.objects.filter(title__contains=B_MARK)
        .exclude(path__startswith=home_b.path)
        .count(),
        "image": image_b and (image_b.title, image_b.collection_id),
        "document": document_b and (document_b.title, document_b.collection_id),
        "settings": (settings_b.address, settings_b.phone),
        "task": TaskState.objects.get(pk=world.task_state_b.pk).status,
        "privacy": world.page_b.view_restrictions.count(),
    }


def assert_refused(response):
    """A refusal: forbidden, not found, bad request, wrong method or sent elsewhere.

    Whatever the refusal, nothing of B is in it.
    """
    assert response.status_code in (302, 400, 403, 404, 405), response.status_code
    if response.status_code == 302:
        assert B_MARK not in response["Location"]
    assert B_MARK not in response.content.decode()


# --- Typing the URL of one of B's objects -------------------------------------------

# Each surface builds, from the world, the admin URL of one of B's objects.
B_URLS = {
    "explorer of B's home": lambda w: reverse("wagtailadmin_explore", args=[w.home_b.pk]),
    "explorer results of B's news": lambda w: reverse(
        "wagtailadmin_explore_results", args=[w.news_index_b.pk]
    ),
    "page edit": lambda w: reverse("wagtailadmin_pages:edit", args=[w.page_b.pk]),
    "page preview": lambda w: reverse("wagtailadmin_pages:preview_on_edit", args=[w.page_b.pk]),
    "page view draft": lambda w: reverse("wagtailadmin_pages:view_draft", args=[w.page_b.pk]),
    "add subpage under B": lambda w: reverse(
        "wagtailadmin_pages:add_subpage", args=[w.news_index_b.pk]
    ),
    "add news item under B": lambda w: reverse(
        "wagtailadmin_pages:add", args=["missions", "newsitempage", w.news_index_b.pk]
    ),
    "preview of a new page under B": lambda w: reverse(
        "wagtailadmin_pages:preview_on_add", args=["missions", "newsitempage", w.news_index_b.pk]
    ),
    "page usage": lambda w: reverse("wagtailadmin_pages:usage", args=[w.page_b.pk]),
    "page delete": lambda w: reverse("wagtailadmin_pages:delete", args=[w.page_b.pk]),
    "page unpublish": lambda w: reverse("wagtailadmin_pages:unpublish", args=[w.page_b.pk]),
    "page convert alias": lambda w: reverse("wagtailadmin_pages:convert_alias", args=[w.page_b.pk]),
    "page lock": lambda w: reverse("wagtailadmin_pages:lock", args=[w.page_b.pk]),
    "page unlock": lambda w: reverse("wagtailadmin_pages:unlock", args=[w.page_b.pk]),
    "page move": lambda w: reverse("wagtailadmin_pages:move", args=[w.page_b.pk]),
    "page move out of B": lambda w: reverse(
        "wagtailadmin_pages:move_confirm", args=[w.page_b.pk, w.news_index_a_en.pk]
    ),
    "page move into B": lambda w: reverse(
        "wagtailadmin_pages:move_confirm", args=[w.page_a_en.pk, w.news_index_b.pk]
    ),
    "page reorder": lambda w: reverse("wagtailadmin_pages:set_page_position", args=[w.page_b.pk]),
    "page copy": lambda w: reverse("wagtailadmin_pages:copy", args=[w.page_b.pk]),
    "page privacy": lambda w: reverse("wagtailadmin_pages:set_privacy", args=[w.page_b.pk]),
    "page history": lambda w: reverse("wagtailadmin_pages:history", args=[w.page_b.pk]),
    "page history results": lambda w: reverse(
        "wagtailadmin_pages:history_results", args=[w.page_b.pk]
    ),
    "revisions index": lambda w: reverse("wagtailadmin_pages:revisions_index", args=[w.page_b.pk]),
    "revision view": lambda w: reverse(
        "wagtailadmin_pages:revisions_view", args=[w.page_b.pk, w.page_b.latest_revision_id]
    ),
    "revision of B's page through A's page": lambda w: reverse(
        "wagtailadmin_pages:revisions_view", args=[w.page_a.pk, w.page_b.latest_revision_id]
    ),
    "revision revert": lambda w: reverse(
        "wagtailadmin_pages:revisions_revert", args=[w.page_b.pk, w.page_b.latest_revision_id]
    ),
    "revision unschedule": lambda w: reverse(
        "wagtailadmin_pages:revisions_unschedule", args=[w.page_b.pk, w.page_b.latest_revision_id]
    ),
    "revisions compare": lambda w: reverse(
        "wagtailadmin_pages:revisions_compare", args=[w.page_b.pk, "earliest", "latest"]
    ),
    "workflow history": lambda w: reverse(
        "wagtailadmin_pages:workflow_history", args=[w.pending_b.pk]
    ),
    "workflow history detail": lambda w: reverse(
        "wagtailadmin_pages:workflow_history_detail",
        args=[w.pending_b.pk, w.task_state_b.workflow_state_id],
    ),
    "workflow approve": lambda w: reverse(
        "wagtailadmin_pages:workflow_action", args=[w.pending_b.pk, "approve", w.task_state_b.pk]
    ),
    "workflow approve of B's task through A's page": lambda w: reverse(
        "wagtailadmin_pages:workflow_action", args=[w.pending_a.pk, "approve", w.task_state_b.pk]
    ),
    "workflow action data": lambda w: reverse(
        "wagtailadmin_pages:collect_workflow_action_data",
        args=[w.pending_b.pk, "approve", w.task_state_b.pk],
    ),
    "workflow preview": lambda w: reverse(
        "wagtailadmin_pages:workflow_preview", args=[w.pending_b.pk, w.task_state_b.task_id]
    ),
    "workflow cancellation": lambda w: reverse(
        "wagtailadmin_pages:confirm_workflow_cancellation", args=[w.pending_b.pk]
    ),
    "editing session ping": lambda w: reverse(
        "wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", w.page_b.pk, 0]
    ),
    "page chooser browsing B's home": lambda w: reverse(
        "wagtailadmin_choose_page_child", args=[w.home_b.pk]
    ),
    "page chooser chosen": lambda w: (
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={w.page_b.pk}"
    ),
    "admin API page detail": lambda w: reverse("wagtailadmin_api:pages:detail", args=[w.page_b.pk]),
    "admin API children of B's news": lambda w: (
        reverse("wagtailadmin_api:pages:listing") + f"?child_of={w.news_index_b.pk}"
    ),
    "wagtail-localize translate page": lambda w: reverse(
        "wagtail_localize:submit_page_translation", args=[w.page_b.pk]
    ),
    "wagtail-localize convert to alias": lambda w: reverse(
        "wagtail_localize:convert_to_alias", args=[w.page_b.pk]
    ),
    # The addresses of two apps the project removed (wagtail.contrib.simple_translation,
    # wagtail.contrib.forms): nothing answers there any more.
    "simple translation submit": lambda w: f"/admin/translation/submit/page/{w.page_b.pk}/",
    "form submissions": lambda w: f"/admin/forms/submissions/{w.page_b.pk}/",
    "image edit": lambda w: reverse("wagtailimages:edit", args=[w.image_b.pk]),
    "image delete": lambda w: reverse("wagtailimages:delete", args=[w.image_b.pk]),
    "image usage": lambda w: reverse("wagtailimages:image_usage", args=[w.image_b.pk]),
    "image preview": lambda w: reverse("wagtailimages:preview", args=[w.image_b.pk, "fill-10x10"]),
    "image URL generator": lambda w: reverse("wagtailimages:url_generator", args=[w.image_b.pk]),
    "image URL generator output": lambda w: (
        reverse("wagtailimages:url_generator_output", args=[w.image_b.pk])
        + "?filter_method=original"
    ),
    "image multiple edit": lambda w: reverse("wagtailimages:edit_multiple", args=[w.image_b.pk]),
    "image multiple delete": lambda w: reverse(
        "wagtailimages:delete_multiple", args=[w.image_b.pk]
    ),
    "image chooser chosen": lambda w: reverse("wagtailimages_chooser:chosen", args=[w.image_b.pk]),
    "image chooser chosen multiple": lambda w: (
        reverse("wagtailimages_chooser:chosen_multiple") + f"?id={w.image_b.pk}"
    ),
    "image chooser select format": lambda w: reverse(
        "wagtailimages_chooser:select_format", args=[w.image_b.pk]
    ),
    "admin API image detail": lambda w: reverse(
        "wagtailadmin_api:images:detail", args=[w.image_b.pk]
    ),
    "document edit": lambda w: reverse("wagtaildocs:edit", args=[w.document_b.pk]),
    "document delete": lambda w: reverse("wagtaildocs:delete", args=[w.document_b.pk]),
    "document usage": lambda w: reverse("wagtaildocs:document_usage", args=[w.document_b.pk]),
    "document multiple edit": lambda w: reverse(
        "wagtaildocs:edit_multiple", args=[w.document_b.pk]
    ),
    "document multiple delete": lambda w: reverse(
        "wagtaildocs:delete_multiple", args=[w.document_b.pk]
    ),
    "document chooser chosen": lambda w: reverse(
        "wagtaildocs_chooser:chosen", args=[w.document_b.pk]
    ),
    "document chooser chosen multiple": lambda w: (
        reverse("wagtaildocs_chooser:chosen_multiple") + f"?id={w.document_b.pk}"
    ),
    "admin API document detail": lambda w: reverse(
        "wagtailadmin_api:documents:detail", args=[w.document_b.pk]
    ),
    "mission settings of B": lambda w: reverse(
        "wagtailsettings:edit", args=["missions", "missionsettings", w.mission_b.site.pk]
    ),
    "mission settings preview of B": lambda w: reverse(
        "wagtailsettings:preview_on_edit", args=["missions", "missionsettings", w.mission_b.site.pk]
    ),
    "B's collection": lambda w: reverse(
        "wagtailadmin_collections:edit", args=[w.mission_b.collection_id]
    ),
    "B's collection privacy": lambda w: reverse(
        "wagtailadmin_collections:set_privacy", args=[w.mission_b.collection_id]
    ),
    "B's site": lambda w: reverse("wagtailsites:edit", args=[w.mission_b.site.pk]),
    "B's workflow": lambda w: reverse(
        "wagtailadmin_workflows:edit", args=[w.mission_b.workflow_id]
    ),
    "B's moderators group": lambda w: reverse(
        "wagtailusers_groups:edit", args=[w.mission_b.moderators_group_id]
    ),
    "B's webmaster account": lambda w: reverse("wagtailusers_users:edit", args=[w.webmaster_b.pk]),
    "page types usage report": lambda w: reverse("wagtailadmin_reports:page_types_usage"),
}

ATTACKERS = ["webmaster_a", "moderator_a"]


@pytest.mark.parametrize("attacker", ATTACKERS)
@pytest.mark.parametrize("surface", list(B_URLS))
def test_webmaster_cannot_open_another_missions_object(world, login, attacker, surface):
    client = login(getattr(world, attacker))
    before = fingerprint_of_b(world)

    response = client.get(B_URLS[surface](world))

    assert_refused(response)
    assert fingerprint_of_b(world) == before


@pytest.mark.parametrize("attacker", ATTACKERS)
@pytest.mark.parametrize("surface", list(B_URLS))
def test_webmaster_cannot_change_another_missions_object(world, login, attacker, surface):
    client = login(getattr(world, attacker))
    before = fingerprint_of_b(world)
    # A form that would be valid for most of these views: a publish, a new title, a
    # new slug, a parent, locales to translate into, privacy settings.
    form = {
        "title": "Hijacked",
        "new_title": "Hijacked",
        "new_slug": "hijacked",
        "slug": "hijacked",
        "new_parent_page": str(world.news_index_a.pk),
        "action-publish": "action-publish",
        "locales": [str(pk) for pk in Locale.objects.values_list("pk", flat=True)],
        "restriction_type": "password",
        "password": "hijacked",
        "position": "0",
        "phone": "+1 000",
        "address": "Hijacked",
        "display_name": "Hijacked",
    }

    response = client.post(B_URLS[surface](world), form)

    assert response.status_code != 200 or B_MARK not in response.content.decode()
    assert fingerprint_of_b(world) == before


# --- Moving and copying across the border, with complete forms ---------------------


def test_webmaster_cannot_copy_own_page_into_another_mission(world, login):
    client = login(world.moderator_a)
    before = fingerprint_of_b(world)

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[world.page_a_en.pk]),
        {
            "new_title": f"{A_MARK} copy",
            "new_slug": "alphaville-copy",
            "new_parent_page": str(world.news_index_b.pk),
        },
    )

    assert_refused(response)
    assert fingerprint_of_b(world) == before
    assert not Page.objects.filter(slug="alphaville-copy").exists()


def test_webmaster_cannot_move_own_page_into_another_mission(world, login):
    client = login(world.webmaster_a)

    response = client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[world.page_a_en.pk, world.news_index_b.pk])
    )

    assert_refused(response)
    world.page_a_en.refresh_from_db()
    assert world.page_a_en.get_parent().pk == world.news_index_a_en.pk


def test_webmaster_cannot_upload_an_image_into_another_missions_collection(world, login):
    client = login(world.webmaster_a)

    client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Sneaky",
            "collection": str(world.mission_b.collection_id),
            "file": ImageFactory.build(file__filename="sneaky.png").file,
        },
    )

    assert (
        not get_image_model()
        .objects.filter(collection=world.mission_b.collection)
        .exclude(pk=world.image_b.pk)
        .exists()
    )


def test_translation_rights_do_not_open_another_missions_pages(world, login):
    """Even if the Secretariat grants translating, it is for the mission's own pages."""
    permission = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    world.mission_a.editors_group.permissions.add(permission)
    client = login(world.webmaster_a)
    before = fingerprint_of_b(world)

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[world.page_b.pk]),
        {"locales": [str(world.home_a.locale_id)]},
    )

    assert_refused(response)
    assert fingerprint_of_b(world) == before


# --- Choosing another mission's image by typing its id into a form ---------------------


def _edit_form(client, url, form_id):
    """The form of an admin edit view, as the browser would post it back unchanged."""
    data = querydict_from_html(client.get(url).content.decode(), form_id=form_id)
    if "body-count" not in data:
        data.update(nested_form_data({"body": streamfield([])}))
    return data


def test_webmaster_cannot_put_another_missions_image_on_own_page(world, login):
    representative = RepresentativePageFactory(parent=world.home_a, owner=world.webmaster_a)
    client = login(world.webmaster_a)
    url = reverse("wagtailadmin_pages:edit", args=[representative.pk])
    form = _edit_form(client, url, "page-edit-form")
    form["photo"] = str(world.image_b.pk)

    client.post(url, form)

    draft = Page.objects.get(pk=representative.pk).get_latest_revision_as_object()
    assert draft.photo_id != world.image_b.pk


def test_webmaster_cannot_use_another_missions_image_as_logo(world, login):
    client = login(world.webmaster_a)
    site_a = world.mission_a.site
    url = reverse("wagtailsettings:edit", args=["missions", "missionsettings", site_a.pk])
    form = _edit_form(client, url, "w-editor-form")
    form["logo"] = str(world.image_b.pk)

    client.post(url, form)

    assert MissionSettings.objects.get(site=site_a).logo_id != world.image_b.pk


def _save_body(client, page, blocks):
    """Post the page's edit form back with ``blocks`` as its body; return the response."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data = {key: values for key, values in form.lists() if not key.startswith("body-")}
    data.update(nested_form_data({"body": streamfield(blocks)}))
    return client.post(url, data)


def _draft_body_ids(page):
    draft = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    return str(draft.body.raw_data)


def _image_block(image):
    return ("image", {"image": image.pk, "alt_text": "A photo", "caption": ""})


def _linking_paragraph(linked_page):
    return ("paragraph", rich_text(f'<p><a id="{linked_page.pk}" linktype="page">Read</a></p>'))


def test_webmaster_cannot_put_another_missions_image_in_a_body(world, login):
    page = NewsItemPageFactory(parent=world.news_index_a, owner=world.webmaster_a)
    client = login(world.webmaster_a)

    response = _save_body(client, page, [_image_block(world.image_b)])

    assert response.status_code == 200  # the form comes back with the error
    assert "belongs to another mission" in response.content.decode()
    assert f"'image': {world.image_b.pk}" not in _draft_body_ids(page)


def test_webmaster_cannot_link_to_another_missions_page_in_rich_text(world, login):
    page = NewsItemPageFactory(parent=world.news_index_a, owner=world.webmaster_a)
    client = login(world.webmaster_a)

    response = _save_body(client, page, [_linking_paragraph(world.page_b)])

    assert "belongs to another mission" in response.content.decode()
    assert f'id=\\"{world.page_b.pk}\\"' not in _draft_body_ids(page)


def test_webmaster_can_put_own_image_and_own_links_in_a_body(world, login):
    page = NewsItemPageFactory(parent=world.news_index_a, owner=world.webmaster_a)
    client = login(world.webmaster_a)

    response = _save_body(
        client, page, [_image_block(world.image_a), _linking_paragraph(world.news_index_a)]
    )

    assert response.status_code == 302, response.content.decode()[-2000:]
    draft = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.body[0].value["image"].pk == world.image_a.pk
    assert f'id="{world.news_index_a.pk}"' in draft.body[1].value.source


# --- Listings, searches, choosers and reports -----------------------------------------

# Each surface: (who looks, the URL, a text of A's that must be there).
LISTINGS = {
    "dashboard": ("webmaster_a", lambda w: reverse("wagtailadmin_home"), f"{A_MARK} pending"),
    "explorer root": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_explore_root"),
        f"{A_MARK} mission home",
    ),
    "explorer of A's news": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_explore", args=[w.news_index_a.pk]),
        f"{A_MARK} briefing",
    ),
    "explorer search": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_explore_root") + "?q=briefing",
        f"{A_MARK} briefing",
    ),
    "admin search": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:search") + "?q=briefing",
        f"{A_MARK} briefing",
    ),
    "admin search results": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:search_results") + "?q=briefing",
        f"{A_MARK} briefing",
    ),
    "page chooser": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_choose_page"),
        f"{A_MARK} mission home",
    ),
    "page chooser in English": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_choose_page") + "?locale=en",
        "Permanent Mission of France",
    ),
    "page chooser for news items": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_choose_page") + "?page_type=missions.newsitempage",
        f"{A_MARK} mission home",
    ),
    "page chooser search": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_choose_page_search") + "?q=briefing",
        f"{A_MARK} briefing",
    ),
    "page type usage": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:type_use", args=["missions", "newsitempage"]),
        f"{A_MARK} briefing",
    ),
    "admin API page search": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_api:pages:listing") + "?search=briefing",
        f"{A_MARK} briefing",
    ),
    "admin API pages of the explorer menu": (
        "webmaster_a",
        lambda w: (
            reverse("wagtailadmin_api:pages:listing")
            + f"?child_of={w.news_index_a.pk}&for_explorer=1"
        ),
        f"{A_MARK} briefing",
    ),
    "admin API images": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_api:images:listing"),
        f"{A_MARK} flag",
    ),
    "admin API documents": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_api:documents:listing"),
        f"{A_MARK} budget",
    ),
    "locked pages report": (
        "moderator_a",
        lambda w: reverse("wagtailadmin_reports:locked_pages"),
        f"{A_MARK} briefing",
    ),
    "workflows report": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_reports:workflow"),
        f"{A_MARK} pending",
    ),
    "workflow tasks report": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_reports:workflow_tasks"),
        f"{A_MARK} pending",
    ),
    "site history report": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_reports:site_history"),
        f"{A_MARK} briefing",
    ),
    "aging pages report": (
        "moderator_a",
        lambda w: reverse("wagtailadmin_reports:aging_pages"),
        f"{A_MARK} briefing",
    ),
    "translations report": (
        "webmaster_a",
        lambda w: reverse("wagtail_localize:translations_report"),
        "Permanent Mission of France",
    ),
    "image library": ("webmaster_a", lambda w: reverse("wagtailimages:index"), f"{A_MARK} flag"),
    "image library search": (
        "webmaster_a",
        lambda w: reverse("wagtailimages:index_results") + "?q=flag",
        f"{A_MARK} flag",
    ),
    "image chooser": (
        "webmaster_a",
        lambda w: reverse("wagtailimages_chooser:choose"),
        f"{A_MARK} flag",
    ),
    "image chooser search": (
        "webmaster_a",
        lambda w: reverse("wagtailimages_chooser:choose_results") + "?q=flag",
        f"{A_MARK} flag",
    ),
    "document library": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs:index"),
        f"{A_MARK} budget",
    ),
    "document library search": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs:index_results") + "?q=budget",
        f"{A_MARK} budget",
    ),
    "document chooser": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs_chooser:choose"),
        f"{A_MARK} budget",
    ),
    "document chooser search": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs_chooser:choose_results") + "?q=budget",
        f"{A_MARK} budget",
    ),
}


@pytest.mark.parametrize("surface", list(LISTINGS))
def test_listing_shows_own_missions_content_and_nothing_of_another(world, login, surface):
    who, build_url, own_text = LISTINGS[surface]
    client = login(getattr(world, who))

    response = client.get(build_url(world), follow=True)

    content = response.content.decode()
    assert response.status_code == 200
    assert own_text in content
    assert B_MARK not in content


def test_reports_menu_does_not_offer_the_report_spanning_every_mission(world, login):
    client = login(world.moderator_a)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert reverse("wagtailadmin_reports:page_types_usage") not in response.content.decode()


# --- The webmaster still has everything of their own mission ------------------------

# Each surface: (who, the URL of one of A's objects, a text of A's the answer shows).
A_URLS = {
    "page edit": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:edit", args=[w.page_a.pk]),
        f"{A_MARK} briefing",
    ),
    "page history": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:history", args=[w.page_a.pk]),
        f"{A_MARK} briefing",
    ),
    "revisions compare": (
        "webmaster_a",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_compare", args=[w.page_a.pk, "earliest", "latest"]
        ),
        f"{A_MARK} briefing",
    ),
    "add news item": (
        "webmaster_a",
        lambda w: reverse(
            "wagtailadmin_pages:add", args=["missions", "newsitempage", w.news_index_a.pk]
        ),
        "News",
    ),
    "page chooser browsing A's news": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_choose_page_child", args=[w.news_index_a.pk]),
        f"{A_MARK} briefing",
    ),
    "page chooser chosen": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={w.page_a.pk}",
        f"{A_MARK} briefing",
    ),
    "workflow approve form": (
        "moderator_a",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_action",
            args=[
                w.pending_a.pk,
                "approve",
                w.pending_a.current_workflow_task_state.pk,
            ],
        ),
        "approve",
    ),
    "image edit": (
        "webmaster_a",
        lambda w: reverse("wagtailimages:edit", args=[w.image_a.pk]),
        f"{A_MARK} flag",
    ),
    "admin API image detail": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_api:images:detail", args=[w.image_a.pk]),
        f"{A_MARK} flag",
    ),
    "document edit": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs:edit", args=[w.document_a.pk]),
        f"{A_MARK} budget",
    ),
    "document chooser chosen": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs_chooser:chosen", args=[w.document_a.pk]),
        f"{A_MARK} budget",
    ),
    "mission settings": (
        "webmaster_a",
        lambda w: reverse(
            "wagtailsettings:edit", args=["missions", "missionsettings", w.mission_a.site.pk]
        ),
        # The site's name is now a field of the home page; the settings keep the colour.
        'value="#1f4e79"',
    ),
}


@pytest.mark.parametrize("surface", list(A_URLS))
def test_webmaster_can_open_own_missions_object(world, login, surface):
    who, build_url, own_text = A_URLS[surface]
    client = login(getattr(world, who))

    response = client.get(build_url(world))

    assert response.status_code == 200
    assert own_text in response.content.decode()


# The two tests below render the image, so they upload one into this test's media
# folder (the world's files live in the module's).


def test_webmaster_can_preview_own_missions_image(world, login):
    image = _image(world.mission_a, f"{A_MARK} portrait")
    client = login(world.webmaster_a)

    response = client.get(reverse("wagtailimages:preview", args=[image.pk, "fill-10x10"]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")


def test_webmaster_can_choose_own_missions_image(world, login):
    image = _image(world.mission_a, f"{A_MARK} portrait")
    client = login(world.webmaster_a)

    response = client.get(reverse("wagtailimages_chooser:chosen", args=[image.pk]))

    assert response.status_code == 200
    assert response.json()["result"]["title"] == f"{A_MARK} portrait"


def test_webmaster_can_copy_a_page_within_own_mission(world, login):
    client = login(world.webmaster_a)

    client.post(
        reverse("wagtailadmin_pages:copy", args=[world.page_a.pk]),
        {
            "new_title": f"{A_MARK} briefing, second",
            "new_slug": "alphaville-briefing-second",
            "new_parent_page": str(world.news_index_a.pk),
        },
    )

    copy = Page.objects.get(slug="alphaville-briefing-second")
    assert copy.get_parent().pk == world.news_index_a.pk


def test_webmaster_can_change_own_missions_settings(world, login):
    client = login(world.webmaster_a)
    site_a = world.mission_a.site

    response = client.post(
        reverse("wagtailsettings:edit", args=["missions", "missionsettings", site_a.pk]),
        {"address": f"{A_MARK} mission", "brand_colour": "#1f4e79", "phone": "+1 212"},
    )

    assert response.status_code == 302
    assert MissionSettings.objects.get(site=site_a).phone == "+1 212"


def test_secretariat_sees_every_mission(world, login):
    client = login(world.superuser)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[world.page_b.pk]))

    assert response.status_code == 200
    assert B_MARK in response.content.decode()


# --- Accounts, the Mission record and the door itself ------------------------------


def test_no_mission_group_may_manage_accounts_or_mission_records(world):
    forbidden_apps = ["auth", "wagtailusers"]
    for mission in (world.mission_a, world.mission_b):
        for group in mission.groups:
            granted = group.permissions.filter(content_type__app_label__in=forbidden_apps)
            assert not granted.exists(), group.name
            assert not group.permissions.filter(
                content_type__app_label="missions", content_type__model="mission"
            ).exists(), group.name


def test_webmaster_cannot_read_the_mission_record(world):
    webmaster = world.webmaster_a
    for action in ("add", "change", "delete", "view"):
        assert not webmaster.has_perm(f"missions.{action}_mission")


def test_the_isolation_door_guards_every_request():
    assert "missions.isolation.middleware.MissionIsolationMiddleware" in settings.MIDDLEWARE
