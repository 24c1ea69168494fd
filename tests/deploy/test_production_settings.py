"""config.settings.production resolves the shared services from the environment alone: one box
with no services by default, PostgreSQL + Redis + an S3-compatible bucket when the variables say
so (docs/deploy.md). Each case imports the settings in a child process with exactly that
environment; nothing connects to a service."""

from .conftest import SECRET, resolved_settings, run_manage, run_python

CLUSTER = {
    "DATABASE_URL": "postgres://portal:secret@10.0.0.5:5432/portal",
    "DATABASE_CONN_MAX_AGE": "300",
    "REDIS_URL": "redis://10.0.0.6:6379/1",
    "MEDIA_S3_BUCKET": "portal-media",
    "MEDIA_S3_ENDPOINT_URL": "http://10.0.0.7:9000",
    "MEDIA_S3_ACCESS_KEY_ID": "portal",
    "MEDIA_S3_SECRET_ACCESS_KEY": "not-a-real-secret",
    "FRONTEND_CACHE_PURGE_URL": "http://10.0.0.10:6081",
    "PORTAL_TRUSTED_PROXIES": "10.0.0.10,10.0.1.0/24",
}


def test_without_services_one_box_runs_on_files_and_the_database():
    resolved = resolved_settings()

    assert resolved["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert resolved["session_engine"] == "django.contrib.sessions.backends.db"
    assert resolved["media_storage"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert resolved["image_url"].startswith("/media/images/")
    assert resolved["conn_max_age"] == 60
    assert resolved["conn_health_checks"] is True
    assert resolved["frontend_cache"] is None
    assert resolved["frontend_cache_app"] is False
    assert resolved["debug"] is False


def test_a_cluster_shares_postgresql_redis_and_the_bucket():
    resolved = resolved_settings(**CLUSTER)

    assert resolved["database_engine"] == "django.db.backends.postgresql"
    assert resolved["conn_max_age"] == 300
    assert resolved["conn_health_checks"] is True
    # django-redis: the one backend django-ratelimit accepts for shared, atomic counters.
    assert resolved["cache"] == "django_redis.cache.RedisCache"
    assert resolved["cache_location"] == "redis://10.0.0.6:6379/1"
    assert resolved["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert resolved["media_storage"] == "web.mediastorage.SiteMediaS3Storage"
    assert resolved["bucket"] == "portal-media"
    assert resolved["endpoint"] == "http://10.0.0.7:9000"
    # Same origin, unsigned: cached pages keep working images under `img-src 'self'`.
    assert resolved["image_url"] == (
        "/media/images/%E0%B8%A0%E0%B8%B2%E0%B8%9E%20%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7"
        ".fill-200x100.webp"
    )
    # Documents still pass through the app, which sets their type and disposition.
    assert resolved["documents_served_by"] == "serve_view"
    assert resolved["staticfiles_storage"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert resolved["frontend_cache_app"] is True
    assert resolved["frontend_cache"] == {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://10.0.0.10:6081",
        }
    }
    assert resolved["trusted_proxies"] == ["10.0.0.10", "10.0.1.0/24"]


def test_a_redis_cache_url_also_moves_sessions_to_redis():
    resolved = resolved_settings(CACHE_URL="redis://127.0.0.1:6379/3")

    assert resolved["cache"] == "django_redis.cache.RedisCache"
    assert resolved["session_engine"] == "django.contrib.sessions.backends.cached_db"


def test_connections_can_be_made_per_request():
    resolved = resolved_settings(DATABASE_CONN_MAX_AGE="0", DATABASE_CONN_HEALTH_CHECKS="False")

    assert resolved["conn_max_age"] == 0
    assert resolved["conn_health_checks"] is False


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python("import django; django.setup()", SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_is_clean_for_a_cluster():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **CLUSTER)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert SECRET not in result.stdout + result.stderr


def test_check_deploy_without_redis_names_only_the_rate_limit_cache():
    """Documented in docs/deploy.md: production needs Redis even on one box, because rate limits
    count with atomic increments that a file cache does not have."""
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")

    output = result.stdout + result.stderr
    assert result.returncode != 0
    issues = {line.split(")")[0].split("(")[-1] for line in output.splitlines() if ": (" in line}
    assert issues == {"django_ratelimit.E003", "django_ratelimit.W001"}
