"""Media (images, renditions, documents) in an S3-compatible bucket, addressed on the visitor's
own host under MEDIA_URL: nginx proxies /media/images/ and /media/original_images/ to the
bucket (deploy/nginx/portal.conf), so pages keep their `img-src 'self'` policy, the front cache
keeps the images, and no link ever carries a signed URL that expires inside a cached page.
Documents are not reachable that way: they are served by the app (/documents/<id>/<name>,
WAGTAILDOCS_SERVE_METHOD = "serve_view") with today's Content-Type and Content-Disposition rules.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri

from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class SiteMediaS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(self._normalize_name(clean_name(name)))
