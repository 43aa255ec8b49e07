"""The shapes demo content is read into from its TOML files (:mod:`demo.content.loader`).

Bodies are tuples of :class:`Heading`, :class:`Paragraph`, :class:`Picture` and
:class:`Quote`. A translated body has the same blocks in the same order as its source:
the seeder pairs them up to tell wagtail-localize which string translates which.
"""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A section heading in a page body."""

    text: str
    level: str = "h2"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of plain text (escaped when it becomes rich text)."""

    text: str


@dataclass(frozen=True)
class Picture:
    """A generated picture (a drawing, or the one photograph); ``image`` names one of
    ``demo.images.ILLUSTRATIONS``."""

    image: str
    alt_text: str
    caption: str = ""


@dataclass(frozen=True)
class Quote:
    """A highlighted quotation."""

    text: str
    attribution: str = ""


Block = Heading | Paragraph | Picture | Quote


@dataclass(frozen=True)
class PageText:
    """Title, introduction and body of a simple page (home, about, a section index)."""

    title: str
    introduction: str = ""
    body: tuple[Block, ...] = ()


@dataclass(frozen=True)
class ContactText:
    """The contact page; address, phone and e-mail come from :class:`SiteDetails`."""

    title: str
    introduction: str
    opening_hours: str
    body: tuple[Block, ...] = ()


@dataclass(frozen=True)
class NewsItem:
    """A press release."""

    slug: str
    title: str
    publication_date: datetime.date
    summary: str
    tags: tuple[str, ...]
    body: tuple[Block, ...]


@dataclass(frozen=True)
class DeliveredText:
    """A statement as delivered in English, for the PDF of a site in another script."""

    title: str
    speaker: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Statement:
    """A statement delivered at a UN body.

    The delivered PDF repeats the body's paragraphs. The PDF is written with a standard
    PDF font that only knows Western European letters, so missions whose site language
    is written in another script give the text as delivered in English in ``delivered``
    (as it would have been delivered in New York).
    """

    slug: str
    title: str
    un_body: str
    session: str
    agenda_item: str
    meeting_date: datetime.date
    speaker: str
    summary: str
    body: tuple[Block, ...]
    delivered: DeliveredText | None = None


@dataclass(frozen=True)
class Event:
    """An event, dated relative to the day the demo is seeded (negative: in the past)."""

    slug: str
    title: str
    introduction: str
    body: tuple[Block, ...]
    location: str
    days_from_today: int
    starts_at: datetime.time
    duration: datetime.timedelta = datetime.timedelta(hours=2)
    registration_url: str = ""


@dataclass(frozen=True)
class Representative:
    """The (fictional) Permanent Representative's profile."""

    slug: str
    name: str
    role: str
    credentials_presented_on: datetime.date
    title: str
    introduction: str
    body: tuple[Block, ...]


@dataclass(frozen=True)
class Flag:
    """A simplified flag: stripes, optionally with a disc or a rhombus in the middle."""

    stripes: tuple[str, ...]
    vertical: bool = False
    fimbriation: str = ""
    disc: str = ""
    disc_ratio: float = 0.3
    rhombus: str = ""


@dataclass(frozen=True)
class SiteDetails:
    """Contact details, links and branding (MissionSettings), and the site's name and
    footer line (fields of the home page, translated with it)."""

    display_name: str
    address: str
    phone: str
    email: str
    social_handle: str
    brand_colour: str
    footer_text: str


@dataclass(frozen=True)
class TranslatedPages:
    """A mission's pages in one more language; bodies mirror the source bodies block by block."""

    home: PageText
    about: PageText
    news: PageText
    statements: PageText
    events: PageText
    contact: ContactText
    # The site's name and footer line (SiteDetails) in this language.
    display_name: str = ""
    footer_text: str = ""


@dataclass(frozen=True)
class DemoMission:
    """Everything the demo puts on one mission's site, in its default language first."""

    iso3: str
    name: str
    languages: tuple[str, ...]
    details: SiteDetails
    flag: Flag
    home: PageText
    about: PageText
    news_index: PageText
    statements_index: PageText
    events_index: PageText
    contact: ContactText
    representative: Representative
    news: tuple[NewsItem, ...]
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]
    translations: dict[str, TranslatedPages] = field(default_factory=dict)
    demo_accounts: bool = False
    # A sentence added to the About page's introduction after it was translated and left
    # untranslated, so the demo shows a translation that is out of date (to be synced).
    about_update: str = ""

    @property
    def hostname(self):
        return f"{self.name}.localhost"
