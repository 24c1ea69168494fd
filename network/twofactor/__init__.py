"""A second factor (TOTP, django-otp) for the Wagtail admin (REQUIREMENTS S-09).

wagtail-2fa does not run on Wagtail 8 (ECOSYSTEM row 1), so this is our own small integration:
a middleware that sends unverified admin users to the code page or to enrolment, and the two
views. Whoever has an authenticator must use it; the roles in PORTAL_REQUIRE_2FA_FOR_ROLES (and
superusers, when that list is not empty) must have one.
"""

from django.conf import settings

from django_otp.plugins.otp_totp.models import TOTPDevice

from network.models import UnitRoleGroup


def requires_two_factor(user):
    roles = settings.PORTAL_REQUIRE_2FA_FOR_ROLES
    if not roles or not user.is_authenticated:
        return False
    return (
        user.is_superuser or UnitRoleGroup.objects.filter(group__user=user, role__in=roles).exists()
    )


def confirmed_devices(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True)
