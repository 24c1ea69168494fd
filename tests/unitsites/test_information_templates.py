"""Every information page type renders on its unit's host with its data: Buddhist Era dates on
Thai pages, files with their type and size, the steps table with its total, the map."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page

import pytest

from tests.conftest import add_live, publish_imported
from unitsites.demo.documents import demo_document, demo_portrait
from unitsites.models import (
    ContactPage,
    ContentPage,
    Executive,
    KnowledgeKind,
    KnowledgePage,
    LawPage,
    LawType,
    ManualPage,
    OrganisationPage,
    ServiceGuidePage,
    ServiceStep,
    Topic,
)
from unitsites.thai_wrap import wrapped_between_words

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(unit_a, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return demo_document(unit_a, "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล", "PDPA")


def section(unit, slug):
    return Page.objects.child_of(unit.site.root_page).get(slug=slug).specific


def publish(parent, page):
    add_live(parent, page)
    return page


def get(client, unit, page):
    response = client.get(page.get_url(), HTTP_HOST=unit.hostname)
    assert response.status_code == 200
    return response.content.decode()


def add_law(unit, document, **changes):
    values = {
        "title": "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        "slug": "pdpa",
        "law_type": LawType.ACT,
        "issued_on": datetime.date(2019, 5, 27),
        "issuer": "รัฐสภา",
        "reference": "ราชกิจจานุเบกษา เล่ม 136 ตอนที่ 69 ก",
        "source_url": "http://www.ratchakitcha.soc.go.th/DATA/PDF/2562/A/069/T_0052.PDF",
        "document": document,
    }
    return publish(section(unit, "laws"), LawPage(**{**values, **changes}))


def test_law_page_shows_its_source_the_thai_date_and_the_file(client, unit_a, document):
    law = add_law(unit_a, document)
    html = get(client, unit_a, law)
    assert "27 พฤษภาคม 2562" in html
    assert "ราชกิจจานุเบกษา เล่ม 136 ตอนที่ 69 ก" in html
    assert 'href="http://www.ratchakitcha.soc.go.th/DATA/PDF/2562/A/069/T_0052.PDF"' in html
    assert f'href="{document.url}"' in html
    assert "(PDF, " in html


def test_laws_section_groups_by_type_in_the_order_of_the_hierarchy_of_law(client, unit_a, document):
    add_law(unit_a, document, slug="regulation", title="ระเบียบทดสอบ", law_type=LawType.REGULATION)
    add_law(unit_a, document)
    html = get(client, unit_a, section(unit_a, "laws"))
    assert html.index("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล") < html.index("ระเบียบทดสอบ")
    assert html.count('<section aria-labelledby="law-type-') == 2


def add_knowledge(unit, slug, kind, **changes):
    values = {
        "title": f"องค์ความรู้ {slug}",
        "slug": slug,
        "kind": kind,
        "authors": "งานข้อมูลและสารสนเทศสุขภาพ",
        "published_at": timezone.make_aware(datetime.datetime(2026, 11, 3, 14, 30)),
        "references": "<p>ระบบคลังข้อมูลสุขภาพ HDC</p>",
    }
    return publish(section(unit, "knowledge"), KnowledgePage(**{**values, **changes}))


def test_gis_knowledge_shows_its_date_stamp_references_and_a_keyless_map(client, unit_a):
    item = add_knowledge(
        unit_a,
        "gis",
        KnowledgeKind.GIS,
        latitude=Decimal("6.618090"),
        longitude=Decimal("100.070850"),
    )
    html = get(client, unit_a, item)
    assert "3 พฤศจิกายน 2569 14:30 น." in html
    assert "ระบบคลังข้อมูลสุขภาพ HDC" in html
    assert "https://www.openstreetmap.org/export/embed.html?bbox=" in html
    assert "marker=6.618090%2C100.070850" in html


def test_knowledge_section_filters_by_kind(client, unit_a):
    add_knowledge(unit_a, "research", KnowledgeKind.RESEARCH)
    add_knowledge(unit_a, "article", KnowledgeKind.ARTICLE)
    knowledge = section(unit_a, "knowledge")
    everything = get(client, unit_a, knowledge)
    assert "องค์ความรู้ research" in everything and "องค์ความรู้ article" in everything
    response = client.get(knowledge.get_url() + "?kind=research", HTTP_HOST=unit_a.hostname)
    html = response.content.decode()
    assert "องค์ความรู้ research" in html and "องค์ความรู้ article" not in html
    assert '<a href="?kind=research" aria-current="true">' in html


def test_manual_page_and_listing_show_version_effective_date_and_file(client, unit_a, document):
    manual = publish(
        section(unit_a, "manuals"),
        ManualPage(
            title="คู่มือการจัดการเรื่องร้องเรียน",
            slug="complaints",
            document=document,
            version="3",
            effective_date=datetime.date(2025, 10, 1),
        ),
    )
    html = get(client, unit_a, manual)
    assert "1 ตุลาคม 2568" in html and "3" in html and "(PDF, " in html
    listing = get(client, unit_a, section(unit_a, "manuals"))
    assert "1 ต.ค. 2568" in listing and f'href="{document.url}"' in listing


def add_service(unit, slug="records"):
    service = ServiceGuidePage(
        title="การขอสำเนาเวชระเบียน",
        slug=slug,
        eligibility="<p>ผู้ป่วย</p>",
        service_location="งานเวชระเบียน",
        service_hours="08.00–16.00 น.",
        fees="หน้าละ 1 บาท",
        documents_required="<ul><li>บัตรประจำตัวประชาชน</li></ul>",
        complaints="<p>ศูนย์ดำรงธรรม 1567</p>",
    )
    service.steps = [
        ServiceStep(title="ยื่นคำร้อง", duration=10, duration_unit="minutes"),
        ServiceStep(title="อนุมัติ", duration=1, duration_unit="working-days"),
        ServiceStep(title="ทำสำเนา", duration=2, duration_unit="working-days"),
        ServiceStep(title="รับเอกสาร", duration=35, duration_unit="minutes"),
    ]
    return publish(section(unit, "citizen-guide"), service)


def test_service_guide_english_page_lists_steps_in_a_table_with_the_total(client, unit_a):
    service = add_service(unit_a)
    english = service.copy_for_translation(Locale.objects.get(language_code="en")).specific
    english.title = "Requesting medical records"
    publish_imported(english)
    html = get(client, unit_a, english)
    assert '<th scope="col">Time taken</th>' in html
    assert html.count('<th scope="row">') == 4
    assert '<th scope="row" colspan="3">Total time</th>' in html
    assert "<td>3 working days 45 minutes</td>" in html
    assert 'lang="en"' in html


def listing_queries(client, unit, page):
    with CaptureQueriesContext(connection) as queries:
        get(client, unit, page)
    return len(queries)


def test_listings_cost_the_same_queries_for_one_item_or_many(client, unit_a, document):
    add_service(unit_a)
    add_law(unit_a, document)
    listings = [section(unit_a, slug) for slug in ("citizen-guide", "laws")]
    listing_queries(client, unit_a, listings[0])  # warm the per-site caches
    one = [listing_queries(client, unit_a, listing) for listing in listings]
    for index in range(2):
        add_service(unit_a, slug=f"service-{index}")
        add_law(unit_a, document, slug=f"law-{index}")
    many = [listing_queries(client, unit_a, listing) for listing in listings]
    assert many == one
    assert get(client, unit_a, listings[0]).count("การขอสำเนาเวชระเบียน") == 3


def test_organisation_page_shows_every_executive_or_the_vacant_post(client, unit_a, document):
    organisation = OrganisationPage(
        title="โครงสร้างองค์กร", slug="structure", structure="<ul><li>กลุ่มงานบริหารทั่วไป</li></ul>"
    )
    organisation.executives = [
        Executive(
            position="ผู้อำนวยการโรงพยาบาลเอ",
            name="นายแพทย์สมชาย ใจดี",
            phone="074-711010 ต่อ 101",
            photo=demo_portrait(unit_a, "ผู้อำนวยการ"),
        ),
        Executive(position="รองผู้อำนวยการฝ่ายบริหาร", is_vacant=True),
    ]
    html = get(client, unit_a, publish(section(unit_a, "about"), organisation))
    assert 'alt="นายแพทย์สมชาย ใจดี"' in html
    assert 'href="tel:074711010"' in html
    assert wrapped_between_words("รองผู้อำนวยการฝ่ายบริหาร") in html and "ตำแหน่งว่าง" in html
    assert "กลุ่มงานบริหารทั่วไป" in html


def test_contact_page_shows_every_channel_and_the_map(client, unit_a):
    contact = ContactPage.objects.child_of(section(unit_a, "about")).get()
    empty = get(client, unit_a, contact)
    assert "ยังไม่มีการเผยแพร่ข้อมูลการติดต่อ" in empty
    contact.address = "55/1 ถนนหัตถกรรมศึกษา ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000"
    contact.phone, contact.fax = "074-711010", "074-711011"
    contact.email = "saraban@hospital-a.localhost"
    contact.line_id = "@hospital-a"
    contact.facebook_url = "https://www.facebook.com/hospital-a"
    contact.latitude, contact.longitude = Decimal("6.618090"), Decimal("100.070850")
    publish_imported(contact)
    html = get(client, unit_a, contact)
    for text in (
        "ถนนหัตถกรรมศึกษา",
        'href="tel:074711010"',
        "074-711011",
        'href="mailto:saraban@hospital-a.localhost"',
        'href="https://line.me/R/ti/p/@hospital-a"',
        'href="https://www.facebook.com/hospital-a"',
        "openstreetmap.org/export/embed.html",
        'title="แผนที่โรงพยาบาลเอ"',
    ):
        assert text in html


def test_content_page_keeps_its_topic_and_fiscal_year(client, unit_a):
    budget = publish(
        section(unit_a, "about"),
        ContentPage(
            title="แผนการใช้จ่ายงบประมาณ พ.ศ. 2570",
            slug="budget-2570",
            topic=Topic.BUDGET,
            fiscal_year=2570,
        ),
    )
    assert "แผนการใช้จ่ายงบประมาณ พ.ศ. 2570" in get(client, unit_a, budget)
    in_unit_a = ContentPage.objects.descendant_of(section(unit_a, "about"))
    assert in_unit_a.filter(topic=Topic.BUDGET, fiscal_year=2570).count() == 1
