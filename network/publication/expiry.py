"""Taking content down at the end of its publication period (seed §3.2, REQUIREMENTS W-07):
translations follow their Thai page, and editors are reminded before the end comes."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Locale, Page

from network.models import ExpiryReminder, Unit
from network.publication.notifications import notify_expiry

REMINDER_DAYS = (7, 1)  # reminders go out this many days before expire_at, each once


def expire_translations(page):
    """When a page in the default language (Thai) expires, its live translations expire too."""
    if not page.expired or page.locale_id != Locale.get_default().pk:
        return 0
    translations = list(page.get_translations().live().specific())
    for translation in translations:
        translation.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
    return len(translations)


def _units_by_root_path():
    return {
        path: unit
        for unit in Unit.objects.prefetch_related("home_pages")
        for path in (home.path for home in unit.home_pages.all())
    }


def send_expiry_reminders(now=None):
    """E-mail the unit's editors about live pages ending within 7 days, and again within 1 day.

    A page whose end is already closer than 7 days gets only the nearer reminder."""
    now = now or timezone.now()
    horizon = now + timedelta(days=max(REMINDER_DAYS))
    pages = Page.objects.live().filter(expire_at__gt=now, expire_at__lte=horizon)
    units = _units_by_root_path()
    sent = 0
    for page in pages.specific().order_by("expire_at"):
        unit = units.get(page.path[: page.steplen * 2])
        if unit is None:
            continue
        days = min(d for d in REMINDER_DAYS if page.expire_at <= now + timedelta(days=d))
        _reminder, created = ExpiryReminder.objects.get_or_create(
            page=page, expire_at=page.expire_at, days_before=days
        )
        if created:
            notify_expiry(page, unit, days)
            sent += 1
    return sent
