"""Response headers: the Content-Security-Policy, strict on the public sites and looser on the
Wagtail admin, whose templates still contain inline scripts (ECOSYSTEM row 3)."""

from functools import cache

from django.conf import settings
from django.urls import reverse

from csp.middleware import CSPMiddleware, PolicyParts


@cache
def admin_prefix():
    """The Wagtail admin's URL prefix ("/admin/")."""
    return reverse("wagtailadmin_home")


class PortalCSPMiddleware(CSPMiddleware):
    """CONTENT_SECURITY_POLICY everywhere, PORTAL_ADMIN_CSP under the admin's URL prefix."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(admin_prefix()):
            return PolicyParts(settings.PORTAL_ADMIN_CSP, parts.update, parts.replace, parts.nonce)
        return parts
