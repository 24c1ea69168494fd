"""E-mails about e-service submissions, sent through Django's mail.

The sender gets the reference number and secret code (they gave the address themselves, so the
code may travel there) and, later, the answer; both in the language of the form they used.
Officers are told that something arrived, with the reference and an admin link only: what the
person wrote stays in the admin, where access is limited to the unit (P-05, P-07).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from network.models.approval import unit_staff

logger = logging.getLogger(__name__)


def send_templated(template, context, recipients, language, from_email=None):
    """Render unitsites/emails/<template>(_subject).txt in `language` and send one message."""
    with translation.override(language):
        subject = render_to_string(f"unitsites/emails/{template}_subject.txt", context)
        body = render_to_string(f"unitsites/emails/{template}.txt", context)
    try:
        return send_mail(
            " ".join(subject.split()),
            body.strip(),
            from_email or settings.DEFAULT_FROM_EMAIL,
            recipients,
        )
    except Exception:  # the submission is saved already: a mail server's failure must not lose it
        logger.exception("Could not send the %s e-mail", template)
        return 0


def _context(submission, **extra):
    page = submission.page.specific
    return {
        "submission": submission,
        "page": page,
        "unit_name": page.unit.name_for(page.locale.language_code),
        "tracking_url": page.get_parent().specific.tracking_full_url(),
        **extra,
    }


def _to_sender(template, submission, **extra):
    if not submission.email:
        return 0
    page = submission.page.specific
    return send_templated(
        template,
        _context(submission, **extra),
        [submission.email],
        page.locale.language_code,  # the language of the form they used
        page.from_address,
    )


def send_receipt(submission, secret):
    """The reference number and secret code, to the sender if they gave an address."""
    return _to_sender("submission_receipt", submission, secret=secret)


def send_answer(submission):
    """The unit's answer, to the sender if they gave an address."""
    return _to_sender("submission_answer", submission)


def notify_officers(submission):
    """Tell the form's officers that a submission arrived: reference and admin link only.
    The unit's staff among them hear of it through their staff notices (at once or in their
    digest, as each chose), so they are left out here: nobody is told twice."""
    page = submission.page.specific
    told_as_staff = {
        email.lower() for email in unit_staff(submission.unit).values_list("email", flat=True)
    }
    recipients = [
        address.strip()
        for address in page.to_address.split(",")
        if address.strip() and address.strip().lower() not in told_as_staff
    ]
    if not recipients:
        return 0
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "eservice_submission", args=[submission.pk]
    )
    return send_templated(
        "submission_arrived",
        _context(submission, admin_url=admin_url, subject=page.subject),
        recipients,
        "th",  # the office's working language
        page.from_address,
    )
