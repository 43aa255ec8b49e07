"""Read one demo mission's TOML file into the shapes of :mod:`demo.content.types`.

The texts live in TOML files rather than Python modules so that the people who write
and translate them edit plain text: no quotes to balance across lines, no constructors
to remember, every field named. The file's tables and keys are the dataclasses' field
names, with two conveniences: a body is a list of blocks each named by its first key
(``heading``, ``paragraph``, ``picture`` or ``quote``), and an event's length is
``duration_minutes``. A key the loader does not know, or a value of the wrong kind, is
an error that names the file and the place, so a typo cannot silently drop a text.
"""

import dataclasses
import datetime
import tomllib
from pathlib import Path

from demo.content.types import (
    ContactText,
    DeliveredText,
    DemoMission,
    Event,
    Flag,
    Heading,
    NewsItem,
    PageText,
    Paragraph,
    Picture,
    Quote,
    Representative,
    SiteDetails,
    Statement,
    TranslatedPages,
)

# The key that names a block's kind holds the block's first field (its text, or the
# picture's name).
BLOCK_KINDS = {"heading": Heading, "paragraph": Paragraph, "picture": Picture, "quote": Quote}
# Fields whose values are checked for their kind; the others hold tuples, tables or
# blocks, which are built (and so checked) by the functions below.
PLAIN_KINDS = (str, bool, int, float, datetime.date, datetime.time)


class DemoContentError(ValueError):
    """A demo content file does not say what the loader expects; the message says where."""


def load_mission(path: Path) -> DemoMission:
    """The demo mission written in the TOML file at ``path``."""
    with path.open("rb") as file:
        try:
            data = tomllib.load(file)
        except tomllib.TOMLDecodeError as error:
            raise DemoContentError(f"{path.name}: {error}") from error
    return _mission(data, path.name)


def _mission(table, where):
    # A file without [[news]] (or statements, or events) simply has none.
    lists = {"news": [], "statements": [], "events": []}
    return _build(
        DemoMission,
        {**lists, **table},
        where,
        languages=_strings,
        details=lambda value, at: _build(SiteDetails, value, at),
        flag=lambda value, at: _build(Flag, value, at, stripes=_strings),
        home=_page,
        about=_page,
        news_index=_page,
        statements_index=_page,
        events_index=_page,
        contact=_contact,
        representative=lambda value, at: _build(Representative, value, at, body=_body),
        news=lambda value, at: _each(value, at, _news_item),
        statements=lambda value, at: _each(value, at, _statement),
        events=lambda value, at: _each(value, at, _event),
        translations=_translations,
    )


def _page(table, where):
    return _build(PageText, table, where, body=_body)


def _contact(table, where):
    return _build(ContactText, table, where, body=_body)


def _news_item(table, where):
    return _build(NewsItem, table, where, tags=_strings, body=_body)


def _statement(table, where):
    return _build(
        Statement,
        table,
        where,
        body=_body,
        delivered=lambda value, at: _build(DeliveredText, value, at, paragraphs=_strings),
    )


def _event(table, where):
    table = dict(_expect(table, dict, where))
    if "duration" in table:
        raise DemoContentError(f"{where}.duration: give an event's length as duration_minutes.")
    minutes = table.pop("duration_minutes", None)
    event = _build(Event, table, where, body=_body)
    if minutes is None:
        return event
    minutes = _expect(minutes, int, f"{where}.duration_minutes")
    return dataclasses.replace(event, duration=datetime.timedelta(minutes=minutes))


def _translations(table, where):
    return {
        language: _build(
            TranslatedPages,
            pages,
            f"{where}.{language}",
            home=_page,
            about=_page,
            news=_page,
            statements=_page,
            events=_page,
            contact=_contact,
        )
        for language, pages in _expect(table, dict, where).items()
    }


def _body(blocks, where):
    return _each(blocks, where, _block)


def _block(table, where):
    kinds = [kind for kind in BLOCK_KINDS if kind in table]
    if len(kinds) != 1:
        raise DemoContentError(
            f"{where}: a block starts with exactly one of {', '.join(BLOCK_KINDS)}; "
            f"this one has {', '.join(kinds) or 'none'} (its keys: {', '.join(table)})."
        )
    kind = kinds[0]
    block_class = BLOCK_KINDS[kind]
    first_field = dataclasses.fields(block_class)[0].name
    rest = {key: value for key, value in table.items() if key != kind}
    if first_field in rest:
        raise DemoContentError(f"{where}: unknown key '{first_field}' in a {kind} block.")
    return _build(block_class, {first_field: table[kind], **rest}, where)


def _each(items, where, build):
    return tuple(
        build(item, f"{where}[{number}]")
        for number, item in enumerate(_expect(items, list, where), start=1)
    )


def _strings(values, where):
    return tuple(_expect(value, str, where) for value in _expect(values, list, where))


def _expect(value, kind, where):
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise DemoContentError(f"{where}: expected {kind.__name__}, found {value!r}.")
    return value


def _build(cls, table, where, **converters):
    """A ``cls`` from a table whose keys are its field names.

    ``converters`` map a key to the function that builds its value from the TOML value
    and the place it was read at; other values must already be of the field's kind.
    """
    fields = {field.name: field for field in dataclasses.fields(cls)}
    unknown = set(_expect(table, dict, where)) - set(fields)
    if unknown:
        raise DemoContentError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
            f"a {cls.__name__} has {', '.join(fields)}."
        )
    if "body" in fields:
        table = {"body": [], **table}  # a page with no body blocks has an empty body
    missing = [
        name
        for name, field in fields.items()
        if name not in table
        and field.default is dataclasses.MISSING
        and field.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise DemoContentError(f"{where}: missing key(s) {', '.join(missing)}.")
    values = {}
    for name, value in table.items():
        at = f"{where}.{name}"
        if name in converters:
            values[name] = converters[name](value, at)
        elif fields[name].type in PLAIN_KINDS:
            values[name] = _expect(value, fields[name].type, at)
        else:
            raise DemoContentError(f"{at}: the loader does not know how to read this key.")
    return cls(**values)
