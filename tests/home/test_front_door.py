"""The portal's front door (issue #14 item 4): the provincial office, the network's latest news
by kind with each unit named, coming activities, the office's e-services, Buddhist Era dates,
English at /en/, and a number of queries that does not grow with the number of units."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, Site

import pytest

from network.models import Unit
from tests.conftest import add_live
from unitsites.models import (
    CalendarPage,
    EServicesSection,
    EventPage,
    ExternalServicePage,
    NewsKind,
    NewsPage,
    NewsSection,
    UnitHomePage,
    UnitSiteSettings,
)

# These tests build the network's news and activities themselves: DEMO-R's would be noise.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_demo_unit")]

NOW = timezone.now()


def home_of(unit, language="th"):
    return UnitHomePage.objects.get(unit=unit, locale__language_code=language)


def add_news(unit, title, kind=NewsKind.GENERAL, language="th", days_ago=1):
    section = NewsSection.objects.child_of(home_of(unit, language)).get()
    return add_live(
        section,
        NewsPage(
            title=title,
            kind=kind,
            date=NOW - datetime.timedelta(days=days_ago),
            summary=f"สรุป {title}",
            expire_at=NOW + datetime.timedelta(days=30) if kind != NewsKind.GENERAL else None,
        ),
    )


def add_event(unit, title, start, language="th"):
    news = NewsSection.objects.child_of(home_of(unit, language)).get()
    calendar = CalendarPage.objects.child_of(news).get()
    return add_live(calendar, EventPage(title=title, start=start, description=f"รายละเอียด {title}"))


def news_block(response, kind):
    return {value: items for _label, value, items in response.context["news_by_kind"]}[kind]


def test_portal_shows_each_units_news_by_kind_with_the_unit_named(client, unit_a, unit_b):
    add_news(unit_a, "ประกวดราคาจ้างซ่อมอาคารผู้ป่วยนอก", NewsKind.PROCUREMENT)
    add_news(unit_b, "รับสมัครพยาบาลวิชาชีพ", NewsKind.JOB)
    add_news(unit_b, "รณรงค์ฉีดวัคซีนไข้หวัดใหญ่", NewsKind.GENERAL, days_ago=3)

    response = client.get("/", HTTP_HOST="localhost")

    assert response.status_code == 200
    procurement = news_block(response, "procurement")
    assert [(item.page.title, item.unit.code) for item in procurement] == [
        ("ประกวดราคาจ้างซ่อมอาคารผู้ป่วยนอก", "H-A")
    ]
    assert [item.unit.code for item in news_block(response, "job")] == ["H-B"]
    html = response.content.decode()
    assert "รับสมัครพยาบาลวิชาชีพ" in html and "โรงพยาบาลบี" in html and "โรงพยาบาลเอ" in html
    be_year = (NOW - datetime.timedelta(days=3)).astimezone().year + 543
    assert f" {be_year}</time>" in html


def test_a_closed_units_news_and_english_news_stay_off_the_thai_front_door(client, unit_a, unit_b):
    add_news(unit_a, "ข่าวของหน่วยที่ปิด")
    add_news(unit_b, "News in English only", language="en")
    Unit.objects.filter(pk=unit_a.pk).update(is_active=False)

    response = client.get("/", HTTP_HOST="localhost")

    assert news_block(response, "general") == []
    assert "ข่าวของหน่วยที่ปิด" not in response.content.decode()


def test_coming_activities_across_the_network_soonest_first(client, unit_a, unit_b):
    add_event(unit_b, "ประชุมคณะกรรมการ", NOW + datetime.timedelta(days=9))
    add_event(unit_a, "ออกหน่วยตรวจสุขภาพ", NOW + datetime.timedelta(days=2))
    add_event(unit_a, "กิจกรรมที่ผ่านไปแล้ว", NOW - datetime.timedelta(days=2))

    response = client.get("/", HTTP_HOST="localhost")

    events = response.context["events"]
    assert [(item.page.title, item.unit.code) for item in events] == [
        ("ออกหน่วยตรวจสุขภาพ", "H-A"),
        ("ประชุมคณะกรรมการ", "H-B"),
    ]
    assert "กิจกรรมที่ผ่านไปแล้ว" not in response.content.decode()


def test_office_name_and_e_service_quick_links(client, provincial_office):
    section = EServicesSection.objects.child_of(home_of(provincial_office)).get()
    add_live(
        section,
        ExternalServicePage(
            title="ตรวจสอบสิทธิการรักษา",
            service_url="https://www.nhso.go.th/",
            description="ตรวจสอบสิทธิบัตรทอง",
            operator="สำนักงานหลักประกันสุขภาพแห่งชาติ",
        ),
    )

    response = client.get("/", HTTP_HOST="localhost")

    html = response.content.decode()
    assert '<span class="site-name">สำนักงานสาธารณสุขจังหวัดทดสอบ</span>' in html
    assert "ตรวจสอบสิทธิการรักษา" in html
    assert 'role="search"' in html and 'action="/search/"' in html
    assert 'rel="icon" href="/static/img/emblem.svg"' in html


def test_the_offices_logo_heads_the_portal_and_is_its_favicon(
    client, provincial_office, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path)
    logo = Image.objects.create(
        title="ตราสำนักงาน",
        file=get_test_image_file("office-logo.png"),
        collection=provincial_office.collection,
    )
    UnitSiteSettings.objects.filter(site=provincial_office.site).update(logo=logo)

    html = client.get("/", HTTP_HOST="localhost").content.decode()

    assert re.search(
        r'<link rel="icon" href="/media/images/office-logo\.[0-9a-f]+\.fill-64x64', html
    )
    assert re.search(r'<img [^>]*src="/media/images/office-logo[^"]*height-64', html)
    assert "emblem.svg" not in html


def test_english_front_door_names_units_in_english_with_english_dates(client, unit_a):
    add_news(unit_a, "Outpatient building repair tender", NewsKind.PROCUREMENT, language="en")

    response = client.get("/en/", HTTP_HOST="localhost")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Test Provincial Public Health Office" in html
    assert "Outpatient building repair tender" in html
    assert '<span class="unit-name">Hospital A</span>' in html
    assert f" {(NOW - datetime.timedelta(days=1)).astimezone().year}</time>" in html


def add_light_unit(number):
    """A unit with a bare site: its home, news section and one news item (no full provisioning,
    which the query count does not depend on)."""
    thai = Locale.objects.get(language_code="th")
    home = UnitHomePage(title=f"หน่วยทดสอบ {number}", slug=f"unit-{number}", locale=thai)
    unit = Unit.objects.create(
        code=f"Q-{number}",
        kind="health_promoting_hospital",
        name_th=f"รพ.สต.ทดสอบ {number}",
        name_en=f"Test unit {number}",
        hostname=f"unit-{number}.localhost",
        district="เมืองทดสอบ",
    )
    home.unit = unit
    add_live(Page.get_first_root_node(), home)
    unit.site = Site.objects.create(hostname=unit.hostname, root_page=home)
    unit.save()
    news = add_live(home, NewsSection(title="ข่าว", slug="news"))
    add_live(
        news,
        NewsPage(title=f"ข่าวของหน่วย {number}", date=NOW, summary="สรุป"),
    )


def portal_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/", HTTP_HOST="localhost")
    assert response.status_code == 200
    return len(queries), response


def test_queries_do_not_grow_with_the_number_of_units(client, unit_a, unit_b, provincial_office):
    for unit in (unit_a, unit_b, provincial_office):
        add_news(unit, f"ข่าวของ {unit.code}")
    client.get("/", HTTP_HOST="localhost")  # caches warm (site root paths, content types)
    with_three, response = portal_queries(client)
    assert len(news_block(response, "general")) == 3

    for number in range(10):
        add_light_unit(number)
    client.get("/", HTTP_HOST="localhost")
    with_thirteen, response = portal_queries(client)

    named = {item.unit.code for item in news_block(response, "general")}
    assert len(named) == 5 and named <= {f"Q-{number}" for number in range(10)}
    assert with_thirteen == with_three
