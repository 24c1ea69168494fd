"""Building and breaking the data the compliance checks look at."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Page

from network.oversight.report import compliance_reports
from tests.conftest import add_live
from unitsites.models import ContentPage, UnitHomePage


def home(unit, language="th"):
    return UnitHomePage.objects.get(unit=unit, locale__language_code=language)


def section(unit, slug, language="th"):
    return home(unit, language).get_children().get(slug=slug).specific


def publish(parent, page):
    """Add `page` under `parent` and publish it."""
    add_live(parent, page)
    page.refresh_from_db()
    return page


def content(unit, section_slug, slug="item", **fields):
    return publish(
        section(unit, section_slug), ContentPage(title=f"หน้า {slug}", slug=slug, **fields)
    )


def backdate(page, days, field="last_published_at"):
    Page.objects.filter(pk=page.pk).update(**{field: timezone.now() - timedelta(days=days)})


def result(unit, check_id, now=None):
    """The unit's result for one check (None when it does not apply)."""
    report = compliance_reports([unit], now)[0]
    return report.results_by_check.get(check_id)


def status(unit, check_id, now=None):
    return result(unit, check_id, now).status
