"""Bulk content for the benchmark: a few hundred live pages per mission, in seconds.

Creating 50,000 pages one by one through ``add_child`` and revisions would take most of
an hour, and how fast an editor creates pages is not what the benchmark measures. So
the pages are written the way treebeard would write them (materialised paths computed
here), base rows with ``bulk_create`` and the page type's own rows with one multi-row
INSERT per batch: Django cannot ``bulk_create`` multi-table-inherited models. The
pages are live and public but have no revisions, search entries or references, which
serving them never reads.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from psycopg2.extras import execute_values
from wagtail.models import Page
from wagtail.rich_text import RichText

from missions.models import EventPage, NewsItemPage, StandardPage, StatementPage

# Per mission; with the 12 pages provisioning makes (6 in each of 2 languages) this
# gives 252 pages a mission, 50,400 for 200 missions.
NEWS_ITEMS = 150
STATEMENTS = 60
EVENTS = 20
STANDARD_PAGES = 10

# Kept as the sentence its words imitate, which a list of strings would not show.
WORDS = (  # noqa: SIM905
    "the mission welcomes the adoption of the resolution on sustainable development "
    "and reaffirms its commitment to multilateralism peace security human rights "
    "climate action oceans financing for development and the rule of law"
).split()


def _sentence(rng, length):
    words = rng.choices(WORDS, k=length)
    return " ".join(words).capitalize() + "."


def _body(rng, paragraphs):
    return [
        ("paragraph", RichText(f"<p>{' '.join(_sentence(rng, 18) for _ in range(4))}</p>"))
        for _ in range(paragraphs)
    ]


def _insert_specific_rows(model, pages):
    """INSERT the rows of the page type's own table (the part below wagtailcore.Page)."""
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    rows = [
        tuple(f.get_db_prep_save(f.pre_save(page, add=True), connection) for f in fields)
        for page in pages
    ]
    table = connection.ops.quote_name(model._meta.db_table)
    # Not injectable: only the model's own table and column names, quoted, are built into
    # the statement; the values go as parameters.
    statement = f"INSERT INTO {table} ({columns}) VALUES %s"  # noqa: S608
    with connection.cursor() as cursor:
        execute_values(cursor.cursor, statement, rows)


def bulk_add_children(parent, model, pages):
    """Add live ``pages`` (unsaved instances of ``model``) as the last children of ``parent``."""
    parent.refresh_from_db(fields=["numchild", "path", "depth", "url_path"])
    last_child = parent.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    base_rows = []
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.last_published_at = now
        base_rows.append(Page(**{f.attname: getattr(page, f.attname) for f in base_fields}))
    Page.objects.bulk_create(base_rows, batch_size=500)
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    _insert_specific_rows(model, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))


def fill_mission(mission, seed):
    """Add the news, statements, events and pages of one mission, in its default language."""
    # Seeded for the same filler text on every run; nothing here is a secret.
    rng = random.Random(seed)  # noqa: S311
    home = mission.site.root_page
    sections = {child.slug: child for child in home.get_children()}
    today = timezone.localdate()

    news = [
        NewsItemPage(
            title=f"Press release {n}: {_sentence(rng, 6)[:-1]}",
            slug=f"news-{n:03d}",
            introduction=_sentence(rng, 25),
            body=_body(rng, 4),
            publication_date=today - datetime.timedelta(days=NEWS_ITEMS - n),
        )
        for n in range(1, NEWS_ITEMS + 1)
    ]
    bulk_add_children(sections["news"], NewsItemPage, news)

    statements = [
        StatementPage(
            title=f"Statement {n}: {_sentence(rng, 6)[:-1]}",
            slug=f"statement-{n:03d}",
            introduction=_sentence(rng, 20),
            body=_body(rng, 6),
            un_body=rng.choice(["GA", "SC", "C1", "C2", "C3", "HRC"]),
            session="80th session",
            agenda_item="Item 18: Sustainable development",
            meeting_date=today - datetime.timedelta(days=3 * n),
            speaker="H.E. the Permanent Representative",
        )
        for n in range(1, STATEMENTS + 1)
    ]
    bulk_add_children(sections["statements"], StatementPage, statements)

    now = timezone.now()
    events = [
        EventPage(
            title=f"Side event {n}: {_sentence(rng, 5)[:-1]}",
            slug=f"event-{n:03d}",
            introduction=_sentence(rng, 20),
            body=_body(rng, 2),
            # Half upcoming, half past, so the home page lists upcoming events.
            starts_at=now + datetime.timedelta(days=7 * (n - EVENTS // 2)),
            location="Conference Room 4, UN Headquarters",
        )
        for n in range(1, EVENTS + 1)
    ]
    bulk_add_children(sections["events"], EventPage, events)

    pages = [
        StandardPage(
            title=f"About us {n}",
            slug=f"about-{n:02d}",
            introduction=_sentence(rng, 20),
            body=_body(rng, 5),
        )
        for n in range(1, STANDARD_PAGES + 1)
    ]
    bulk_add_children(sections["about"], StandardPage, pages)
