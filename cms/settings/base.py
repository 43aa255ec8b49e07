"""Settings shared by every environment.

All configuration comes from the environment (see the README's table of variables);
``dj-database-url`` parses ``DATABASE_URL`` so no connection string is split by hand.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, REPORT_SAMPLE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy

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


def env_positive_int(name, default):
    """Read a whole number of 1 or more; anything else is an error, not a guess."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise ImproperlyConfigured(f"{name} must be a whole number of 1 or more, not {value!r}")
    return int(value)


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,.localhost")

INSTALLED_APPS = [
    "cms",
    "cms.two_factor",
    "missions",
    "api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
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
    # Background tasks (django-tasks, with django-tasks-db's database backend): the
    # webhooks' deliveries (see "Background tasks and webhooks" below).
    "django_tasks",
    "django_tasks_db",
    # Cross-origin reads of the read API (see "Read API" below).
    "corsheaders",
    # Two-factor sign-in (cms.two_factor): authenticator apps and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # Sign-in throttling (see "Sign-in throttling" below and cms.login_throttling).
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CORS headers for /api/v2/, and the answer to a preflight, before any middleware that
    # can answer a request itself (django-cors-headers asks to be as high as possible).
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy, the admin's or the public sites' (see CONTENT_SECURITY_POLICY
    # below). Outside the page cache, so a page served from the cache gets it too.
    "cms.content_security_policy.ContentSecurityPolicyMiddleware",
    # /admin/ only on the admin's hostname (WAGTAILADMIN_BASE_URL), a 404 elsewhere, before
    # any session is read.
    "cms.admin_origin.AdminOriginMiddleware",
    # Before the session, locale, CSRF and auth middleware, so a cached page skips them.
    "cms.serving.page_cache.PageCacheMiddleware",
    # The read API's stored answers, likewise ahead of the session, locale, CSRF and auth
    # middleware, and its responses stored as those leave them (api.cache_middleware).
    "api.cache_middleware.APICacheMiddleware",
    # For the pages Wagtail serves: the site from a per-process directory of the sites,
    # the page's route in one query, and the page opted in to the page cache
    # (cms.serving.directory, cms.serving.routing).
    "cms.serving.routing.WagtailPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, but an unknown language prefix (/xx/) is a plain 404.
    "cms.i18n.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks the user verified once they gave a code (django-otp), then sends a user who
    # has not to the code prompt or to enrolment before any admin view: before any
    # middleware that answers an admin URL itself (cms.two_factor).
    "django_otp.middleware.OTPMiddleware",
    "cms.two_factor.middleware.TwoFactorMiddleware",
    # Refuses a mission webmaster any admin URL that names another mission's object.
    "missions.isolation.middleware.MissionIsolationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a refused sign-in into the admin's login page
    # with the lockout message (cms.login_throttling.lockout_response).
    "axes.middleware.AxesMiddleware",
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
                "cms.context_processors.site_base_template",
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
# The cache is an accelerator, never a dependency: a Redis that does not answer within
# this many seconds is treated as down, and pages are served uncached meanwhile
# (cms/serving/redis_client.py), so a hung Redis cannot hold a worker.
REDIS_TIMEOUT_SECONDS = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.25"))
REDIS_CACHE_OPTIONS = {
    "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
    "socket_timeout": REDIS_TIMEOUT_SECONDS,
}
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache, reusing its redis-py clients and degrading to "no
            # cache" while Redis is unreachable (see cms/serving/redis_client.py).
            "BACKEND": "cms.serving.redis_client.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "missions"),
            "OPTIONS": REDIS_CACHE_OPTIONS,
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
# and dropped at once when anything in the site is published (cms.serving.site_data;
# 0 = off).
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
# The image formats a <picture> offers before the original's, best first
# (cms/templatetags/image_tags.py); AVIF only where Pillow can write it.
IMAGE_MODERN_FORMATS = ("avif", "webp")
# The admin's name, in the editor's language (the sign-in page, the browser's tab).
WAGTAIL_SITE_NAME = gettext_lazy("UN Permanent Missions")
# Slugs in ASCII letters only: the admin's slug field transliterates the title as it is
# typed ("Réunion" -> "reunion"), and pages saved another way get the same (cms.slugs,
# cms.models.BasePage), so no address needs percent-encoding.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin's address, in notification e-mails; the admin answers on its hostname only
# (cms.admin_origin): a 404 on every mission's hostname. Ports are not compared.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from an outside service: no network at run time but the feeds.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "odt", "xlsx", "pptx", "txt", "csv"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Uploads must be what their names say (cms.uploads): an image must decode, within the
# limits below; a document's content must be of the kind its extension names. No SVG:
# it can carry script.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.uploads.DocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
UPLOADS_MAX_IMAGE_SIDE = 10_000
# A .txt or .csv file must decode in one of these (Excel on Windows saves Windows-1252).
UPLOADS_TEXT_ENCODINGS = ["utf-8", "cp1252"]
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

# --- Sign-in throttling ------------------------------------------------------
# django-axes counts failed sign-ins to the admin per username and per client address
# (AccessAttempt rows in the database). After LOGIN_FAILURE_LIMIT failures in a row for
# one username, or from one address, sign-in is refused before any password is checked,
# the right one included, until LOGIN_LOCKOUT_MINUTES after the last failure counted;
# the Secretariat lifts a lockout sooner under Settings -> Sign-in lockouts. The
# password reset form has its own counter (cms.login_throttling).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_positive_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_positive_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A successful sign-in clears the failures of that account only (see
# cms.login_throttling.forget_failures_of_who_signed_in): axes' own reset would also clear
# those of its address, so signing in to one's own account between guesses at a
# colleague's would never let the colleague's count reach the limit.
AXES_RESET_ON_SUCCESS = False
# An attempt refused during a lockout is not counted, so it does not push the end of the
# lockout further: the time the lockout message gives holds.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "cms.login_throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cms.login_throttling.client_ip_address"
# No record of every successful sign-in: nothing shows it (Django's own admin is not
# mounted) and it would keep every user's addresses for ever.
AXES_DISABLE_ACCESS_LOG = True
# The request header in which the reverse proxy in front of the site puts the client's
# address, e.g. X-Real-IP or X-Forwarded-For (the last address in it, the one the proxy
# added, is used). Empty: the address of the connection (REMOTE_ADDR), and any
# X-Forwarded-For a client sends is ignored, so a forged one cannot escape a lockout.
TRUSTED_PROXY_CLIENT_IP_HEADER = os.environ.get("TRUSTED_PROXY_CLIENT_IP_HEADER", "").strip()
# Password reset e-mails: at most PASSWORD_RESET_LIMIT requests per client address and
# per e-mail address in each PASSWORD_RESET_WINDOW_MINUTES.
PASSWORD_RESET_LIMIT = env_positive_int("PASSWORD_RESET_LIMIT", 5)
PASSWORD_RESET_WINDOW_MINUTES = env_positive_int("PASSWORD_RESET_WINDOW_MINUTES", 60)

# --- Two-factor sign-in (cms.two_factor) -------------------------------------
# Superusers and whoever can publish must give a code from an authenticator app (or a
# recovery code) after their password; everyone else may choose to. Off when DEBUG is
# on, so the demo's accounts need no phone; production refuses to start with it off.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", not DEBUG)
# The name the authenticator app shows above the account's codes: one name, whatever
# the language of the page that enrolled the phone.
OTP_TOTP_ISSUER = "UN Permanent Missions"

# --- Cookies and Content-Security-Policy -----------------------------------
# Host-only cookies (no Domain attribute), explicitly: a session or CSRF cookie set for a
# parent domain (".example.org") would be sent to every mission site under it, and a
# mission site could set one the admin reads. The admin's cookies stay on its hostname.
SESSION_COOKIE_DOMAIN = None
CSRF_COOKIE_DOMAIN = None

# The players that EmbedVideoBlock may frame, and nothing else: YouTube (the address
# Wagtail's oEmbed finder returns, and its privacy-enhanced twin) and UN Web TV.
# A video from any other site shows the block's plain link instead of a player.
EMBED_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://webtv.un.org",
]
# The public sites (cms.content_security_policy): everything from the site itself, no
# inline script or style (templates/base.html links the mission's colour as a
# stylesheet, /brand/<colour>.css), no plugin, never framed by another site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "frame-src": EMBED_FRAME_SOURCES,
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
# The admin (/admin/ on the admin's hostname): the public policy's fences, with only the
# relaxations Wagtail 8's own pages need (found by opening every kind of admin page,
# editor, chooser, upload and preview in Chromium with the strict policy reported):
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # Inline <script> elements: every chooser widget ("new PageChooser(...)"), date
        # and date-time picker ("initDateChooser(...)"), inline panel, the workflow
        # editor and wagtail-localize's "Translate this page" form write one; the
        # focal-point cropper (Jcrop) sets an inline event handler.
        "script-src": [SELF, UNSAFE_INLINE],
        # Inline <style> elements: the rich-text editor (Draftail) and wagtail-localize's
        # translation editor insert them at run time.
        "style-src": [SELF, UNSAFE_INLINE],
        # blob: the thumbnails of images chosen for upload; data: a jQuery UI menu's
        # list image in Wagtail's stylesheet (autocomplete menus).
        "img-src": [SELF, "data:", "blob:"],
        # The preview panel and the block previews, framed from the admin itself.
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        # The admin frames its own previews; no other site may frame the admin.
        "frame-ancestors": [SELF],
        "form-action": [SELF],
    }
}
# The admin without those relaxations, reported by the browser (in the console, and to
# CSP_REPORT_URI if set, with the first characters of each blocked inline script or
# style) but not enforced: what the admin should reach as Wagtail allows it.
ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY = {
    "DIRECTIVES": {
        **ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, REPORT_SAMPLE],
        "style-src": [SELF, REPORT_SAMPLE],
        "img-src": [SELF],
    }
}
CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")
if CSP_REPORT_URI:
    for _policy in (
        CONTENT_SECURITY_POLICY,
        ADMIN_CONTENT_SECURITY_POLICY,
        ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY,
    ):
        _policy["DIRECTIVES"]["report-uri"] = [CSP_REPORT_URI]

# Deny by default: a DRF view that declares no permission serves only signed-in users.
# Wagtail's admin API (the choosers) is for signed-in editors anyway; a public endpoint
# says so itself with ``permission_classes = [AllowAny]``.
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}

# --- Read API (api/) ---------------------------------------------------------
# At most this many items in one page of a listing (?limit=); more is a 400.
WAGTAILAPI_LIMIT_MAX = 100
# Full-text search over the API uses the project's search backend (WAGTAILSEARCH_BACKENDS).
WAGTAILAPI_SEARCH_ENABLED = True

# --- Read API: tokens, rate limits, CORS (api/) ---
# Consumers authenticate with Wagtail's own API tokens (``manage.py api_tokens create
# --user U --name N``), sent as ``Authorization: Bearer <token>`` (api.authentication).
# A token's "last used" date is written at most once per this many seconds.
WAGTAILAPI_TOKEN_LAST_USED_INTERVAL = 60

_RATE_PERIODS = {"s", "sec", "second", "m", "min", "minute", "h", "hour", "d", "day"}


def env_rate(name, default):
    """Read a rate like ``120/min`` (a whole number of 1 or more, then s, m, h or d, or
    second, minute, hour, day); anything else is an error, not a guess (Django REST
    framework would read ``120/mango`` as per minute)."""
    value = os.environ.get(name, "").strip() or default
    number, _slash, period = value.partition("/")
    if not (number.isdigit() and int(number) >= 1 and period in _RATE_PERIODS):
        raise ImproperlyConfigured(
            f"{name} must be a number of requests per second, minute, hour or day, "
            f"like 120/min, not {value!r}"
        )
    return value


def env_origins(name):
    """Read a comma-separated list of web origins (``scheme://host[:port]``, no path)."""
    origins = env_list(name)
    for origin in origins:
        # What a browser sends as Origin, rebuilt from the parts: anything more (a path, a
        # trailing slash, a user, an empty port) or different (upper case) never matches.
        try:
            parts = urlsplit(origin)
            port = parts.port  # raises ValueError for a port that is not a number
            host = parts.hostname or ""
        except ValueError:
            parts, port, host = None, None, ""
        if ":" in host:
            host = f"[{host}]"
        # A browser leaves the scheme's default port out of Origin: https://x:443 never matches.
        if port == {"http": 80, "https": 443}.get(parts and parts.scheme):
            port = None
        rebuilt = parts and f"{parts.scheme}://{host}" + (f":{port}" if port else "")
        if not host or parts.scheme not in {"http", "https"} or rebuilt != origin:
            raise ImproperlyConfigured(
                f"{name} must list origins like https://portal.example.org or "
                f"http://localhost:3000 (lower case, no path or trailing slash, no :443 "
                f"or :80), not {origin!r}"
            )
    return origins


# Requests per client: an anonymous caller is counted per address (the proxy-aware
# cms.login_throttling.client_ip_address), a signed-in caller (token or session) per
# user. Counters live in the default cache, so in Redis when REDIS_URL is set and shared
# by every worker; while Redis is down nobody is limited (api.throttling).
API_ANONYMOUS_RATE = env_rate("API_ANONYMOUS_RATE", "120/min")
API_TOKEN_RATE = env_rate("API_TOKEN_RATE", "1200/min")
# django-cors-headers: which other web sites' pages may read /api/v2/ from a browser.
# Read-only methods; no credentials across origins (CORS_ALLOW_CREDENTIALS stays False),
# so a page elsewhere can never read what an editor's session would show, only what a
# token it was given shows.
CORS_URLS_REGEX = r"^/api/v2/"
CORS_ALLOWED_ORIGINS = env_origins("API_CORS_ALLOWED_ORIGINS")
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["authorization", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "Content-Language"]
# --- end of Read API: tokens, rate limits, CORS ---

# --- Read API: HTTP caching (api.http_caching) ---
# Anonymous API responses are kept in the default cache (Redis) this many seconds, and
# dropped at once when a site they show changes (the page cache's tokens; 0 = off).
API_CACHE_SECONDS = int(os.environ.get("API_CACHE_SECONDS", "300"))
# How long a browser or a shared cache (CDN) may reuse an anonymous API response without
# asking again (Cache-Control: public, max-age); after that it revalidates with its ETag.
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "60"))
# A listing's exact total (meta.total_count) is counted once per version of the content
# and kept this many seconds at most (api.counting; 0 = count on every request): the
# cross-site listings count tens of thousands of pages.
API_COUNT_CACHE_SECONDS = int(os.environ.get("API_COUNT_CACHE_SECONDS", "300"))
# --- end of Read API: HTTP caching ---

# The change feed keeps this many days of changes (`manage.py prune_api_changes`, run
# daily, deletes older ones; a consumer's cursor from before them then answers 410).
API_CHANGES_KEEP_DAYS = env_positive_int("API_CHANGES_KEEP_DAYS", 365)

# --- Background tasks and webhooks (api.webhooks) ---
# Webhook deliveries are queued in the database (django-tasks-db) and sent by its worker,
# `manage.py db_worker --backend webhooks` (run beside the web server; `make demo` does),
# never by the request that published. Wagtail's own small tasks (reference index,
# focal points) keep the default backend and run at once, as they did before.
WEBHOOK_TASK_BACKEND = "webhooks"
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    WEBHOOK_TASK_BACKEND: {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# A receiver must answer within this many seconds (per connect and per read), or the
# attempt fails and is retried.
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "5"))
# Attempts per delivery before it is marked failed; the n-th retry waits
# WEBHOOK_RETRY_BASE_SECONDS x 4^(n-1): 30 s, 2 min, 8 min, 32 min, 2 h 8 min by default.
WEBHOOK_MAX_ATTEMPTS = env_positive_int("WEBHOOK_MAX_ATTEMPTS", 6)
WEBHOOK_RETRY_BASE_SECONDS = env_positive_int("WEBHOOK_RETRY_BASE_SECONDS", 30)
# Receivers must be on public internet addresses: a webhook aimed at this server's own
# network (database, Redis, a cloud's metadata service) is refused when saved and at each
# delivery (api.webhooks.addresses). On for development and the demo (dev.py).
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", False)
# On SQLite (the demo) the worker looks for due tasks every second in a short exclusive
# transaction; in SQLite's default rollback journal that shuts out the web server's
# readers and can make an editor's publish fail with "database is locked". Write-ahead
# logging lets readers and one writer go on side by side (a no-op for the tests'
# in-memory database).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
# --- end of Background tasks and webhooks ---

# --- Read API: OpenAPI document (api.schema) ---
# drf-spectacular writes /api/v2/schema/ from the endpoints themselves (api.schema knows
# Wagtail's v2 endpoints, which drf-spectacular cannot read alone); drf-spectacular-sidecar
# serves Swagger UI at /api/v2/docs/ from the project's static files, no CDN.
INSTALLED_APPS += ["drf_spectacular", "drf_spectacular_sidecar"]
REST_FRAMEWORK["DEFAULT_SCHEMA_CLASS"] = "api.schema.ReadAPISchema"
SPECTACULAR_SETTINGS = {
    "TITLE": "UN permanent missions: read API",
    "DESCRIPTION": (
        "Public content of every permanent mission's website: pages, news, statements, "
        "events, the missions directory, images and documents, in every language, and "
        "the change feed. Anonymous callers see live, public content; a Wagtail API "
        "token (`Authorization: Bearer ...`) raises the rate limit. Every refusal is a "
        'JSON body `{"message": ..., "parameter": ...}` naming the parameter at fault.'
    ),
    "VERSION": "2",
    # The document describes the API, not itself.
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PUBLIC": True,
    "SCHEMA_PATH_PREFIX": r"/api/v2",
    # Only /api/v2/: Wagtail's admin API (the choosers) is DRF too, and nobody's business.
    "PREPROCESSING_HOOKS": ["api.schema.only_the_read_api"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
# --- end of Read API: OpenAPI document ---

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
