"""The demo's content files: every one is seeded, and each says what the seeder needs.

These run without a database, so whoever edits a text learns in a second that a key is
misspelt or a translation lost a block, with the file and the place named.
"""

import dataclasses
import datetime

import pytest

from demo.content import CONTENT_DIR, MISSION_FILES, MISSIONS
from demo.content.loader import DemoContentError, load_mission
from demo.content.types import Picture
from demo.images import ILLUSTRATIONS

# (field of DemoMission, field of TranslatedPages) for each page a translation covers.
TRANSLATED_PAGES = [
    ("home", "home"),
    ("about", "about"),
    ("news_index", "news"),
    ("statements_index", "statements"),
    ("events_index", "events"),
    ("contact", "contact"),
]

MINIMAL_MISSION = """
iso3 = "FRA"
name = "france"
languages = ["fr"]

[details]
display_name = "Mission"
address = "New York"
phone = "+1 212 555 0100"
email = "mission@example.org"
social_handle = "mission-demo"
brand_colour = "#002654"
footer_text = "Demo."

[flag]
stripes = ["#002395", "#FFFFFF", "#ED2939"]

[home]
title = "Accueil"

[about]
title = "La Mission"

[news_index]
title = "Actualités"

[statements_index]
title = "Déclarations"

[events_index]
title = "Événements"

[contact]
title = "Contact"
introduction = "Écrivez-nous."
opening_hours = "9 h - 17 h"

[representative]
slug = "representant"
name = "M. Untel"
role = "Représentant permanent"
credentials_presented_on = 2024-09-03
title = "Le Représentant"
introduction = "Profil fictif."
"""


def write_mission(tmp_path, extra):
    path = tmp_path / "mission.toml"
    path.write_text(MINIMAL_MISSION + extra, encoding="utf-8")
    return path


def pages_and_translations():
    for mission in MISSIONS:
        for language, translated in mission.translations.items():
            for source_field, translated_field in TRANSLATED_PAGES:
                yield (
                    f"{mission.name}/{language}/{translated_field}",
                    getattr(mission, source_field),
                    getattr(translated, translated_field),
                )


def every_body(mission):
    pages = [
        *(getattr(mission, source) for source, _translated in TRANSLATED_PAGES),
        mission.representative,
        *mission.news,
        *mission.statements,
        *mission.events,
        *(
            getattr(translated, field)
            for translated in mission.translations.values()
            for _source, field in TRANSLATED_PAGES
        ),
    ]
    for page in pages:
        yield from page.body


def test_every_content_file_in_the_folder_is_seeded():
    on_disk = {path.name for path in CONTENT_DIR.glob("*.toml")}

    assert on_disk == set(MISSION_FILES)


def test_demo_missions_have_distinct_states_and_hostnames():
    assert len({mission.iso3 for mission in MISSIONS}) == len(MISSIONS)
    assert len({mission.hostname for mission in MISSIONS}) == len(MISSIONS)


def test_each_mission_is_translated_into_exactly_its_other_languages():
    for mission in MISSIONS:
        assert list(mission.translations) == list(mission.languages[1:]), mission.name


def test_every_translated_body_has_the_blocks_of_the_page_it_translates():
    mismatched = [
        where
        for where, source, translated in pages_and_translations()
        if [type(block) for block in source.body] != [type(block) for block in translated.body]
    ]

    assert mismatched == []


def test_every_picture_names_a_drawing_the_demo_can_make():
    unknown = {
        (mission.name, block.image)
        for mission in MISSIONS
        for block in every_body(mission)
        if isinstance(block, Picture) and block.image not in ILLUSTRATIONS
    }

    assert unknown == set()


def test_a_minimal_file_loads_with_the_defaults_of_the_optional_keys(tmp_path):
    mission = load_mission(write_mission(tmp_path, ""))

    assert (mission.iso3, mission.hostname) == ("FRA", "france.localhost")
    assert mission.flag.stripes == ("#002395", "#FFFFFF", "#ED2939")
    assert (mission.news, mission.translations, mission.demo_accounts) == ((), {}, False)


def test_body_blocks_are_read_by_their_first_key(tmp_path):
    path = write_mission(
        tmp_path,
        """
[[about.body]]
heading = "Notre rôle"
level = "h3"

[[about.body]]
picture = "assembly"
alt_text = "La salle"
""",
    )

    body = load_mission(path).about.body

    assert [dataclasses.asdict(block) for block in body] == [
        {"text": "Notre rôle", "level": "h3"},
        {"image": "assembly", "alt_text": "La salle", "caption": ""},
    ]


def test_an_events_length_is_read_in_minutes(tmp_path):
    path = write_mission(
        tmp_path,
        """
[[events]]
slug = "side-event"
title = "Side event"
introduction = "A round table."
location = "Conference Room 6"
days_from_today = 18
starts_at = 13:15:00
duration_minutes = 90
""",
    )

    (event,) = load_mission(path).events

    assert event.starts_at == datetime.time(13, 15)
    assert event.duration == datetime.timedelta(hours=1, minutes=30)


def test_a_misspelt_key_is_refused_with_the_file_and_the_place(tmp_path):
    path = write_mission(
        tmp_path, '\n[[about.body]]\npicture = "assembly"\nalt_text = "La salle"\ncaptoin = "…"\n'
    )

    with pytest.raises(DemoContentError, match=r"mission\.toml\.about\.body\[1\].*captoin"):
        load_mission(path)


def test_a_block_with_two_kinds_is_refused(tmp_path):
    path = write_mission(tmp_path, '\n[[about.body]]\nheading = "Titre"\nparagraph = "Texte"\n')

    with pytest.raises(DemoContentError, match="exactly one of heading, paragraph"):
        load_mission(path)


def test_a_missing_key_is_refused_by_name(tmp_path):
    path = write_mission(tmp_path, "").with_name("broken.toml")
    path.write_text(MINIMAL_MISSION.replace('iso3 = "FRA"\n', ""), encoding="utf-8")

    with pytest.raises(DemoContentError, match=r"broken\.toml: missing key\(s\) iso3"):
        load_mission(path)


def test_a_date_written_as_text_is_refused(tmp_path):
    path = write_mission(tmp_path, "").with_name("broken.toml")
    path.write_text(MINIMAL_MISSION.replace("= 2024-09-03", '= "2024-09-03"'), encoding="utf-8")

    with pytest.raises(DemoContentError, match=r"credentials_presented_on: expected date"):
        load_mission(path)


def test_a_toml_syntax_error_names_the_file(tmp_path):
    path = write_mission(tmp_path, '\n[about\ntitle = "La Mission"\n')

    with pytest.raises(DemoContentError, match=r"^mission\.toml: "):
        load_mission(path)
