"""A unit's home as a hospital's front page (issue #14 item 5): the standard blocks on a freshly
provisioned unit, blocks arranged by its editors, the banner, and the favicon."""

import datetime
import re

from django.utils import timezone

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from tests.conftest import add_live
from tests.network.conftest import approve_through_admin
from unitsites.models import NewsKind, NewsPage, NewsSection, UnitHomePage, UnitSiteSettings
from unitsites.thai_wrap import wrapped_between_words

pytestmark = pytest.mark.django_db


def home_of(unit, language="th"):
    return UnitHomePage.objects.get(unit=unit, locale__language_code=language)


def add_news(unit, title, kind=NewsKind.GENERAL):
    section = NewsSection.objects.child_of(home_of(unit)).get()
    end = timezone.now() + datetime.timedelta(days=30)
    return add_live(
        section,
        NewsPage(
            title=title,
            kind=kind,
            summary=f"สรุป {title}",
            expire_at=end if kind != NewsKind.GENERAL else None,
        ),
    )


def test_a_fresh_units_home_shows_contacts_news_services_and_links(client, unit_a):
    UnitSiteSettings.objects.filter(site=unit_a.site).update(
        phone="0 7471 1071",
        email="saraban@hospital-a.test",
        opening_hours_th="จันทร์–ศุกร์ 08.30–16.30 น.",
    )
    add_news(unit_a, "รณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่")
    assert not home_of(unit_a).body  # provisioning wrote no blocks

    response = client.get("/", HTTP_HOST=unit_a.hostname)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<a href="tel:074711071">0 7471 1071</a>' in html
    assert "saraban@hospital-a.test" in html
    assert "จันทร์–ศุกร์ 08.30–16.30 น." in html
    assert "รณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่" in html
    assert "<h2>บริการออนไลน์</h2>" in html and "<h2>ติดต่อเรา</h2>" in html
    for slug in ("ita", "public-information", "citizen-guide"):
        assert f'href="/{slug}/"' in html
    assert html.index('class="home-block contact-strip"') < html.index("home-news")


def test_english_home_uses_the_english_opening_hours_or_the_thai_ones(client, unit_a):
    UnitSiteSettings.objects.filter(site=unit_a.site).update(
        opening_hours_th="จันทร์–ศุกร์ 08.30–16.30 น.", opening_hours_en="Mon–Fri 8.30–16.30"
    )

    html = client.get("/en/", HTTP_HOST=unit_a.hostname).content.decode()

    assert "Mon–Fri 8.30–16.30" in html and "จันทร์–ศุกร์" not in html


def test_blocks_arranged_by_an_editor_replace_the_standard_layout(login, unit_a):
    add_news(unit_a, "รับสมัครพยาบาลวิชาชีพ", NewsKind.JOB)
    add_news(unit_a, "ข่าวทั่วไปที่ไม่อยู่ในบล็อก")
    blocks = {
        "body-count": "2",
        "body-0-type": "news",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "b0",
        "body-0-value-heading": "ประกาศรับสมัครงาน",
        "body-0-value-kind": "job",
        "body-0-value-count": "3",
        "body-1-type": "links",
        "body-1-deleted": "",
        "body-1-order": "1",
        "body-1-id": "b1",
        "body-1-value-heading": "",
        "body-1-value-links-count": "1",
        "body-1-value-links-0-deleted": "",
        "body-1-value-links-0-order": "0",
        "body-1-value-links-0-id": "l0",
        "body-1-value-links-0-value-title": "ระบบนัดหมายออนไลน์",
        "body-1-value-links-0-value-url": "https://queue.hospital-a.test/",
    }
    home = approve_through_admin(login, home_of(unit_a), **blocks)
    assert [block.block_type for block in home.body] == ["news", "links"]

    html = login("editor-h-a").get("/", HTTP_HOST=unit_a.hostname).content.decode()

    assert "ประกาศรับสมัครงาน" in html
    assert "รับสมัครพยาบาลวิชาชีพ" in html
    assert "ข่าวทั่วไปที่ไม่อยู่ในบล็อก" not in html
    assert '<a href="https://queue.hospital-a.test/">ระบบนัดหมายออนไลน์</a>' in html
    assert "contact-strip" not in html


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def image_of(unit, name):
    return Image.objects.create(
        title=name, file=get_test_image_file(f"{name}.png"), collection=unit.collection
    )


def test_favicon_falls_back_to_the_emblem_and_follows_the_logo(client, unit_a, media):
    html = client.get("/news/", HTTP_HOST=unit_a.hostname).content.decode()
    assert '<link rel="icon" href="/static/img/emblem.svg">' in html

    UnitSiteSettings.objects.filter(site=unit_a.site).update(logo=image_of(unit_a, "logo"))
    html = client.get("/news/", HTTP_HOST=unit_a.hostname).content.decode()

    assert "emblem.svg" not in html
    assert re.search(
        r'<link rel="icon" href="/media/images/logo\.[0-9a-f]+\.fill-64x64\.format-png\.png">', html
    )


def test_banner_across_the_home_with_its_alternative_text(client, unit_a, media):
    UnitSiteSettings.objects.filter(site=unit_a.site).update(
        banner=image_of(unit_a, "banner"), banner_alt="อาคารผู้ป่วยนอกหลังใหม่"
    )

    html = client.get("/", HTTP_HOST=unit_a.hostname).content.decode()

    assert 'class="home-banner"' in html and 'alt="อาคารผู้ป่วยนอกหลังใหม่"' in html


def test_headings_wrap_between_thai_words_only():
    html = wrapped_between_words("ผู้อำนวยการโรงพยาบาล <สตูล> 2569")
    assert html == (
        '<span class="tw">ผู้อำนวยการ</span><wbr><span class="tw">โรงพยาบาล</span><wbr>'
        ' &lt;<span class="tw">สตูล</span><wbr>&gt; 2569'
    )
    assert wrapped_between_words("Hospital <A>") == "Hospital &lt;A&gt;"
