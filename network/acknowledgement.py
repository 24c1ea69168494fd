"""Acknowledging the Computer Crime Act duties (seed §3.4, REQUIREMENTS W-18): which version is in
effect, who has acknowledged it, and recording an acknowledgement with its time and address."""

from urllib.parse import urlencode

from django.db.models import Max
from django.http import HttpResponseRedirect
from django.urls import reverse

from network.models import DutyAcknowledgement, DutyStatement
from network.security import admin_prefix
from network.twofactor.middleware import is_open
from web.clientip import client_ip

ACKNOWLEDGE_URL_NAME = "network_duties_acknowledge"

# The version this session's user has acknowledged, so the admin asks the database once.
SESSION_KEY = "network_duties_acknowledged"


def statement_in_effect(today=None):
    """The version every staff account must have acknowledged (None before the first)."""
    return DutyStatement.objects.in_effect(today).first()


def has_acknowledged(user, statement):
    return DutyAcknowledgement.objects.filter(user=user, statement=statement).exists()


def needs_acknowledgement(request):
    """Whether the signed-in user has yet to acknowledge the version in effect."""
    statement = statement_in_effect()
    if statement is None or request.session.get(SESSION_KEY) == statement.pk:
        return False
    if not has_acknowledged(request.user, statement):
        return True
    request.session[SESSION_KEY] = statement.pk
    return False


def acknowledge(user, statement, request=None):
    """Record that `user` acknowledged `statement` (once; a second call changes nothing)."""
    acknowledgement, _created = DutyAcknowledgement.objects.get_or_create(
        user=user,
        statement=statement,
        defaults={"client_address": (client_ip(request) or None) if request else None},
    )
    if request is not None:
        request.session[SESSION_KEY] = statement.pk
    return acknowledgement


def latest_versions(user_ids):
    """{user id: the highest version each has acknowledged} (users with none are left out)."""
    rows = (
        DutyAcknowledgement.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(version=Max("statement__version"))
    )
    return {row["user_id"]: row["version"] for row in rows}


class RequireDutyAcknowledgementMiddleware:
    """Sends a signed-in admin user to the acknowledgement page until they have acknowledged
    the version in effect: "before its first action in the admin and again when the text
    changes" (issue 15). Signing in and out and two-step verification stay open.

    Goes after network.twofactor.middleware.RequireTwoFactorMiddleware: who the person is is
    settled before what they promise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self._detour(request) or self.get_response(request)

    def _detour(self, request):
        path = request.path_info
        if not path.startswith(admin_prefix()) or not request.user.is_authenticated:
            return None
        page = reverse(ACKNOWLEDGE_URL_NAME)
        if path == page or is_open(path) or not needs_acknowledgement(request):
            return None
        return HttpResponseRedirect(f"{page}?{urlencode({'next': request.get_full_path()})}")
