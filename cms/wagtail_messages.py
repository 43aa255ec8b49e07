"""Messages of Wagtail and wagtail-localize that the project translates again, in locale/.

Django looks a message up in the project's catalogues (LOCALE_PATHS) before the apps'
own, so a message of Wagtail's translated in locale/ replaces Wagtail's translation
wherever the admin shows it (tests/missions/languages/test_admin_language.py checks
that it does). They are listed here so that ``make messages`` finds them and keeps
them in the catalogues; nothing imports this module. The messages of Wagtail's
JavaScript ("Publish in ") are in locale/*/LC_MESSAGES/djangojs.po, written by hand.
"""

from django.utils.translation import gettext_noop as _

# Wagtail's French, Spanish, Russian and Chinese call the languages of the content
# "regions" or "locales" ("Régions", "Локали"): a webmaster translates a page into a
# language, so the admin says "language".
LANGUAGES_NOT_LOCALES = [
    _("Locale"),
    _("locale"),
    _("Locale: "),
    _("Locales"),
    _("{} locales"),
    _("Available in %(translations_total)s locales"),
    _("Switch locales"),
]

# Wagtail's French writes "Status" (English) for "statut" in the page's status panel
# and the page explorer.
STATUS_IN_FRENCH = [
    _("Current page status:"),
    _("Status: "),
    _("Locking status"),
]
