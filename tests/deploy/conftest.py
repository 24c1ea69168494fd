"""Runs the project under config.settings.production in a child process with a given
environment and nothing else (no DATABASE_URL of the test run, no .env of a checkout)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "a-production-like-secret-key-that-is-long-and-random-enough-0123456789"
# Every variable the production block reads, empty unless a test sets it.
CLUSTER_VARIABLES = (
    "REDIS_URL",
    "MEDIA_S3_BUCKET",
    "MEDIA_S3_ENDPOINT_URL",
    "MEDIA_S3_REGION",
    "MEDIA_S3_ACCESS_KEY_ID",
    "MEDIA_S3_SECRET_ACCESS_KEY",
    "FRONTEND_CACHE_PURGE_URL",
)


def production_env(**variables):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT), "SECRET_KEY": SECRET}
    env.update(dict.fromkeys(CLUSTER_VARIABLES, ""))
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    env.update(variables)
    return env


def run_python(code, **variables):
    return subprocess.run(  # noqa: S603  (the project's own commands)
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=production_env(**variables),
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_manage(*arguments, **variables):
    return subprocess.run(  # noqa: S603  (the project's own commands)
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=production_env(**variables),
        capture_output=True,
        text=True,
        timeout=120,
    )


RESOLVE = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
database = settings.DATABASES["default"]
media = storages["default"]
print(json.dumps({
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "session_engine": settings.SESSION_ENGINE,
    "database_engine": database["ENGINE"],
    "conn_max_age": database["CONN_MAX_AGE"],
    "conn_health_checks": database["CONN_HEALTH_CHECKS"],
    "media_storage": f"{type(media).__module__}.{type(media).__qualname__}",
    "bucket": getattr(media, "bucket_name", None),
    "endpoint": getattr(media, "endpoint_url", None),
    "image_url": media.url("images/ภาพ ข่าว.fill-200x100.webp"),
    "staticfiles_storage": settings.STORAGES["staticfiles"]["BACKEND"],
    "documents_served_by": settings.WAGTAILDOCS_SERVE_METHOD,
    "frontend_cache": getattr(settings, "WAGTAILFRONTENDCACHE", None),
    "frontend_cache_app": "wagtail.contrib.frontend_cache" in settings.INSTALLED_APPS,
    "trusted_proxies": settings.PORTAL_TRUSTED_PROXIES,
    "debug": settings.DEBUG,
}))
"""


def resolved_settings(**variables):
    """The production settings as resolved from exactly `variables` (plus SECRET_KEY)."""
    result = run_python(RESOLVE, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
