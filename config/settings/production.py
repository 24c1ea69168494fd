"""Production: everything secret or host-specific comes from the environment.

The shared services of several app servers (docs/deploy.md) are switched on by variables, so
the same settings run one box on SQLite and local files, or a cluster on PostgreSQL, Redis and
an S3-compatible bucket. deploy/portal.env.example documents every variable."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, INSTALLED_APPS, SECRET_KEY, env

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

# --- Cluster: shared services of several app servers (docs/deploy.md) -------------------------

# PostgreSQL: keep each worker's connection open between requests, and test it before reuse so
# that a database restart costs one reconnect instead of an error page.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool("DATABASE_CONN_HEALTH_CHECKS", default=True)

# Redis (django-redis, the only backend django-ratelimit accepts) for the cache, and through it
# the rate limits, the login lockout's cache and the sessions. REDIS_URL wins over CACHE_URL.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES["default"] = env.cache_url_config(REDIS_URL)
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    # Sessions read from Redis and are written through to the database: a Redis restart signs
    # nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Images, renditions and documents in an S3-compatible bucket (web.mediastorage explains how
# visitors reach them); local MEDIA_ROOT when MEDIA_S3_BUCKET is empty.
MEDIA_S3_BUCKET = env.str("MEDIA_S3_BUCKET", default="")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "web.mediastorage.SiteMediaS3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env.str("MEDIA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("MEDIA_S3_REGION", default="") or None,
            # Empty: boto3's own chain (AWS_ACCESS_KEY_ID..., an instance role).
            "access_key": env.str("MEDIA_S3_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("MEDIA_S3_SECRET_ACCESS_KEY", default="") or None,
            "addressing_style": env.str("MEDIA_S3_ADDRESSING_STYLE", default="path"),
            # Wagtail gives every upload a name of its own; never replace another file's object.
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": False,
        },
    }

# The front cache (deploy/nginx/portal.conf) is told to drop a page when it is published,
# unpublished or expires; the URL is where its PURGE listener answers.
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
