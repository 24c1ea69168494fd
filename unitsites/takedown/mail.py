"""E-mails to the reporter of a notice-and-takedown request, if they gave an address: the
reference number and secret code when it arrives, and the outcome once it is decided, in the
language of the page they used. Staff hear of new requests through network.staff_notices."""

from unitsites.eservices.mail import send_templated


def _to_reporter(template, takedown, **extra):
    if not takedown.reporter_email:
        return 0
    page = takedown.page
    context = {
        "takedown": takedown,
        "unit_name": takedown.unit.name_for(takedown.language),
        "tracking_url": page.tracking_full_url(),
        **extra,
    }
    return send_templated(template, context, [takedown.reporter_email], takedown.language)


def send_receipt(takedown, secret):
    return _to_reporter("takedown_receipt", takedown, secret=secret)


def send_outcome(takedown):
    """The outcome (taken down, refused with the reason, forwarded and where) and where to
    read it."""
    return _to_reporter("takedown_outcome", takedown)
