"""One-time enrolment links: a person whose role requires a second factor enrols their
authenticator only through a link a central administrator issued for their account, so a stolen
password alone cannot enrol the thief's phone.

The link is single use, expires, and works only for the account it names, signed in. Opening it
spends it and lets this browser session enrol; enrolling ends that permission.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from network.models import EnrolmentLink

from . import requires_two_factor

LIFETIME = timedelta(hours=72)
SESSION_KEY = "network_twofactor_enrolment_link"
LINK_ISSUED = "network.twofactor.link_issued"


class LinkRefused(Exception):
    """The link cannot be used; the message says why, for the person holding it."""


def _hash(token):
    return salted_hmac("network.twofactor.enrolment", token, algorithm="sha256").hexdigest()


def issue_link(user, issued_by=None, lifetime=LIFETIME):
    """A new link for `user`, ending any earlier one not yet used; returns its path (the only
    time the secret is known)."""
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    EnrolmentLink.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(
        expires_at=now
    )
    link = EnrolmentLink.objects.create(
        user=user,
        token_hash=_hash(token),
        issued_by=issued_by,
        issued_at=now,
        expires_at=now + lifetime,
    )
    log(user, LINK_ISSUED, user=issued_by, data={"expires_at": link.expires_at.isoformat()})
    return reverse("network_twofactor_enrol", args=[token])


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def open_link(request, token):
    """Spend the link for the signed-in user and let this session enrol, or raise LinkRefused."""
    link = EnrolmentLink.objects.filter(token_hash=_hash(token)).first()
    now = timezone.now()
    if link is None:
        raise LinkRefused(_("This enrolment link is not valid."))
    if link.user_id != request.user.pk:
        raise LinkRefused(
            _("This enrolment link was issued for another account. Sign in as that person.")
        )
    if link.used_at is not None:
        raise LinkRefused(_("This enrolment link has already been used."))
    if link.expires_at <= now:
        raise LinkRefused(_("This enrolment link has expired."))
    spent = EnrolmentLink.objects.filter(pk=link.pk, used_at__isnull=True).update(used_at=now)
    if not spent:  # another request opened it first
        raise LinkRefused(_("This enrolment link has already been used."))
    request.session[SESSION_KEY] = link.pk


def may_enrol(request):
    """Whether this session may enrol an authenticator: anyone not required to have one (an
    extra safeguard they choose), or a required person who opened their link in time."""
    user = request.user
    if not requires_two_factor(user):
        return True
    link_id = request.session.get(SESSION_KEY)
    return EnrolmentLink.objects.filter(
        pk=link_id, user=user, expires_at__gt=timezone.now()
    ).exists()


def end_enrolment(request):
    request.session.pop(SESSION_KEY, None)
