from functools import cache
from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse

from network.security import admin_prefix
from network.twofactor import confirmed_devices, requires_two_factor

# Admin URLs an unverified user may still reach.
OPEN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "network_twofactor_verify",
    "network_twofactor_setup",
)


@cache
def open_paths():
    return frozenset(reverse(name) for name in OPEN_URL_NAMES)


def is_open(path):
    """Whether an unverified user may reach `path`: the fixed pages, and enrolment links."""
    if path in open_paths():
        return True
    try:
        return resolve(path).url_name == "network_twofactor_enrol"
    except Resolver404:
        return False


class RequireTwoFactorMiddleware:
    """Sends a signed-in admin user who has not entered a code this session to the code page,
    or to enrolment when their role requires a second factor and they have none yet.

    Goes after django_otp.middleware.OTPMiddleware, which provides `user.is_verified()`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self._detour(request) or self.get_response(request)

    def _detour(self, request):
        path = request.path_info
        if not path.startswith(admin_prefix()):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if confirmed_devices(user).exists():
            target = "network_twofactor_verify"
        elif requires_two_factor(user):
            target = "network_twofactor_setup"
        else:
            return None
        if is_open(path):
            return None
        query = urlencode({"next": request.get_full_path()})
        return HttpResponseRedirect(f"{reverse(target)}?{query}")
