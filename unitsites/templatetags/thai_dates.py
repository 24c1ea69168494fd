"""Date filters for every template: Buddhist Era on Thai pages, Django's format on English ones.

{{ page.last_published_at|display_date }}          26 พฤศจิกายน 2569 / 26 November 2026
{{ value|display_date:"short" }}                   26 พ.ย. 2569 / 26 Nov 2026
{{ value|display_datetime }}                       26 พฤศจิกายน 2569 14:30 น. / 26 November 2026, 14:30
{{ value|display_moment }}                         display_datetime for a datetime, display_date for a date
{{ value|fiscal_year }}                            2569
{{ value|month_year }}                             พฤศจิกายน 2569 / November 2026
{{ value|month_year:"compact" }}                   พ.ย. 69 / Nov 26
<time datetime="{{ value|machine_date }}">           2026-11-26T14:30:00+07:00 / 2026-11-26
"""

import datetime

from django import template
from django.utils import dateformat
from django.utils.translation import get_language

from unitsites import thaidates

register = template.Library()

ENGLISH_FORMATS = {"long": "j F Y", "short": "j M Y", "compact": "j M y", "formal": "j F Y"}


def _is_thai():
    return (get_language() or "th").startswith("th")


@register.filter
def display_date(value, style="long"):
    if value in (None, ""):
        return ""
    if _is_thai():
        return thaidates.thai_date(value, style)
    return dateformat.format(thaidates.local(value), ENGLISH_FORMATS.get(style, "j F Y"))


@register.filter
def display_datetime(value, style="long"):
    if value in (None, ""):
        return ""
    if _is_thai():
        return thaidates.thai_date(value, style, with_time=True)
    return dateformat.format(thaidates.local(value), ENGLISH_FORMATS.get(style, "j F Y") + ", H:i")


@register.filter
def display_moment(value, style="long"):
    """For templates given either (Wagtail's admin dates)."""
    if isinstance(value, datetime.datetime):
        return display_datetime(value, style)
    return display_date(value, style)


@register.filter
def machine_date(value):
    """For <time datetime>: whole seconds, since HTML allows at most three digits of a fraction."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime):
        return thaidates.local(value).isoformat(timespec="seconds")
    return value.isoformat()


@register.filter
def thai_date(value, style="long"):
    """Always Thai, whatever the page language (printable official forms)."""
    return thaidates.thai_date(value, style)


@register.filter
def thai_digits(value):
    return str(value).translate(thaidates.THAI_DIGITS)


@register.filter
def fiscal_year(value):
    return thaidates.fiscal_year(value) if value else ""


ENGLISH_MONTH_FORMATS = {"long": "F Y", "compact": "M y"}


@register.filter
def month_year(value, style="long"):
    """พฤศจิกายน 2569 / November 2026; "compact": พ.ย. 69 / Nov 26."""
    if _is_thai():
        return thaidates.thai_month_year(value, style)
    return dateformat.format(thaidates.local(value), ENGLISH_MONTH_FORMATS.get(style, "F Y"))
