"""Settings shared by every environment. Safe for production by itself: DEBUG is off,
cookies are secure and secrets come only from the environment."""

from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, ""),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    # Shared by every process on the machine (a unit added from the command line is seen by the
    # running server at once); use Redis (rediscache://...) when there are several machines.
    CACHE_URL=(str, f"filecache://{BASE_DIR / '.cache' / 'django'}"),
    # Whole public pages for anonymous visitors (web.pagecache); empty: kept beside CACHE_URL.
    PAGE_CACHE_URL=(str, ""),
    PAGE_CACHE_ENABLED=(bool, True),
    # How long front caches and browsers may keep a public page, in seconds.
    PAGE_CACHE_MAX_AGE=(int, 120),
    # How long the portal keeps a page; changes replace it sooner, but not clock-driven content.
    PAGE_CACHE_TIMEOUT=(int, 600),
    # Domain suffixes whose hosts are always accepted (".localhost" in development).
    PORTAL_HOST_SUFFIXES=(list, [".localhost", "localhost", "127.0.0.1"]),
    # The hostname of the portal's own front door (the default Wagtail site).
    PORTAL_HOSTNAME=(str, "localhost"),
    WAGTAILADMIN_BASE_URL=(str, "http://localhost:8000"),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "noreply@localhost"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "staticfiles")),
    SECURE_SSL_REDIRECT=(bool, True),
    SECURE_HSTS_SECONDS=(int, 31536000),
    SECURE_HSTS_PRELOAD=(bool, True),
    SESSION_COOKIE_AGE=(int, 60 * 60 * 8),
    # Proxies (IPs or CIDR ranges) whose X-Forwarded-For is believed; none: REMOTE_ADDR.
    PORTAL_TRUSTED_PROXIES=(list, []),
    # Roles that must use a second factor in the admin (superusers too, when not empty).
    PORTAL_REQUIRE_2FA_FOR_ROLES=(list, ["moderator", "central_admin"]),
    PORTAL_OTP_ISSUER=(str, "Health network portal"),
    PORTAL_LOGIN_FAILURE_LIMIT=(int, 5),
    PORTAL_LOGIN_COOLOFF_MINUTES=(int, 30),
    PORTAL_PUBLIC_SUBMISSION_RATE=(str, "10/m"),
    PORTAL_MAX_UPLOAD_MB=(int, 20),
    PORTAL_TAKEDOWN_EVIDENCE_MAX_MB=(int, 10),
    TRAFFIC_LOG_ENABLED=(bool, True),
    TRAFFIC_RETENTION_DAYS=(int, 90),
    # Cookieless page-view counts per site, page and day for the statistics pages (C-24).
    PAGE_VIEW_COUNTING=(bool, True),
    # Traffic records and page views wait in memory, then one bulk write (web.writebehind).
    WRITE_BEHIND_INTERVAL_SECONDS=(float, 2.0),
    WRITE_BEHIND_MAX_ITEMS=(int, 1000),
)
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")

INSTALLED_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "network.users_app.NetworkUsersAppConfig",  # wagtail.users with the W-09 guard
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_ratelimit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    # Ours last: their post_migrate set-up needs every other app's permissions in place.
    "network",
    "unitsites",
    "home",
]

MIDDLEWARE = [
    "network.traffic.TrafficLogMiddleware",
    # Inside the traffic log, so that pages served from the cache are logged too.
    "web.pagecache.StoreCachedPagesMiddleware",
    "web.hosts.RegisteredHostMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "web.pagecache.ServeCachedPagesMiddleware",  # needs the language; answers before the rest
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "network.twofactor.middleware.RequireTwoFactorMiddleware",
    "network.acknowledgement.RequireDutyAcknowledgementMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "network.security.PortalCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "config.urls"

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

# Form widgets render through TEMPLATES, so templates/ can override a widget's (the admin date
# pickers say which era they take: templates/wagtailadmin/widgets/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Every request writes one traffic record: in WAL mode with NORMAL sync a commit does not
    # wait for the disk (27 ms -> 1.4 ms measured), and readers never wait for that writer.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    # A transaction takes the write lock when it begins, so a writer waits for another process's
    # transaction (the demo loading a unit while the portal serves, `make run`) for up to 30 s
    # instead of failing at once when it turns from reading to writing.
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 30)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL")}
# The page cache holds its own generations, so it must be as shared as the default cache: by
# default the same store under its own prefix (a file cache: a directory of its own, as file
# caches clear and cull whole directories).
PAGE_CACHE = {**CACHES["default"], "KEY_PREFIX": "pages"}
if PAGE_CACHE["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache":
    PAGE_CACHE["LOCATION"] = str(Path(PAGE_CACHE["LOCATION"]).with_name("pages"))
    PAGE_CACHE["OPTIONS"] = {"MAX_ENTRIES": 20000}
CACHES["pages"] = env.cache("PAGE_CACHE_URL") if env("PAGE_CACHE_URL") else PAGE_CACHE
PAGE_CACHE_ENABLED = env("PAGE_CACHE_ENABLED")
PAGE_CACHE_MAX_AGE = env("PAGE_CACHE_MAX_AGE")
PAGE_CACHE_TIMEOUT = env("PAGE_CACHE_TIMEOUT")

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Thai first: the first migrate creates the Thai locale from LANGUAGE_CODE.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Earlier LOCALE_PATHS entries win: locale_overrides/ replaces Wagtail's and wagtail-localize's
# weaker Thai admin strings; locale/ holds the portal's own.
LOCALE_PATHS = [BASE_DIR / "locale_overrides", BASE_DIR / "locale"]
TIME_ZONE = "Asia/Bangkok"  # REQUIREMENTS L-04
USE_I18N = True
USE_TZ = True

# English translations are edited and submitted like any page, so they pass the workflow
# (WAGTAIL-NOTES §4): simple mode, and a new translation starts as a draft.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = _("Provincial public-health network")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Uploads (REQUIREMENTS S-10): an allow-list checked by content too (network.uploads), a size
# limit, no SVG images, and documents served through Django so that only PDFs open inline.
PORTAL_MAX_UPLOAD_MB = env("PORTAL_MAX_UPLOAD_MB")
WAGTAILDOCS_MAX_UPLOAD_SIZE = PORTAL_MAX_UPLOAD_MB * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = PORTAL_MAX_UPLOAD_MB * 1024 * 1024
# The public's evidence for a notice-and-takedown request: a screenshot or a PDF.
PORTAL_TAKEDOWN_EVIDENCE_MAX_MB = env("PORTAL_TAKEDOWN_EVIDENCE_MAX_MB")
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "network.replaced_files.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "network.uploads.CheckedDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "odt",
    "ods",
    "csv",
    "txt",
    "zip",
]

PORTAL_HOST_SUFFIXES = env("PORTAL_HOST_SUFFIXES")
PORTAL_HOSTNAME = env("PORTAL_HOSTNAME")
# Hosts are checked by web.hosts.RegisteredHostMiddleware against the suffixes above and
# the registry of units, so adding a unit needs no settings change.
ALLOWED_HOSTS = ["*"]

EMAIL_CONFIG = env.email_url("EMAIL_URL")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env("SESSION_COOKIE_AGE")
# Offices share computers: a session ends with the browser, and after 8 hours in any case.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (REQUIREMENTS S-10): no inline script on the public sites. Maps are
# OpenStreetMap iframes (templates/blocks/map_block.html). The Wagtail admin renders inline
# scripts, so /admin/ gets PORTAL_ADMIN_CSP instead (network.security.PortalCSPMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-src": ["https://www.openstreetmap.org"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
PORTAL_ADMIN_CSP = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    # Wagtail's live preview frames the admin's own preview views.
    "frame-src": ["'self'", "https://www.openstreetmap.org"],
    "frame-ancestors": ["'self'"],
}

# Admin login protection (REQUIREMENTS S-09): lockout after repeated failures per user name and
# address, a second factor for the roles below, sessions that end.
AXES_FAILURE_LIMIT = env("PORTAL_LOGIN_FAILURE_LIMIT")
AXES_COOLOFF_TIME = timedelta(minutes=env("PORTAL_LOGIN_COOLOFF_MINUTES"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "web.clientip.client_ip"
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_DISABLE_ACCESS_LOG = True  # the traffic log records every login (network.traffic)
PORTAL_REQUIRE_2FA_FOR_ROLES = env("PORTAL_REQUIRE_2FA_FOR_ROLES")
# The admin's JSON APIs accept only the signed-in (and verified) session: HTTP Basic would let
# a password alone in, past the second factor and the CSRF check.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"]
}
# The name authenticator apps show beside the code.
OTP_TOTP_ISSUER = env("PORTAL_OTP_ISSUER")

# Public submissions per client address (web.ratelimit); django-ratelimit needs a shared
# cache with atomic increments (Redis through django-redis in production).
PORTAL_PUBLIC_SUBMISSION_RATE = env("PORTAL_PUBLIC_SUBMISSION_RATE")
PORTAL_TRUSTED_PROXIES = env("PORTAL_TRUSTED_PROXIES")

# Traffic data under the Computer Crime Act s.26 (REQUIREMENTS S-02, S-03): kept at least
# 90 days, then purged by the scheduler unless on hold.
TRAFFIC_LOG_ENABLED = env("TRAFFIC_LOG_ENABLED")
TRAFFIC_RETENTION_DAYS = env("TRAFFIC_RETENTION_DAYS")

# Page views per site, page and day for the statistics pages, counted on the server without
# cookies or addresses (REQUIREMENTS C-24, P-11; unitsites.statistics.pageviews).
PAGE_VIEW_COUNTING = env("PAGE_VIEW_COUNTING")

# Neither is written on the request path: each process writes them in bulk every few seconds,
# when WRITE_BEHIND_MAX_ITEMS are waiting, and at exit; a killed process loses one interval's
# worth (web.writebehind; DESIGN.md, Scale).
WRITE_BEHIND_INTERVAL_SECONDS = env("WRITE_BEHIND_INTERVAL_SECONDS")
WRITE_BEHIND_MAX_ITEMS = env("WRITE_BEHIND_MAX_ITEMS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # Evidence that belongs outside the database: the traffic chain's head after each seal
    # (S-03) and every retention purge of personal data (P-06).
    "loggers": {
        "network.traffic.chain": {"level": "INFO"},
        "unitsites.retention": {"level": "INFO"},
    },
}
