"""Rate limits for public submissions (forms, questions, ratings): a visitor who sends too many
in a short time gets a 429 page in Thai and English instead of another submission. Each unit's
site counts on its own, so a visitor throttled on one unit's site can still use another's.

    @limit_submissions("contact-form")
    def contact(request): ...

On a Wagtail page: `@method_decorator(limit_submissions("questions"), name="serve")`.
Only unsafe methods (POST by default) count, so reading the form is never limited.
"""

from functools import wraps

from django.conf import settings
from django.shortcuts import render

from wagtail.models import Site

from django_ratelimit.core import is_ratelimited

from web.clientip import client_ip

UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
RETRY_AFTER_SECONDS = 60


def _site_and_client_key(group, request):
    site = Site.find_for_request(request)
    return f"{site.pk if site else 'portal'}|{client_ip(request) or 'unknown'}"


def too_many_requests(request):
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def limit_submissions(group, rate=None, methods=UNSAFE_METHODS):
    """Allow each client address `rate` submissions (default PORTAL_PUBLIC_SUBMISSION_RATE,
    e.g. "10/m") to the views sharing `group` on one site."""

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if is_ratelimited(
                request,
                group=group,
                key=_site_and_client_key,
                rate=rate or settings.PORTAL_PUBLIC_SUBMISSION_RATE,
                method=list(methods),
                increment=True,
            ):
                return too_many_requests(request)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator
