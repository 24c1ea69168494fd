"""Procurement records (REQUIREMENTS C-17, C-30, C-32): the monthly form สขร.1 entered as rows and
shown as a table, exported as CSV/XLSX that cannot run formulas, printable; fiscal year and
quarter from the month; the plan's 30-working-day warning in the admin; each unit's records
edited only by its own staff."""

import csv
import datetime
import io

from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.models import Locale

import pytest
from openpyxl import load_workbook

from network.oversight.report import Status, compliance_reports
from tests.conftest import add_live, publish_imported
from tests.unitsites.admin_pages import form_errors, post_add_page
from unitsites import thaidates
from unitsites.demo import procurement as demo_procurement
from unitsites.models import (
    ItaEvidence,
    NewsKind,
    NewsPage,
    ProcurementPlanPage,
    ProcurementSummaryPage,
    UnitHomePage,
)
from web import spreadsheets

from .procurement_records import document, plan, records, result, summary

pytestmark = pytest.mark.django_db
D = datetime.date
HOSTILE_ITEM = '=HYPERLINK("http://x","y")'


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def staff_client(login, username):
    client = login(username)
    client.defaults["HTTP_HOST"] = "localhost"
    return client


def public(client, unit, path):
    response = client.get(path, HTTP_HOST=unit.hostname)
    assert response.status_code == 200, path
    return response


def path_of(page):
    return page.get_url_parts()[2]


@pytest.mark.parametrize(
    "day, fiscal_year, quarter",
    [
        (D(2026, 9, 30), 2569, 4),
        (D(2026, 10, 1), 2570, 1),
        (D(2026, 12, 31), 2570, 1),
        (D(2027, 1, 1), 2570, 2),
    ],
)
def test_the_month_decides_fiscal_year_and_quarter_at_the_1_october_boundary(
    unit_a, day, fiscal_year, quarter
):
    page = summary(unit_a, day)
    page.refresh_from_db()
    assert (page.month, page.fiscal_year, page.quarter) == (
        day.replace(day=1),
        fiscal_year,
        quarter,
    )


ROW = {
    "item": "ซื้อถุงมือยาง",
    "budget": "48500.00",
    "reference_price": "48500.00",
    "method": "specific",
    "bidders": "บริษัท เอ จำกัด 48500.00",
    "winner": "บริษัท เอ จำกัด",
    "agreed_price": "48500.00",
    "reason": "ราคาต่ำสุด",
    "contract_number": "PO 1/2569",
    "contract_date": "2025-11-11",
}


def _summary_fields(slug, rows=(), no_procurement=False, month="2025-11-20"):
    fields = {
        "title": f"แบบ สขร.1 {slug}",
        "slug": slug,
        "month": month,
        "results-TOTAL_FORMS": str(len(rows)),
    }
    if no_procurement:
        fields["no_procurement"] = "on"
    for index, row in enumerate(rows):
        fields.update({f"results-{index}-{name}": value for name, value in row.items()})
        fields.update({f"results-{index}-ORDER": str(index + 1), f"results-{index}-id": ""})
    return fields


def test_the_admin_takes_rows_or_no_procurement_but_not_neither_nor_both(unit_a, login):
    client = staff_client(login, "editor-h-a")
    parent = records(unit_a)
    saved = post_add_page(client, ProcurementSummaryPage, parent, _summary_fields("rows", [ROW]))
    assert saved.status_code == 302
    page = ProcurementSummaryPage.objects.get(slug="rows")
    assert (page.month, page.fiscal_year, page.quarter) == (D(2025, 11, 1), 2569, 1)
    assert [row.item for row in page.results.all()] == ["ซื้อถุงมือยาง"]
    december = _summary_fields("none", no_procurement=True, month="2025-12-05")
    assert post_add_page(client, ProcurementSummaryPage, parent, december).status_code == 302
    for fields in (
        _summary_fields("neither", month="2026-01-10"),
        _summary_fields("both", [ROW], True, month="2026-01-10"),
    ):
        refused = post_add_page(client, ProcurementSummaryPage, parent, fields)
        assert refused.status_code == 200 and "no_procurement" in form_errors(refused)
    assert not ProcurementSummaryPage.objects.filter(slug__in=["neither", "both"]).exists()


def test_a_month_has_one_summary_per_unit_whichever_way_it_is_made(unit_a, unit_b, login):
    summary(unit_a, D(2025, 11, 1))
    client = staff_client(login, "editor-h-a")
    again = _summary_fields("again", no_procurement=True, month="2025-11-30")
    refused = post_add_page(client, ProcurementSummaryPage, records(unit_a), again)
    assert refused.status_code == 200 and "month" in form_errors(refused)
    assert refused.context["form"].errors["month"] == ["เดือนนี้มีสรุปผลการจัดซื้อจัดจ้างอยู่แล้ว"]
    assert not ProcurementSummaryPage.objects.filter(slug="again").exists()
    with pytest.raises(ValidationError) as made_in_code:
        summary(unit_a, D(2025, 11, 15), slug="made-in-code")
    assert "month" in made_in_code.value.message_dict
    # Another unit's month is its own.
    assert summary(unit_b, D(2025, 11, 1)).live


def test_rows_make_the_public_table_in_thai_with_buddhist_era_dates(unit_a, client):
    page = summary(unit_a, D(2025, 11, 1), [result(), result(item="ซ่อมแอร์", price="36000.00")])
    html = public(client, unit_a, path_of(page)).content.decode()
    assert '<table class="sorkorror1">' in html
    assert '<th scope="col">ลำดับที่</th>' in html
    assert '<th scope="col">งานที่จัดซื้อหรือจัดจ้าง</th>' in html
    assert "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนพฤศจิกายน 2568" in html
    assert "48,500.00" in html and "ซ่อมแอร์" in html
    assert "PO 12/2569 11 พ.ย. 2568" in html  # the contract date in Buddhist Era
    assert '<th scope="row">2</th>' in html
    assert "procurement.css" in html  # the print stylesheet


def test_the_english_page_shows_the_same_table_in_english(unit_a, client):
    page = summary(unit_a, D(2025, 11, 1), [result()])
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    publish_imported(english)
    html = public(client, unit_a, path_of(english)).content.decode()
    assert "/en/" in path_of(english)
    assert '<th scope="col">Item procured</th>' in html
    assert "Summary of procurement results for November 2025" in html
    assert "PO 12/2569 11 Nov 2025" in html
    assert "ลำดับที่" not in html


def test_csv_and_xlsx_exports_hold_the_rows_and_never_run_formulas(unit_a, client):
    page = summary(unit_a, D(2025, 11, 1), [result(item=HOSTILE_ITEM), result(item="@SUM(A1)")])
    response = public(client, unit_a, path_of(page) + "csv/")
    assert response["Content-Disposition"] == 'attachment; filename="sorkorror1-H-A-2025-11.csv"'
    text = response.content.decode()
    assert text.startswith(spreadsheets.BOM + "ลำดับที่,งานที่จัดซื้อหรือจัดจ้าง,")
    rows = list(csv.reader(io.StringIO(text.removeprefix(spreadsheets.BOM))))
    assert len(rows) == 3 and len(rows[0]) == 9
    assert rows[1][:4] == ["1", "'" + HOSTILE_ITEM, "48500.00", "48500.00"]
    assert rows[1][5] == "บริษัท เอ จำกัด 48500.00\nบริษัท บี จำกัด 50000.00"
    assert rows[2][:2] == ["2", "'@SUM(A1)"]
    response = public(client, unit_a, path_of(page) + "xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง")
    assert rows[1][1] == HOSTILE_ITEM and sheet["B2"].data_type == "s"
    assert rows[1][2] == 48500  # amounts are numbers in the spreadsheet
    assert len(rows) == 3


def test_a_month_without_procurement_says_so_in_the_table_and_the_export(unit_a, client):
    page = summary(unit_a, D(2025, 12, 1))
    assert "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้" in public(client, unit_a, path_of(page)).content.decode()
    csv_text = public(client, unit_a, path_of(page) + "csv/").content.decode()
    assert csv_text.splitlines()[1] == ",ไม่มีการจัดซื้อจัดจ้างในเดือนนี้,,,,,,,"


def _plan_fields(unit, announced_on, doc=None):
    return {
        "title": "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569",
        "slug": f"plan-{announced_on:%m%d}",
        "fiscal_year": "2569",
        "allocation_date": "2026-04-03",
        "announced_on": announced_on.isoformat(),
        "document": str((doc or document(unit)).pk),
    }


def test_staff_are_warned_when_the_plan_is_announced_after_30_working_days(unit_a, login):
    client = staff_client(login, "editor-h-a")
    # 30 working days after Friday 3 April 2026, Songkran and the May holidays skipped: 26 May.
    on_time = post_add_page(
        client, ProcurementPlanPage, records(unit_a), _plan_fields(unit_a, D(2026, 5, 26))
    )
    assert on_time.status_code == 302
    assert not [m for m in get_messages(on_time.wsgi_request) if m.level_tag == "warning"]
    late = post_add_page(
        client, ProcurementPlanPage, records(unit_a), _plan_fields(unit_a, D(2026, 5, 27))
    )
    assert late.status_code == 302
    warnings = [str(m) for m in get_messages(late.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    assert "31 วันทำการ" in warnings[0] and "26 พฤษภาคม 2569" in warnings[0]
    saved = ProcurementPlanPage.objects.get(slug="plan-0527")
    assert saved.is_late and not ProcurementPlanPage.objects.get(slug="plan-0526").is_late


def test_the_public_plan_page_shows_its_dates_in_buddhist_era(unit_a, client):
    page = plan(unit_a, 2569, D(2026, 4, 3), D(2026, 5, 26))
    html = public(client, unit_a, path_of(page)).content.decode()
    assert "3 เมษายน 2569" in html and "26 พฤษภาคม 2569" in html


def test_another_units_staff_can_neither_add_nor_edit_records_nor_use_its_documents(
    unit_a, unit_b, login
):
    page = summary(unit_a, D(2025, 11, 1), [result()])
    intruder = staff_client(login, "editor-h-b")
    assert intruder.get(f"/admin/pages/{page.pk}/edit/").status_code == 302
    add_url = f"/admin/pages/add/unitsites/procurementsummarypage/{records(unit_a).pk}/"
    assert intruder.get(add_url).status_code == 302
    theirs = document(unit_a, "แผนของโรงพยาบาลเอ")
    chooser = intruder.get("/admin/documents/chooser/").content.decode()
    assert "แผนของโรงพยาบาลเอ" not in chooser
    # A document of another unit typed into the form is refused, and nothing is saved.
    response = post_add_page(
        intruder, ProcurementPlanPage, records(unit_b), _plan_fields(unit_b, D(2026, 5, 1), theirs)
    )
    assert response.status_code == 200 and "document" in form_errors(response)
    assert not ProcurementPlanPage.objects.descendant_of(records(unit_b)).exists()


def test_the_procurement_page_shows_gaps_to_staff_only(unit_a, client, login):
    summary(unit_a, D(2025, 10, 1), [result()])
    path = path_of(records(unit_a)) + "?fy=2569"
    html = public(client, unit_a, path).content.decode()
    assert "ตุลาคม 2568" in html
    assert "ถึงกำหนดแล้วแต่ยังไม่เผยแพร่" not in html
    staff = login("editor-h-a")
    staff_html = public(staff, unit_a, path).content.decode()
    assert "พฤศจิกายน 2568: <strong>ถึงกำหนดแล้วแต่ยังไม่เผยแพร่</strong>" in staff_html


def test_demo_seeds_the_records_the_checks_want_once_and_links_them_as_ita_evidence(unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    demo_procurement.seed(home, None, True)
    pages = records(unit_a).get_children().count()
    demo_procurement.seed(home, None, True)  # twice: nothing more
    assert records(unit_a).get_children().count() == pages
    report = compliance_reports([unit_a])[0].results_by_check
    for check in ("procurement-plan", "procurement-plan-on-time", "procurement-monthly"):
        assert report[check].status == Status.PASS, check
    assert report["procurement-analysis"].status == Status.PASS
    assert NewsPage.objects.descendant_of(home).filter(kind="winner").live().count() == 1
    year = thaidates.fiscal_year(timezone.now())
    plan_page = ProcurementPlanPage.objects.descendant_of(home).get(fiscal_year=year)
    assert ItaEvidence.objects.filter(
        unit=unit_a,
        page=plan_page,
        subitem__code="MOIT4.1.3",
        subitem__item__template__fiscal_year=year,
    ).exists()


def test_winner_announcements_are_their_own_kind_listed_with_the_years_records(unit_a, client):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    news = home.get_children().get(slug="news")
    winner = NewsPage(
        title="ประกาศผู้ชนะการเสนอราคา ซื้อถุงมือยาง",
        slug="winner-gloves",
        kind=NewsKind.WINNER,
        date=datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC),
        summary="ผู้ชนะการเสนอราคา",
    )
    add_live(news, winner)
    section_html = public(client, unit_a, "/public-information/").content.decode()
    assert f'href="{path_of(records(unit_a))}"' in section_html
    html = public(client, unit_a, path_of(records(unit_a)) + "?fy=2569").content.decode()
    assert "ประกาศผู้ชนะการเสนอราคา ซื้อถุงมือยาง" in html
    assert "สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)" in html
    other_year = public(client, unit_a, path_of(records(unit_a)) + "?fy=2570").content.decode()
    assert "ซื้อถุงมือยาง" not in other_year
    english = public(client, unit_a, path_of(records(unit_a, "en")) + "?fy=2569").content.decode()
    assert "Monthly summaries of procurement results (form Sor Kor Ror 1)" in english
    # The English page lists English news only, and the announcement is not translated.
    assert "No winner announcement in this fiscal year." in english
