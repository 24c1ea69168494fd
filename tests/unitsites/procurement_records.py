"""Building a unit's procurement records for tests: live pages under its procurement page."""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile

from wagtail.documents.models import Document

from tests.conftest import add_live
from unitsites.models import (
    ProcurementPlanPage,
    ProcurementReportPage,
    ProcurementResult,
    ProcurementSection,
    ProcurementSummaryPage,
    ReportKind,
    UnitHomePage,
)

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def records(unit, language="th"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    return ProcurementSection.objects.descendant_of(home).get()


def document(unit, title="เอกสาร"):
    return Document.objects.create(
        title=title, file=ContentFile(MINIMAL_PDF, name="record.pdf"), collection=unit.collection
    )


def result(item="ซื้อถุงมือยาง", price="48500.00", **fields):
    values = {
        "item": item,
        "budget": Decimal(price),
        "reference_price": Decimal(price),
        "method": "specific",
        "bidders": f"บริษัท เอ จำกัด {price}\nบริษัท บี จำกัด 50000.00",
        "winner": "บริษัท เอ จำกัด",
        "agreed_price": Decimal(price),
        "reason": "ราคาต่ำสุด",
        "contract_number": "PO 12/2569",
        "contract_date": datetime.date(2025, 11, 11),
    }
    return ProcurementResult(**{**values, **fields})


def summary(unit, month, rows=(), slug=None):
    page = ProcurementSummaryPage(
        title=f"แบบ สขร.1 {month:%Y-%m}",
        slug=slug or f"sorkorror1-{month:%Y-%m}",
        month=month,
        no_procurement=not rows,
        results=list(rows),
    )
    return add_live(records(unit), page)


def plan(unit, year, allocation_date, announced_on):
    page = ProcurementPlanPage(
        title=f"แผนการจัดซื้อจัดจ้าง {year}",
        slug=f"plan-{year}",
        fiscal_year=year,
        allocation_date=allocation_date,
        announced_on=announced_on,
        document=document(unit, f"แผน {year}"),
    )
    return add_live(records(unit), page)


def quarterly_report(unit, year, quarter):
    page = ProcurementReportPage(
        title=f"รายงานผล ไตรมาส {quarter}/{year}",
        slug=f"report-{year}-q{quarter}",
        kind=ReportKind.QUARTERLY,
        fiscal_year=year,
        quarter=quarter,
        investment_document=document(unit, "งบลงทุน"),
        operating_document=document(unit, "งบดำเนินงาน"),
    )
    return add_live(records(unit), page)


def analysis(unit, year):
    page = ProcurementReportPage(
        title=f"รายงานการวิเคราะห์ {year}",
        slug=f"analysis-{year}",
        kind=ReportKind.ANALYSIS,
        fiscal_year=year,
        document=document(unit, "การวิเคราะห์"),
    )
    return add_live(records(unit), page)
