"""Recording traffic: one record per request, login, failed login and logout (Django's
authentication signals), kept in the process's buffer and inserted in bulk a few seconds later
(web.writebehind), so no request waits for the database.

One bulk insert gives its records consecutive ids in the order they were made; sealing follows
the ids (network.traffic.chain), so several processes writing at once still make one chain.
"""

from operator import attrgetter

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from network.models import TrafficKind, TrafficRecord
from web.clientip import client_ip, client_port
from web.writebehind import WriteBehindBuffer

PATH_LIMIT = 2048


def _text(value, limit):
    """Header and form text as it may be stored: no NUL (PostgreSQL refuses it), clipped."""
    return str(value or "").replace("\x00", "\ufffd")[:limit]


def _request_fields(request):
    if request is None:
        return {}
    return {
        "host": _text(request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME"), 255),
        "client_ip": client_ip(request) or None,
        "client_port": client_port(request),
        "method": _text(request.method, 16),
        "path": _text(request.get_full_path(), PATH_LIMIT),
        "user_agent": _text(request.META.get("HTTP_USER_AGENT"), 512),
    }


def _account(user):
    if user is None or not user.is_authenticated:
        return {}
    return {"user_id": user.pk, "username": _text(user.get_username(), 150)}


def insert_records(records):
    """Insert buffered records, oldest first, in one transaction."""
    with transaction.atomic():
        TrafficRecord.objects.bulk_create(sorted(records, key=attrgetter("time")), batch_size=500)


traffic_buffer = WriteBehindBuffer("traffic records", insert_records)


def _write(**fields):
    traffic_buffer.add(TrafficRecord(**fields))


def record_request(request, status, started):
    _write(
        time=started,
        status=status,
        **_request_fields(request),
        **_account(getattr(request, "user", None)),
    )


def record_event(kind, request, user=None, username=""):
    """Record a login, failed login or logout."""
    if not settings.TRAFFIC_LOG_ENABLED:
        return
    fields = {"time": timezone.now(), "kind": kind, **_request_fields(request), **_account(user)}
    if username and "username" not in fields:
        fields["username"] = _text(username, 150)
    _write(**fields)


class TrafficLogMiddleware:
    """Records every request except static files, cached answers included.

    Placed first in MIDDLEWARE so that it also sees the answers other middleware gives (unknown
    hosts, redirects to HTTPS, cached pages). The record only joins the buffer, so it costs the
    visitor no database write; TRAFFIC_LOG_ENABLED switches it off.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.skip_prefixes = (settings.STATIC_URL,)

    def __call__(self, request):
        started = timezone.now()
        response = self.get_response(request)
        if settings.TRAFFIC_LOG_ENABLED and not request.path.startswith(self.skip_prefixes):
            record_request(request, response.status_code, started)
        return response


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    record_event(TrafficKind.LOGIN_SUCCESS, request, user)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    record_event(TrafficKind.LOGIN_FAILURE, request, username=credentials.get("username", ""))


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    record_event(TrafficKind.LOGOUT, request, user)
