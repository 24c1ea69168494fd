"""Settings for the pytest suite: fast hashing, in-memory cache and mail, plain static files."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105  (test settings only)
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Files a test run uploads or seeds go to the process's own directory, removed when the run
# ends (tests/conftest.py), never into the checkout's media/.
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_COMMENTS_ENABLED = False
PORTAL_HOST_SUFFIXES = [".localhost", "localhost", "testserver"]
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
# Tests log in with force_login; the lockout and second-factor tests switch these back on.
AXES_ENABLED = False
PORTAL_REQUIRE_2FA_FOR_ROLES = []
# Off so that query-count tests see only their own queries; tests/network/test_traffic_log.py
# switches it on.
TRAFFIC_LOG_ENABLED = False
# Off for the same reason; tests/unitsites/test_statistics_counting.py switches it on.
PAGE_VIEW_COUNTING = False
# No write-behind thread: tests write the buffers with web.writebehind.flush_all().
WRITE_BEHIND_INTERVAL_SECONDS = 0
# Off so that tests which change content without signals see it at once;
# tests/web/test_page_cache.py switches it on.
PAGE_CACHE_ENABLED = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # The in-memory test database shares one cache between connections: a test's transaction
    # taking the write lock when it begins (base.py) would refuse every other connection's write
    # until the test ends, and the concurrency tests' threads write while it is open.
    DATABASES["default"]["OPTIONS"].pop("transaction_mode", None)  # noqa: F405
