"""Review reminders (seed §3: keep information current): once per ISO week, each unit's editors
get one e-mail listing its pages overdue for review (network.oversight.evaluators)."""

from django.urls import reverse

from network.models import ReviewDigest, Role, Unit
from network.models.approval import role_members
from network.publication.notifications import admin_url, send

from .evaluators import overdue_for_review
from .facts import gather


def iso_week(now):
    year, week, _day = now.isocalendar()
    return f"{year}-W{week:02d}"


def send_review_digests(now):
    """Send this week's digest to every active unit that has not had it; returns how many
    e-mails went out. Units with nothing overdue are recorded too, so each is looked at once."""
    week = iso_week(now)
    units = Unit.objects.filter(is_active=True).exclude(review_digests__week=week)
    facts = gather(units)
    sent = 0
    for unit_facts in facts.values():
        pages = overdue_for_review(unit_facts, now)
        recipients = []
        if pages:
            editors = role_members(Role.EDITOR, unit_facts.unit)
            recipients = [user.email for user in editors if user.email]
            context = {
                "unit": unit_facts.unit,
                "pages": [
                    (page, admin_url(reverse("wagtailadmin_pages:edit", args=[page.id])))
                    for page in pages
                ],
                "dashboard_url": admin_url(reverse("wagtailadmin_home")),
            }
            if send("review_digest", context, recipients):
                sent += 1
        ReviewDigest.objects.create(
            unit=unit_facts.unit,
            week=week,
            overdue_pages=len(pages),
            recipients=len(recipients),
        )
    return sent
