"""Settings shared by every environment.

All configuration comes from the environment (see the README's table of variables);
``dj-database-url`` parses ``DATABASE_URL`` so no connection string is split by hand.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable; anything unexpected is an error, not a guess."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list, dropping blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,.localhost")

INSTALLED_APPS = [
    "cms",
    "missions",
    "api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session, locale, CSRF and auth middleware, so a cached page skips them.
    "cms.page_cache.PageCacheMiddleware",
    # For the pages Wagtail serves: the site from a per-process directory of the sites
    # and the page's route in one query (cms.site_directory, cms.routing).
    "cms.site_directory.SiteDirectoryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, but an unknown language prefix (/xx/) is a plain 404.
    "cms.i18n.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Refuses a mission webmaster any admin URL that names another mission's object.
    "missions.permissions.MissionIsolationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# An embedded SQLite file by default so the demo needs no server; PostgreSQL in
# production. Persistent connections with health checks avoid a reconnect per request.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache, reusing its redis-py clients (see cms/cache.py).
            "BACKEND": "cms.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "missions"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail looks up every rendition an {% image %} tag needs in the "renditions" cache
# before the database. A rendition never changes under its key (Wagtail purges the key
# when it deletes one), so it may stay until evicted; shared by every worker, so a
# rendition purged by one is gone for all.
CACHES["renditions"] = {**CACHES["default"], "TIMEOUT": None}
if REDIS_URL:
    CACHES["renditions"]["KEY_PREFIX"] = CACHES["default"]["KEY_PREFIX"] + ":renditions"

# Whole public pages are cached for anonymous visitors for this many seconds
# (0 turns the page cache off). Publishing a page clears the cache of its site.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Site-wide data many pages repeat (menus, latest news) is kept in the cache this long,
# and dropped at once when anything in the site is published (cms.page_cache; 0 = off).
SITE_CACHE_SECONDS = int(os.environ.get("SITE_CACHE_SECONDS", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# The six official languages of the United Nations first, then the national
# languages a mission may add. Every page model is translatable (wagtail-localize).
UN_OFFICIAL_LANGUAGES = [
    ("ar", "العربية"),
    ("zh-hans", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]
EXTRA_CONTENT_LANGUAGES = [
    ("pt", "Português"),
    ("de", "Deutsch"),
    ("ja", "日本語"),
    ("sw", "Kiswahili"),
]
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = UN_OFFICIAL_LANGUAGES + EXTRA_CONTENT_LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/New_York"
LOCALE_PATHS = [BASE_DIR / "locale"]
# The admin speaks the six official languages (Wagtail ships all six); each user picks
# theirs in their account preferences.
WAGTAILADMIN_PERMITTED_LANGUAGES = list(UN_OFFICIAL_LANGUAGES)

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "UN Permanent Missions"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from an outside service: no network at run time but the feeds.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "odt", "xlsx", "pptx", "txt", "csv"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Accounts are managed by the Secretariat only (see missions.provisioning).
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = True
# Deleting a page disables its translations rather than erasing every trace of them, so
# the admin can tell the editor of a translated page that its source is gone
# (missions.translation).
WAGTAILLOCALIZE_DISABLE_ON_DELETE = True


def machine_translator_from_env():
    """wagtail-localize's machine translator, chosen by MACHINE_TRANSLATOR (off by default).

    ``libretranslate`` needs LIBRETRANSLATE_URL (and LIBRETRANSLATE_API_KEY when the
    server asks for one); ``deepl`` needs DEEPL_API_KEY. Translators then get a
    "Translate with ..." button in the translation editor.
    """
    name = os.environ.get("MACHINE_TRANSLATOR", "").strip().lower()
    if name in ("", "off", "none"):
        return None
    if name == "libretranslate":
        url = os.environ.get("LIBRETRANSLATE_URL", "").strip().rstrip("/")
        if not url:
            raise ImproperlyConfigured("MACHINE_TRANSLATOR=libretranslate needs LIBRETRANSLATE_URL")
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": url,
                "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    if name == "deepl":
        key = os.environ.get("DEEPL_API_KEY", "").strip()
        if not key:
            raise ImproperlyConfigured("MACHINE_TRANSLATOR=deepl needs DEEPL_API_KEY")
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": key},
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR must be libretranslate, deepl or empty, not {name!r}"
    )


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env()

LOGIN_URL = "wagtailadmin_login"

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
