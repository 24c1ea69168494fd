import datetime
from functools import partial

from django.utils import timezone

import pytest
from icalendar import Calendar

from tests.conftest import SUPERUSER, signed_in
from unitsites.demo.pages import ensure_page
from unitsites.models import CalendarPage, EventPage, NewsSection, UnitHomePage
from unitsites.models.calendar import month_weeks, parse_month

from .admin_pages import form_errors, post_add_page

pytestmark = pytest.mark.django_db


def _at(year, month, day, hour=9):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


@pytest.fixture
def calendar_a(unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    return CalendarPage.objects.child_of(NewsSection.objects.child_of(home).get()).get()


def _event(calendar, slug, start, end=None, **fields):
    return ensure_page(
        calendar,
        EventPage,
        slug,
        partial(
            dict,
            title=fields.pop("title", f"กิจกรรม {slug}"),
            start=start,
            end=end,
            description=fields.pop("description", "รายละเอียดกิจกรรม"),
            **fields,
        ),
    )[0]


def test_parse_month_falls_back_to_this_month():
    today = datetime.date(2026, 11, 26)
    assert parse_month("2027-02", today) == datetime.date(2027, 2, 1)
    for bad in (None, "", "2026-13", "abc", "2026-11-05", "99999-01"):
        assert parse_month(bad, today) == datetime.date(2026, 11, 1)


def test_month_weeks_start_on_sunday_and_place_multi_day_events():
    class Event:
        def __init__(self, start, finish):
            self.start, self.finish = start, finish

    long_event = Event(_at(2026, 10, 30), _at(2026, 11, 2, 16))
    weeks = month_weeks(datetime.date(2026, 11, 1), [long_event], datetime.date(2026, 11, 26))
    assert [day.date.weekday() for day in weeks[0]] == [6, 0, 1, 2, 3, 4, 5]
    days = {day.date: day for week in weeks for day in week if day.in_month}
    assert len(days) == 30
    assert [day.day for day, cell in sorted(days.items()) if cell.events] == [1, 2]
    assert days[datetime.date(2026, 11, 26)].is_today


def test_event_end_must_follow_start_in_the_admin(calendar_a):
    client = signed_in(SUPERUSER)
    response = post_add_page(
        client,
        EventPage,
        calendar_a,
        {
            "title": "ประชุมประจำเดือน",
            "slug": "meeting",
            "description": "ประชุม",
            "start": "2026-12-10 13:00",
            "end": "2026-12-10 09:00",
        },
        publish=True,
    )
    assert response.status_code == 200
    assert "end" in form_errors(response)
    response = post_add_page(
        client,
        EventPage,
        calendar_a,
        {"title": "ไม่มีเวลาเริ่ม", "slug": "no-start", "description": "x", "start": ""},
        publish=True,
    )
    assert response.status_code == 200
    assert "start" in form_errors(response)
    assert not EventPage.objects.filter(slug__in=["meeting", "no-start"]).exists()


def test_month_view_shows_a_thai_calendar_grid(client, unit_a, calendar_a):
    _event(calendar_a, "meeting", _at(2026, 12, 10), _at(2026, 12, 10, 12), title="ประชุม คปสอ.")
    _event(calendar_a, "campaign", _at(2026, 12, 30), _at(2027, 1, 2, 16), title="รณรงค์ปีใหม่")
    _event(calendar_a, "november", _at(2026, 11, 5), title="กิจกรรมเดือนพฤศจิกายน")

    response = client.get("/news/calendar/?month=2026-12", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<caption><h2>ธันวาคม 2569</h2></caption>" in html
    assert '<th scope="col"><abbr title="อาทิตย์">อา.</abbr></th>' in html
    assert [event.slug for event in response.context["month_events"]] == ["meeting", "campaign"]
    assert "ประชุม คปสอ." in html and "รณรงค์ปีใหม่" in html
    assert "กิจกรรมเดือนพฤศจิกายน" not in html
    assert 'href="?month=2026-11" rel="prev"' in html
    assert 'href="?month=2027-01" rel="next"' in html
    assert "10 ธันวาคม 2569 09:00 น." in html

    january = client.get("/news/calendar/?month=2027-01", HTTP_HOST=unit_a.hostname)
    assert [event.slug for event in january.context["month_events"]] == ["campaign"]
    english = client.get("/en/news/calendar/?month=2026-12", HTTP_HOST=unit_a.hostname)
    assert english.status_code == 200
    assert "<caption><h2>December 2026</h2></caption>" in english.content.decode()


def test_list_view_puts_coming_activities_first(client, unit_a, calendar_a):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    _event(calendar_a, "long-ago", now - 60 * day)
    _event(calendar_a, "last-week", now - 7 * day)
    _event(calendar_a, "ongoing", now - day, now + day)
    _event(calendar_a, "next-month", now + 30 * day)
    _event(calendar_a, "tomorrow", now + day)

    response = client.get("/news/calendar/list/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    assert [event.slug for event in response.context["items"]] == [
        "ongoing",
        "tomorrow",
        "next-month",
        "last-week",
        "long-ago",
    ]
    html = response.content.decode()
    assert html.index("tomorrow") < html.index("last-week")
    assert 'aria-current="page">' in html


def test_event_page_renders(client, unit_a, calendar_a):
    event = _event(
        calendar_a,
        "aids-day",
        _at(2026, 12, 1, 8),
        _at(2026, 12, 1, 12),
        title="วันเอดส์โลก",
        location="ลานหน้าอาคารผู้ป่วยนอก",
    )
    response = client.get(event.url, HTTP_HOST=unit_a.hostname)
    html = response.content.decode()
    assert response.status_code == 200
    assert "วันเอดส์โลก" in html and "ลานหน้าอาคารผู้ป่วยนอก" in html
    assert "1 ธันวาคม 2569 08:00 น." in html


def test_icalendar_feed_parses_with_bangkok_times(client, unit_a, calendar_a):
    _event(
        calendar_a,
        "meeting",
        _at(2026, 12, 10),
        _at(2026, 12, 10, 12),
        title="ประชุมคณะกรรมการประสานงานสาธารณสุขระดับอำเภอ ประจำเดือนธันวาคม",
        location="ห้องประชุมชั้น 2",
    )
    _event(calendar_a, "open-ended", _at(2027, 1, 5, 13), title="ออกหน่วยเคลื่อนที่")
    draft = EventPage(title="ร่าง", slug="draft", start=_at(2027, 1, 6), description="x", live=False)
    calendar_a.add_child(instance=draft)

    response = client.get("/news/calendar/ics/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"\r\n" in response.content
    parsed = Calendar.from_ical(response.content)
    assert parsed["VERSION"] == "2.0" and parsed["PRODID"]
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Asia/Bangkok"]
    events = parsed.walk("VEVENT")
    assert len(events) == 2
    meeting, open_ended = events
    assert str(meeting["SUMMARY"]).startswith("ประชุมคณะกรรมการประสานงาน")
    assert meeting["DTSTART"].params["TZID"] == "Asia/Bangkok"
    assert meeting["DTEND"].params["TZID"] == "Asia/Bangkok"
    assert meeting.start == _at(2026, 12, 10)
    assert meeting.start.utcoffset() == datetime.timedelta(hours=7)
    assert str(meeting["LOCATION"]) == "ห้องประชุมชั้น 2"
    assert str(meeting["URL"]) == "http://hospital-a.localhost/news/calendar/meeting/"
    assert meeting["DTSTAMP"] and str(meeting["UID"]).endswith("@hospital-a.localhost")
    assert "DTEND" not in open_ended

    again = Calendar.from_ical(client.get("/news/calendar/ics/", HTTP_HOST=unit_a.hostname).content)
    assert [str(event["UID"]) for event in again.walk("VEVENT")] == [
        str(event["UID"]) for event in events
    ]
