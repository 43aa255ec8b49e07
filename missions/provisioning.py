"""Provisioning: everything a new permanent mission needs, created in one transaction.

``provision_mission`` is idempotent: run again with the same arguments it creates
nothing and says so; run with a new language it adds only that language. Any bad
input raises :class:`ProvisioningError` before anything is written, and any failure
part-way rolls the whole transaction back, so nothing is ever left half-made.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.operations import TranslationCreator

from cms.admin_origin import admin_hostname
from missions.models import (
    ContactPage,
    EventIndexPage,
    MemberState,
    Mission,
    MissionHomePage,
    MissionSettings,
    NewsIndexPage,
    StandardPage,
    StatementIndexPage,
    workflow_names,
)

# Page permissions per group. Neither group gets anything on users or groups:
# whoever can change users can make themselves a superuser, so accounts stay with the
# Secretariat.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
STARTER_PAGES = [
    (StandardPage, "About", "about"),
    (NewsIndexPage, "News", "news"),
    (StatementIndexPage, "Statements", "statements"),
    (EventIndexPage, "Events", "events"),
    (ContactPage, "Contact", "contact"),
]
HOSTNAME_PATTERN = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class ProvisioningError(Exception):
    """Bad input for provisioning; the message says what to fix."""


@dataclass
class ProvisioningReport:
    """What one run of provisioning did."""

    mission: Mission | None = None
    created: list[str] = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created)

    def add(self, what):
        self.created.append(what)


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def validate_request(iso3, hostname, port, languages):
    """Check every argument before anything is written; return the normalised values."""
    iso3 = (iso3 or "").strip().upper()
    try:
        state = MemberState.objects.get(iso3=iso3)
    except MemberState.DoesNotExist:
        raise ProvisioningError(
            f"Unknown State code {iso3!r}: use the ISO 3166-1 alpha-3 code of a Member "
            "State or observer State, e.g. FRA."
        ) from None

    hostname = (hostname or "").strip().lower()
    if not HOSTNAME_PATTERN.match(hostname):
        raise ProvisioningError(f"{hostname!r} is not a valid hostname, e.g. france.localhost.")
    if not 1 <= port <= 65535:
        raise ProvisioningError(f"Port {port} is out of range (1-65535).")
    if hostname == admin_hostname(settings.WAGTAILADMIN_BASE_URL):
        # The admin answers on its hostname only, so that nothing a public site serves
        # shares an origin with an editor's admin session (cms.admin_origin).
        raise ProvisioningError(
            f"{hostname} is the admin's hostname (WAGTAILADMIN_BASE_URL); a mission's site "
            "needs a hostname of its own."
        )

    known = content_language_codes()
    languages = [code.strip().lower() for code in languages if code.strip()]
    if not languages:
        raise ProvisioningError("Give at least one language, e.g. --languages en,fr.")
    unknown = [code for code in languages if code not in known]
    if unknown:
        raise ProvisioningError(
            f"Unknown language(s) {', '.join(unknown)}. Choose from: {', '.join(known)}."
        )
    if len(set(languages)) != len(languages):
        raise ProvisioningError("A language is listed twice in --languages.")

    taken = Site.objects.filter(hostname=hostname, port=port).select_related("mission").first()
    if taken is not None:
        owner = getattr(taken, "mission", None)
        if owner is None or owner.member_state_id != state.pk:
            raise ProvisioningError(
                f"{hostname}:{port} is already used by the site '{taken.site_name or taken}'."
            )
    existing = Mission.objects.filter(member_state=state).select_related("site").first()
    if existing and (existing.site.hostname, existing.site.port) != (hostname, port):
        raise ProvisioningError(
            f"{state} already has a mission site at {existing.site.hostname}:"
            f"{existing.site.port}; it is not moved by provisioning."
        )
    if not existing:
        clashing = Group.objects.filter(name__in=[f"{iso3} editors", f"{iso3} moderators"])
        if clashing.exists():
            raise ProvisioningError(
                f"Groups named {', '.join(g.name for g in clashing)} already exist but belong "
                "to no mission; rename or delete them first."
            )
    if existing:
        default = existing.site.root_page.locale.language_code
        if languages[0] != default:
            raise ProvisioningError(
                f"The default language of {state}'s site is {default!r} and cannot be "
                f"changed by provisioning; list it first (--languages {default},...)."
            )
    return state, hostname, port, languages


@transaction.atomic
def provision_mission(iso3, hostname, port=80, languages=("en",)):
    """Create (or complete) the site of the mission of the State ``iso3``."""
    state, hostname, port, languages = validate_request(iso3, hostname, port, list(languages))
    report = ProvisioningReport()
    locales = [_ensure_locale(code, report) for code in languages]

    mission = Mission.objects.filter(member_state=state).select_related("site").first()
    if mission is None:
        home = _create_home_tree(state, locales[0], report)
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            site_name=f"Permanent Mission of {state}",
            is_default_site=False,
        )
        report.add(f"site {hostname}:{port}")
        mission = Mission.objects.create(member_state=state, site=site)
        report.add(f"mission record for {state}")
    else:
        home = mission.site.root_page.specific

    _ensure_translations(home, locales[1:], report)
    _ensure_settings(mission, report)
    _ensure_groups(mission, report)
    _ensure_collection(mission, report)
    _ensure_workflow(mission, report)
    _ensure_permissions(mission, report)
    mission.save()
    report.mission = mission
    return report


def _ensure_locale(code, report):
    locale, created = Locale.objects.get_or_create(language_code=code)
    if created:
        report.add(f"locale {code}")
    return locale


def _create_home_tree(state, locale, report):
    root = Page.get_first_root_node()
    home = MissionHomePage(
        title=f"Permanent Mission of {state} to the United Nations",
        slug=state.iso3.lower(),
        locale=locale,
        introduction=f"Welcome to the website of the Permanent Mission of {state}.",
        display_name=f"Permanent Mission of {state}",
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    report.add(f"home page '{home.title}' ({locale.language_code})")
    for model, title, slug in STARTER_PAGES:
        child = model(title=title, slug=slug, locale=locale, show_in_menus=True)
        home.add_child(instance=child)
        child.save_revision().publish()
        report.add(f"page '{title}'")
    return home


def _ensure_translations(home, locales, report):
    """Translate the home page and its starter pages into each missing language.

    Translations go through wagtail-localize so they can be synced later when the
    source changes.
    """
    missing = [loc for loc in locales if not home.has_translation(loc)]
    if not missing:
        return
    creator = TranslationCreator(user=None, target_locales=missing)
    creator.create_translations(home)
    for child in home.get_children().filter(locale=home.locale).specific():
        creator.create_translations(child)
    for locale in missing:
        report.add(f"translation of the home page and its sections into {locale.language_code}")
    # wagtail-localize publishes each new translation when the transaction commits, saving
    # a copy of the translated home loaded before its children were added: that resets
    # its child count to 0, treebeard then treats it as a leaf, and menus and the page
    # explorer show an empty site. Recount from the tree paths once those saves are done.
    translated_home_ids = list(
        home.get_translations().filter(locale__in=missing).values_list("pk", flat=True)
    )
    transaction.on_commit(lambda: _recount_children(translated_home_ids))


def _recount_children(page_ids):
    for page in Page.objects.filter(pk__in=page_ids):
        # Not page.get_children(): treebeard answers "no children" when numchild is 0.
        children = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1)
        Page.objects.filter(pk=page.pk).update(numchild=children.count())


def _ensure_settings(mission, report):
    # The site's name is a (translatable) field of the home page, set with it.
    _settings, created = MissionSettings.objects.get_or_create(site=mission.site)
    if created:
        report.add("mission settings")


def _ensure_groups(mission, report):
    iso3 = mission.member_state.iso3
    for attr, label in (("editors_group", "editors"), ("moderators_group", "moderators")):
        if getattr(mission, attr) is None:
            group = Group.objects.create(name=f"{iso3} {label}")
            setattr(mission, attr, group)
            report.add(f"group '{group.name}'")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for group in mission.groups:
        group.permissions.add(access_admin)


def _ensure_collection(mission, report):
    if mission.collection is None:
        name = str(mission.member_state)
        mission.collection = Collection.get_first_root_node().add_child(name=name)
        report.add(f"collection '{name}'")


def _ensure_workflow(mission, report):
    if mission.workflow is not None:
        return
    iso3 = mission.member_state.iso3
    # Stored in English, shown in the editor's language (missions.models.workflow_names).
    workflow = Workflow.objects.create(name=workflow_names.workflow_name(iso3))
    task = GroupApprovalTask.objects.create(name=workflow_names.task_name(iso3))
    task.groups.set([mission.moderators_group])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    mission.workflow = workflow
    report.add(f"workflow '{workflow.name}' (editors submit, moderators publish)")


def _permissions(codenames, app_label=None, model=None):
    queryset = Permission.objects.filter(codename__in=codenames)
    if app_label:
        queryset = queryset.filter(content_type__app_label=app_label)
    if model:
        queryset = queryset.filter(content_type__model=model)
    return list(queryset)


def _ensure_permissions(mission, report):
    """Grant each group rights on this mission's home pages (every language) only."""
    homes = list(mission.site.root_page.get_translations(inclusive=True))
    page_perms = {
        mission.editors_group: _permissions(EDITOR_PAGE_PERMISSIONS, "wagtailcore", "page"),
        mission.moderators_group: _permissions(MODERATOR_PAGE_PERMISSIONS, "wagtailcore", "page"),
    }
    added = 0
    for group, permissions in page_perms.items():
        for home in homes:
            for permission in permissions:
                _obj, created = GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )
                added += created
    for home in homes:
        _obj, created = WorkflowPage.objects.get_or_create(
            page=home, defaults={"workflow": mission.workflow}
        )
        added += created

    collection_perms = [
        p
        for app_label, codename in COLLECTION_PERMISSIONS
        for p in _permissions([codename], app_label)
    ]
    settings_perm = _permissions(["change_missionsettings"], "missions")
    # wagtail-localize's "Translate this page" and "Sync translated pages" need it; what
    # may be translated is still bounded by the page permissions above (and publishing
    # a translation by publish_page, which only moderators have).
    translate_perm = _permissions(["submit_translation"], "wagtail_localize")
    for group in mission.groups:
        for permission in translate_perm:
            if not group.permissions.filter(pk=permission.pk).exists():
                group.permissions.add(permission)
                added += 1
        for permission in collection_perms:
            _obj, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=mission.collection, permission=permission
            )
            added += created
        for permission in settings_perm:
            _obj, created = GroupSitePermission.objects.get_or_create(
                group=group, site=mission.site, permission=permission
            )
            added += created
    if added:
        report.add(f"{added} permission(s) for the mission's groups")
