"""Demo procurement records for the hospitals and the provincial office, kept small so seeding
stays fast: the current fiscal year's plan, a form สขร.1 for each month already due, the
analysis of the previous year and one winner announcement, in Thai only; each monthly form,
the plan and the analysis are attached to their slots in the ITA templates (MOIT3-5)."""

import datetime
from decimal import Decimal
from functools import partial

from django.utils import timezone

from network.models import UnitKind
from unitsites import thaidates
from unitsites.models import (
    EvidenceKind,
    ItaEvidence,
    ItaSubitem,
    NewsKind,
    NewsPage,
    ProcurementPlanPage,
    ProcurementReportPage,
    ProcurementResult,
    ProcurementSection,
    ProcurementSummaryPage,
    ReportKind,
)
from unitsites.procurement_year import MONTHS_TO_PUBLISH, month_is_due

from .documents import demo_document
from .pages import ensure_page, section

WITH_PROCUREMENT = (UnitKind.HOSPITAL, UnitKind.PROVINCIAL_OFFICE)
ITEMS = (
    ("วัสดุการแพทย์ (ถุงมือยาง ชุดให้น้ำเกลือ)", Decimal("48500.00"), "บริษัท สตูลเมดิคอล จำกัด"),
    ("ซ่อมบำรุงเครื่องปรับอากาศ อาคารผู้ป่วยนอก", Decimal("36000.00"), "ร้านสตูลแอร์เซอร์วิส"),
    ("วัสดุสำนักงาน (กระดาษ หมึกพิมพ์)", Decimal("12750.00"), "ห้างหุ้นส่วนจำกัด ละงูเครื่องเขียน"),
)


def _results(month, index):
    """One or two rows a month; every third month states that nothing was bought."""
    if index % 3 == 2:
        return []
    rows = []
    for number, (item, price, winner) in enumerate(ITEMS[index % 2 :][:2], start=1):
        rows.append(
            ProcurementResult(
                item=item,
                budget=price,
                reference_price=price,
                method="specific",
                bidders=f"{winner} {price:,.2f}",
                winner=winner,
                agreed_price=price,
                reason="เป็นผู้เสนอราคาต่ำสุด และมีคุณสมบัติครบถ้วนตามเงื่อนไข",
                contract_number=f"PO {month:%m}{number:02d}/{thaidates.be_year(month)}",
                contract_date=month + datetime.timedelta(days=9 + number),
            )
        )
    return rows


def _summary_values(month, index):
    rows = _results(month, index)
    return {
        "title": f"แบบ สขร.1 สรุปผลการจัดซื้อจัดจ้าง เดือน{thaidates.thai_month_year(month)}",
        "month": month,
        "no_procurement": not rows,
        "results": rows,
    }


def _plan_values(unit, year):
    allocated = thaidates.fiscal_year_bounds(year)[0] + datetime.timedelta(days=14)
    return {
        "title": f"ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {year}",
        "fiscal_year": year,
        "allocation_date": allocated,
        "announced_on": allocated + datetime.timedelta(days=21),
        "document": demo_document(
            unit, f"แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {year}", "Annual procurement plan"
        ),
    }


def _analysis_values(unit, year):
    title = f"รายงานการวิเคราะห์ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {year}"
    return {
        "title": title,
        "kind": ReportKind.ANALYSIS,
        "fiscal_year": year,
        "document": demo_document(unit, title, "Analysis of the year's procurement"),
    }


def _winner_values(now):
    return {
        "title": "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุการแพทย์ โดยวิธีเฉพาะเจาะจง",
        "kind": NewsKind.WINNER,
        "date": now - datetime.timedelta(days=5),
        "summary": "ประกาศผลผู้ได้รับการคัดเลือก ซื้อวัสดุการแพทย์ จำนวน 1 รายการ",
    }


def _attach(unit, page, year, codes=(), month=None):
    """Attach `page` to its slots in `year`'s ITA template: by code, or a monthly form by its
    month."""
    slots = ItaSubitem.objects.filter(item__template__fiscal_year=year, heading=False)
    if month:
        slots = slots.filter(month=month, evidence_kind=EvidenceKind.MONTHLY_SERIES)
    else:
        slots = slots.filter(code__in=codes)
    for subitem in slots:
        if subitem.applies_to(unit.kind):
            ItaEvidence.objects.get_or_create(unit=unit, subitem=subitem, page=page)


def seed(home_th, home_en, rich):
    unit = home_th.unit
    if unit.kind not in WITH_PROCUREMENT:
        return
    now = timezone.now()
    today = timezone.localdate(now)
    year = thaidates.fiscal_year(today)
    records = ProcurementSection.objects.child_of(section(home_th, "public-information")).get()
    plan, _created = ensure_page(
        records, ProcurementPlanPage, f"plan-{year}", partial(_plan_values, unit, year)
    )
    _attach(unit, plan, year, codes=("MOIT4.1.3",))
    analysis, _created = ensure_page(
        records,
        ProcurementReportPage,
        f"analysis-{year - 1}",
        partial(_analysis_values, unit, year - 1),
    )
    _attach(unit, analysis, year, codes=("MOIT3.2",))
    for index, month in enumerate(thaidates.fiscal_months(year)):
        if month_is_due(month, today, MONTHS_TO_PUBLISH):
            summary, _created = ensure_page(
                records,
                ProcurementSummaryPage,
                f"sorkorror1-{month:%Y-%m}",
                partial(_summary_values, month, index),
            )
            _attach(unit, summary, year, month=month)
    ensure_page(
        section(home_th, "news"), NewsPage, "winner-medical-supplies", partial(_winner_values, now)
    )
