"""System checks for the security settings that come from the environment."""

import ipaddress

from django.conf import settings
from django.core.checks import Error, register

from network.models import Role
from web.file_content import CONTENT_CHECKS


@register()
def check_security_settings(app_configs, **kwargs):
    errors = []
    if settings.TRAFFIC_RETENTION_DAYS < 90:
        errors.append(
            Error(
                "TRAFFIC_RETENTION_DAYS must be at least 90.",
                hint="The Computer Crime Act s.26 requires traffic data for at least 90 days.",
                id="network.E001",
            )
        )
    unknown = set(settings.PORTAL_REQUIRE_2FA_FOR_ROLES) - set(Role.values)
    if unknown:
        errors.append(
            Error(
                f"PORTAL_REQUIRE_2FA_FOR_ROLES names unknown roles: {', '.join(sorted(unknown))}.",
                hint=f"Use some of: {', '.join(Role.values)}.",
                id="network.E002",
            )
        )
    for proxy in settings.PORTAL_TRUSTED_PROXIES:
        try:
            ipaddress.ip_network(proxy.strip(), strict=False)
        except ValueError:
            errors.append(
                Error(
                    f"PORTAL_TRUSTED_PROXIES has {proxy!r}, which is not an address or range.",
                    id="network.E003",
                )
            )
    unchecked = set(settings.WAGTAILDOCS_EXTENSIONS) - set(CONTENT_CHECKS)
    if unchecked:
        errors.append(
            Error(
                f"WAGTAILDOCS_EXTENSIONS allows {', '.join(sorted(unchecked))} with no content check.",
                hint="Add a check to web.file_content.CONTENT_CHECKS or remove the extension.",
                id="network.E004",
            )
        )
    return errors
