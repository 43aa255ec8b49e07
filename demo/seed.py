"""Put the demo content in place, creating only what is missing.

Idempotent by looking things up before making them: missions through the (idempotent)
provisioning, pages by slug under their parent, images and documents by title in the
mission's collection, accounts by username. Starter pages made by provisioning are
filled only while nobody has edited them (a single revision), and translated only while
none of their strings is translated yet, so running the demo again never overwrites
what someone changed in the admin.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from demo import images, pdf
from demo.content import MISSIONS
from demo.content.types import (
    ContactText,
    DemoMission,
    Heading,
    Paragraph,
    Picture,
    Quote,
)
from missions.models import (
    EventPage,
    MissionSettings,
    NewsItemPage,
    RepresentativePage,
    StatementPage,
)
from missions.models.pages import UNBody
from missions.provisioning import provision_mission

# Well-known on purpose: the demo prints them, and seed_demo refuses to run with DEBUG off
# unless forced on a throwaway database.
SUPERUSER = ("admin", "admin")
DEMO_PASSWORD = "demo-password"  # noqa: S105
DEFAULT_SITE_NAME = "UN Permanent Missions (demo)"
SOCIAL_NETWORKS = ("x", "facebook", "instagram", "youtube", "linkedin")


@dataclass
class SeedReport:
    """What one run of the demo seeding changed, grouped by where it happened."""

    changes: list[tuple[str, str]] = field(default_factory=list)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)
    sites: list[tuple[str, Site]] = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.changes)

    def add(self, scope, what):
        self.changes.append((scope, what))


@transaction.atomic
def seed_demo(port, only=None):
    """Provision and fill the demo missions, the demo accounts and the default site.

    ``only``: ISO 3166-1 alpha-3 codes of the demo missions to seed (default: all of them).
    """
    # The demo is written in English. Labels it takes from the models (a UN body's name
    # on a statement's PDF, for one) must be English too, whatever language the thread
    # last served a page in: a request for /ru/ leaves Russian active behind it.
    with translation.override("en"):
        return _seed_everything(port, only)


def _seed_everything(port, only):
    report = SeedReport()
    demos = select_demo_missions(only)
    for demo in demos:
        mission = _seed_mission(demo, port, report)
        report.sites.append((demo.languages[0], mission.site))
    _seed_accounts(report, demos)
    _configure_default_site(port, report)
    # Registered last, so it runs after wagtail-localize's own on-commit publishing.
    transaction.on_commit(_repair_child_counts)
    return report


def select_demo_missions(only=None):
    """The demo missions whose codes are in ``only`` (all when empty); unknown codes raise."""
    if not only:
        return list(MISSIONS)
    wanted = {code.strip().upper() for code in only}
    unknown = wanted - {demo.iso3 for demo in MISSIONS}
    if unknown:
        known = ", ".join(demo.iso3 for demo in MISSIONS)
        raise ValueError(f"No demo mission for {', '.join(sorted(unknown))}; there are: {known}.")
    return [demo for demo in MISSIONS if demo.iso3 in wanted]


def _repair_child_counts():
    """Correct the child count of translated mission pages after translations are published.

    wagtail-localize publishes a new translation when the transaction commits, saving the
    page object it held in memory. A translated home page gets its translated sections
    after that object was loaded, so the publish writes back a child count of 0 and
    ``get_children()`` (menus) would find nothing.
    """
    for page in Page.objects.filter(depth__in=(2, 3)).only("path", "depth", "numchild"):
        actual = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        if actual != page.numchild:
            Page.objects.filter(pk=page.pk).update(numchild=actual)


# --- Missions ------------------------------------------------------------------------


def _seed_mission(demo: DemoMission, port, report):
    """Provision one mission, fill its pages, then let provisioning add the translations.

    The site is first provisioned in its default language only, so the starter pages
    can be filled and their translations written before provisioning copies them into
    the other languages: each translated page is then saved once, already translated.
    """
    _move_to_port(demo, port, report)
    provisioned = provision_mission(demo.iso3, demo.hostname, port, demo.languages[:1])
    for line in provisioned.created:
        report.add(demo.name, f"created {line}")
    mission = provisioned.mission
    media = MissionMedia(mission, demo, report)
    home = mission.site.root_page.specific
    _fill_settings(mission, demo, media, report)

    # (page, its text, the TranslatedPages field that translates it); a starter page
    # someone deleted in the admin is simply skipped.
    sections = {
        page.slug: page for page in home.get_children().filter(locale=home.locale).specific()
    }
    starters = [(home, demo.home, "home")] + [
        (sections[slug], text, slug)
        for slug, text in (
            ("about", demo.about),
            ("news", demo.news_index),
            ("statements", demo.statements_index),
            ("events", demo.events_index),
            ("contact", demo.contact),
        )
        if slug in sections
    ]
    for page, text, _field in starters:
        if _is_untouched(page):
            _apply_text(page, text, media)
            if page.pk == home.pk:
                page.display_name = demo.details.display_name
                page.footer_text = demo.details.footer_text
            page.save_revision().publish()
            report.add(demo.name, f"filled page '{page.title}'")

    pending = []
    for language, pages in demo.translations.items():
        locale, _created = Locale.objects.get_or_create(language_code=language)
        for page, text, field_name in starters:
            pairs = _string_pairs(text, getattr(pages, field_name))
            if page.pk == home.pk:
                pairs.update(_site_text_pairs(demo.details, pages))
            if _store_translations(page, locale, pairs):
                pending.append((page, locale, page.has_translation(locale)))

    provisioned = provision_mission(demo.iso3, demo.hostname, port, demo.languages)
    for line in provisioned.created:
        report.add(demo.name, f"created {line}")
    for page, locale, existed in pending:
        # Pages provisioning has just translated already carry the stored translations;
        # older translations (or missing ones) are saved again from them.
        if existed or not page.has_translation(locale):
            source = TranslationSource.objects.get_for_instance(page)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale
            )
            translation.save_target(publish=True)
        report.add(demo.name, f"translated '{page.title}' into {locale.language_code}")

    if "about" in sections:
        _leave_out_of_date(sections["about"], demo, report)
    _ensure_representative(home, demo, media, report)
    if "news" in sections:
        for item in demo.news:
            _ensure_news_item(sections["news"], item, media, report, demo.name)
    if "statements" in sections:
        for statement in demo.statements:
            _ensure_statement(sections["statements"], statement, media, report, demo.name)
    if "events" in sections:
        for event in demo.events:
            _ensure_event(sections["events"], event, media, report, demo.name)
    return mission


def _fill_settings(mission, demo, media, report):
    """Brand the site once: settings that already have a logo are left as they are."""
    settings = MissionSettings.for_site(mission.site)
    if settings.logo_id:
        return
    details = demo.details
    settings.address = details.address
    settings.phone = details.phone
    settings.email = details.email
    for network in SOCIAL_NETWORKS:
        url = f"https://example.org/{network}/{details.social_handle}"
        setattr(settings, f"{network}_url", url)
    settings.logo = media.flag()
    settings.brand_colour = details.brand_colour
    settings.full_clean()
    settings.save()
    report.add(demo.name, "filled mission settings (contact details, links, logo, colour)")


def _is_untouched(page):
    """True while a page has only the revision provisioning gave it (nobody edited it)."""
    return page.revisions.count() <= 1


def _body(blocks, media):
    """Raw StreamField data for a demo body; consecutive paragraphs share one text block."""
    stream = []
    for block in blocks:
        if isinstance(block, Paragraph):
            html = f"<p>{escape(block.text)}</p>"
            if stream and stream[-1]["type"] == "paragraph":
                stream[-1]["value"] += html
            else:
                stream.append({"type": "paragraph", "value": html})
        elif isinstance(block, Heading):
            stream.append({"type": "heading", "value": {"text": block.text, "level": block.level}})
        elif isinstance(block, Picture):
            value = {
                "image": media.illustration(block.image).pk,
                "alt_text": block.alt_text,
                "caption": block.caption,
            }
            stream.append({"type": "image", "value": value})
        elif isinstance(block, Quote):
            value = {"quote": block.text, "attribution": block.attribution}
            stream.append({"type": "quote", "value": value})
        else:
            raise TypeError(f"Unknown demo block {block!r}")
    return stream


def _apply_text(page, text, media):
    page.title = text.title
    page.introduction = text.introduction
    page.body = _body(text.body, media)
    if isinstance(text, ContactText):
        page.opening_hours = text.opening_hours


def _add_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()


def _ensure_representative(home, demo, media, report):
    # One profile per site (max_count_per_parent), so look it up by type, not slug.
    if RepresentativePage.objects.child_of(home).exists():
        return
    text = demo.representative
    page = RepresentativePage(
        title=text.title,
        slug=text.slug,
        locale=home.locale,
        representative_name=text.name,
        role=text.role,
        photo=media.portrait(),
        credentials_presented_on=text.credentials_presented_on,
        introduction=text.introduction,
        body=_body(text.body, media),
    )
    _add_child(home, page)
    report.add(demo.name, f"created page '{page.title}'")


def _ensure_news_item(index, item, media, report, scope):
    if index.get_children().filter(slug=item.slug).exists():
        return
    page = NewsItemPage(
        title=item.title,
        slug=item.slug,
        locale=index.locale,
        publication_date=item.publication_date,
        introduction=item.summary,
        body=_body(item.body, media),
    )
    page.tags.add(*item.tags)
    _add_child(index, page)
    report.add(scope, f"created news item '{item.title}'")


def _ensure_statement(index, statement, media, report, scope):
    if index.get_children().filter(slug=statement.slug).exists():
        return
    page = StatementPage(
        title=statement.title,
        slug=statement.slug,
        locale=index.locale,
        un_body=statement.un_body,
        session=statement.session,
        agenda_item=statement.agenda_item,
        meeting_date=statement.meeting_date,
        speaker=statement.speaker,
        delivered_document=media.statement_document(statement),
        introduction=statement.summary,
        body=_body(statement.body, media),
    )
    _add_child(index, page)
    report.add(scope, f"created statement '{statement.title}'")


def _event_times(event):
    day = timezone.localdate() + datetime.timedelta(days=event.days_from_today)
    starts_at = timezone.make_aware(datetime.datetime.combine(day, event.starts_at))
    return starts_at, starts_at + event.duration


def _ensure_event(index, event, media, report, scope):
    existing = index.get_children().filter(slug=event.slug).specific().first()
    if existing is None:
        starts_at, ends_at = _event_times(event)
        page = EventPage(
            title=event.title,
            slug=event.slug,
            locale=index.locale,
            starts_at=starts_at,
            ends_at=ends_at,
            location=event.location,
            registration_url=event.registration_url,
            introduction=event.introduction,
            body=_body(event.body, media),
        )
        _add_child(index, page)
        report.add(scope, f"created event '{event.title}'")
    elif event.days_from_today > 0 and existing.starts_at < timezone.now():
        # The demo's "upcoming" event has passed since the last run: move it ahead so
        # the site always shows one upcoming event.
        existing.starts_at, existing.ends_at = _event_times(event)
        existing.save_revision().publish()
        report.add(scope, f"event '{event.title}' moved to {existing.starts_at:%Y-%m-%d}")


# --- Translations ----------------------------------------------------------------------


def _string_pairs(source, target):
    """Map each source string of a page to its translation, block by block."""
    pairs = {source.title: target.title, source.introduction: target.introduction}
    if isinstance(source, ContactText):
        pairs[source.opening_hours] = target.opening_hours
    if len(source.body) != len(target.body):
        raise ValueError(f"The translation of '{source.title}' does not match its blocks.")
    for original, translated in zip(source.body, target.body, strict=True):
        if type(original) is not type(translated):
            raise ValueError(f"The translation of '{source.title}' does not match its blocks.")
        if isinstance(original, Heading | Paragraph):
            pairs[original.text] = translated.text
        elif isinstance(original, Picture):
            pairs[original.alt_text] = translated.alt_text
            pairs[original.caption] = translated.caption
        elif isinstance(original, Quote):
            pairs[original.text] = translated.text
            pairs[original.attribution] = translated.attribution
    return {key: value for key, value in pairs.items() if key and value}


def _site_text_pairs(details, pages):
    """The site's name and footer line (fields of the home page) and their translations."""
    pairs = {details.display_name: pages.display_name, details.footer_text: pages.footer_text}
    return {key: value for key, value in pairs.items() if key and value}


def _leave_out_of_date(about, demo, report):
    """Edit the About page after it was translated, and do not sync its translations.

    The demo then shows what a translator meets after the source changed: the admin
    marks the translations out of date until someone syncs them
    (``missions.translation.out_of_date_translations``).
    """
    if not demo.about_update or demo.about_update in about.introduction:
        return
    about.introduction = f"{about.introduction} {demo.about_update}"
    about.save_revision().publish()
    report.add(demo.name, f"edited '{about.title}' after its translation (left out of date)")


def _store_translations(page, locale, pairs):
    """Record the translations of ``page``'s strings into ``locale``; False if already done.

    They are stored as wagtail-localize string translations, exactly as if a translator
    had typed them in the translation editor, so a later "sync" keeps them. A page some
    of whose strings are already translated into ``locale`` (by an earlier run or by a
    translator) is left alone.
    """
    already_translated = StringTranslation.objects.filter(
        locale=locale, context__object_id=page.translation_key
    ).exists()
    if already_translated:
        return False
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for segment in source.stringsegment_set.select_related("string"):
        text = pairs.get(StringValue(segment.string.data).render_text())
        if text is None:
            continue  # e.g. the slug: the page keeps the same address in every language
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context_id=segment.context_id,
            defaults={
                "data": StringValue.from_plaintext(text).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    return True


# --- Media ---------------------------------------------------------------------------


class MissionMedia:
    """Finds or makes the demo's images and documents in the mission's own collection."""

    def __init__(self, mission, demo, report):
        self.mission = mission
        self.demo = demo
        self.report = report
        self.cache = {}

    def _image(self, title, filename, make_file):
        if title in self.cache:
            return self.cache[title]
        Image = get_image_model()
        image = Image.objects.filter(collection=self.mission.collection, title=title).first()
        if image is None:
            data = make_file()
            image = Image(
                title=title,
                collection=self.mission.collection,
                file=ImageFile(io.BytesIO(data), name=filename),
                file_size=len(data),
                file_hash=hash_filelike(io.BytesIO(data)),
            )
            image.save()
            self.report.add(self.demo.name, f"created image '{title}'")
        self.cache[title] = image
        return image

    def flag(self):
        state = self.mission.member_state
        return self._image(
            f"Flag of {state} (simplified demo drawing)",
            f"flag-{self.demo.name}.png",
            lambda: images.flag_png(self.demo.flag),
        )

    def portrait(self):
        return self._image(
            "Portrait of the Permanent Representative (demo drawing)",
            f"portrait-{self.demo.name}.png",
            lambda: images.portrait_png(self.demo.details.brand_colour),
        )

    def illustration(self, kind):
        picture = images.ILLUSTRATIONS[kind]
        what = "demo photograph" if picture.extension == "jpg" else "demo illustration"
        return self._image(
            f"{picture.title} ({what})",
            f"{kind}-{self.demo.name}.{picture.extension}",
            lambda: images.illustration_file(kind, self.demo.details.brand_colour),
        )

    def statement_document(self, statement):
        Document = get_document_model()
        delivered = statement.delivered
        title = f"{(delivered.title if delivered else statement.title)} (as delivered)"
        document = Document.objects.filter(collection=self.mission.collection, title=title).first()
        if document is not None:
            return document
        body = UNBody(statement.un_body).label
        date = statement.meeting_date.isoformat()
        if delivered:
            meta = [delivered.speaker, f"{body}, {date}"]
            paragraphs = delivered.paragraphs
        else:
            meta = [statement.speaker, f"{body}, {statement.session}", statement.agenda_item, date]
            paragraphs = [block.text for block in statement.body if isinstance(block, Paragraph)]
        data = pdf.statement_pdf(title, [line for line in meta if line], paragraphs)
        document = Document(
            title=title,
            collection=self.mission.collection,
            file=ContentFile(data, name=f"{self.demo.name}-{statement.slug}.pdf"),
            file_size=len(data),
            file_hash=hash_filelike(io.BytesIO(data)),
        )
        document.save()
        self.report.add(self.demo.name, f"created document '{title}'")
        return document


# --- Accounts and the default site -----------------------------------------------------


def _seed_accounts(report, demos):
    """The demo superuser, and a webmaster and a moderator for the missions that want them."""
    from missions.models import Mission

    User = get_user_model()
    username, password = SUPERUSER
    admin, created = User.objects.get_or_create(
        username=username, defaults={"email": "admin@example.org"}
    )
    if created:
        admin.is_superuser = admin.is_staff = True
        admin.set_password(password)
        admin.save()
        report.add("accounts", f"created superuser '{username}'")
    report.accounts.append((username, password, "superuser: the Secretariat"))

    # Hashing a password on purpose takes a while; all demo accounts share one password,
    # so it is hashed once.
    demo_password_hash = None
    for demo in demos:
        if not demo.demo_accounts:
            continue
        mission = Mission.objects.get(member_state__iso3=demo.iso3)
        for role, group in (
            ("webmaster", mission.editors_group),
            ("moderator", mission.moderators_group),
        ):
            name = f"{demo.name}-{role}"
            user, created = User.objects.get_or_create(
                username=name, defaults={"email": f"{name}@example.org"}
            )
            if created:
                demo_password_hash = demo_password_hash or make_password(DEMO_PASSWORD)
                user.password = demo_password_hash
                user.save()
                report.add("accounts", f"created {role} '{name}'")
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
                report.add("accounts", f"added '{name}' to group '{group.name}'")
            report.accounts.append((name, DEMO_PASSWORD, f"{role} of {mission.site.hostname}"))


def _move_to_port(demo: DemoMission, port, report):
    """``make demo PORT=8001`` on a database seeded on another port: the demo site follows.

    Provisioning never moves a mission's site (a real mission's address is the
    Secretariat's decision); the demo's sites are the demo's, and their links must use
    the port the server runs on. A site already at the new address is left alone.
    """
    site = (
        Site.objects.filter(mission__member_state__iso3=demo.iso3, hostname=demo.hostname)
        .exclude(port=port)
        .first()
    )
    if site is None or Site.objects.filter(hostname=demo.hostname, port=port).exists():
        return
    report.add(demo.name, f"moved {demo.hostname} from port {site.port} to {port}")
    site.port = port
    site.save(update_fields=["port"])


def _configure_default_site(port, report):
    """Point Wagtail's stock default site at the demo's port.

    Requests for a host no mission uses (127.0.0.1, localhost) fall back to this site,
    so http://127.0.0.1:<port>/ shows the install's own page, the list of the mission
    sites (cms.project_sites, in place of Wagtail's welcome page), rather than an
    error, and the admin's "view live" links of that page use the right port.
    """
    site = Site.objects.filter(is_default_site=True).select_related("mission").first()
    if site is None or hasattr(site, "mission"):
        return
    taken = Site.objects.filter(hostname=site.hostname, port=port).exclude(pk=site.pk).exists()
    changed = []
    if site.port != port and not taken:
        site.port = port
        changed.append(f"port {port}")
    if not site.site_name:
        site.site_name = DEFAULT_SITE_NAME
        changed.append(f"name '{DEFAULT_SITE_NAME}'")
    if changed:
        site.save()
        report.add("default site", f"set {site.hostname}'s {' and '.join(changed)}")
