"""The compliance checks, as data: what each checks, why (the office's rule book, the
standards or the law, see REQUIREMENTS.md), how strictly, and for which units and years.

The work is done by each entry's evaluator (network.oversight.evaluators), with the entry's
parameters; thresholds live here, not in the code."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import UnitKind
from unitsites.models.procurement import PLAN_WORKING_DAYS
from unitsites.procurement_year import MONTHS_TO_PUBLISH
from unitsites.sections import CATEGORY_SLUGS

from . import evaluators


class Level(models.TextChoices):
    MUST = "must", _("Required")
    SHOULD = "should", _("Recommended")


ALL_KINDS = tuple(UnitKind.values)


@dataclass(frozen=True)
class Check:
    id: str
    title_th: str
    title_en: str
    basis: str
    level: str
    evaluator: Callable
    params: dict = field(default_factory=dict)
    kinds: tuple = ALL_KINDS
    fiscal_years: tuple | None = None  # Buddhist Era fiscal years; None for every year

    def applies_to(self, unit, fiscal_year):
        return unit.kind in self.kinds and (
            self.fiscal_years is None or fiscal_year in self.fiscal_years
        )


CHECKS = (
    Check(
        "categories",
        "ทุกหมวดมีข้อมูล",
        "Every category has content",
        "seed §1 (ten categories); REQUIREMENTS C-01–C-27",
        Level.MUST,
        evaluators.categories_have_content,
        {"sections": CATEGORY_SLUGS},
    ),
    Check(
        "contact",
        "ข้อมูลติดต่อครบ 5 รายการ",
        "Contact details complete",
        "REQUIREMENTS C-08 (MOIT2 1.7): address, phone, fax, e-mail, map",
        Level.MUST,
        evaluators.contact_complete,
    ),
    Check(
        "executives",
        "ข้อมูลผู้บริหารครบ 4 รายการ",
        "Executives complete",
        "REQUIREMENTS C-04 (MOIT2 1.1): photo, name, position, phone",
        Level.MUST,
        evaluators.executives_complete,
    ),
    Check(
        "sop-manual",
        "มีคู่มือการปฏิบัติงาน",
        "At least one operating manual",
        "REQUIREMENTS C-14; OIA s.9(4)",
        Level.MUST,
        evaluators.has_pages,
        {"model": "ManualPage", "minimum": 1, "section": "manuals"},
    ),
    Check(
        "citizen-guide",
        "มีคู่มือสำหรับประชาชน",
        "At least one citizen's manual",
        "REQUIREMENTS C-15; Licensing Facilitation Act 2558",
        Level.MUST,
        evaluators.has_pages,
        {"model": "ServiceGuidePage", "minimum": 1, "section": "citizen-guide"},
    ),
    Check(
        "e-service",
        "มีบริการออนไลน์ (แบบฟอร์มรับเรื่อง)",
        "At least one online service form",
        "REQUIREMENTS C-23 (e-Service), C-16 (c) (complaint channels)",
        Level.MUST,
        evaluators.has_pages,
        {"model": "ServiceFormPage", "minimum": 1, "section": "e-services"},
    ),
    Check(
        "oia-items",
        "ข้อมูลข่าวสารตามมาตรา 7 และมาตรา 9 ครบ",
        "Official Information Act sections 7 and 9 items present",
        "REQUIREMENTS C-22, C-28; OIA B.E. 2540 s.7, s.9; seed §3 (check the list is complete)",
        Level.MUST,
        evaluators.oia_items_present,
        {"sections": (7, 9)},
    ),
    Check(
        "news-current",
        "มีข่าวในปีงบประมาณปัจจุบัน",
        "News within the current fiscal year",
        "REQUIREMENTS C-11 (MOIT2: news dated within the fiscal year)",
        Level.MUST,
        evaluators.news_in_fiscal_year,
    ),
    Check(
        "procurement-plan",
        "มีแผนการจัดซื้อจัดจ้างประจำปีงบประมาณปัจจุบัน",
        "Annual procurement plan of the current fiscal year",
        "REQUIREMENTS C-17, C-32 (MOIT4); PPA B.E. 2560 s.11",
        Level.MUST,
        evaluators.procurement_plan_published,
    ),
    Check(
        "procurement-plan-on-time",
        "ประกาศแผนการจัดซื้อจัดจ้างภายใน 30 วันทำการหลังได้รับจัดสรรงบประมาณ",
        "Procurement plan announced within 30 working days of allocation",
        "REQUIREMENTS C-32 (MOIT4: within 30 working days, public holidays counted)",
        Level.SHOULD,
        evaluators.procurement_plan_on_time,
        {"working_days": PLAN_WORKING_DAYS},
    ),
    Check(
        "procurement-monthly",
        "มีแบบ สขร.1 ครบทุกเดือนที่ถึงกำหนด",
        "Form Sor Kor Ror 1 for every month due",
        "REQUIREMENTS C-17, C-30 (MOIT5); OIA s.9(8)",
        Level.MUST,
        evaluators.procurement_months_published,
        {"months_to_publish": MONTHS_TO_PUBLISH},
    ),
    Check(
        "procurement-quarterly",
        "มีรายงานผลการจัดซื้อจัดจ้างรายไตรมาสครบ (งบลงทุนและงบดำเนินงาน)",
        "Quarterly plan-result reports for every quarter due",
        "REQUIREMENTS C-17 (MOIT4 item 3); W-15",
        Level.MUST,
        evaluators.procurement_quarters_published,
        {"months_to_publish": MONTHS_TO_PUBLISH},
    ),
    Check(
        "procurement-analysis",
        "มีรายงานการวิเคราะห์ผลการจัดซื้อจัดจ้างของปีงบประมาณที่ผ่านมา",
        "Analysis of the previous fiscal year's procurement",
        "REQUIREMENTS C-17 (MOIT3)",
        Level.MUST,
        evaluators.procurement_analysis_published,
    ),
    Check(
        "expired-live",
        "ไม่มีข้อมูลหมดอายุที่ยังเผยแพร่",
        "Nothing expired still live",
        "seed §3.2 (take expired items down); REQUIREMENTS W-07",
        Level.MUST,
        evaluators.nothing_expired_live,
    ),
    Check(
        "review-overdue",
        "ไม่มีข้อมูลเกินกำหนดทบทวน",
        "Nothing overdue for review",
        "seed §3 (keep information current); REQUIREMENTS W-07",
        Level.MUST,
        evaluators.nothing_overdue_for_review,
    ),
    Check(
        "administrators",
        "มีผู้ดูแลเว็บไซต์อย่างน้อย 2 คน",
        "At least two active site administrators",
        "seed §3.1; REQUIREMENTS W-09",
        Level.MUST,
        evaluators.enough_administrators,
        {"minimum": 2},
    ),
    Check(
        "requests-waiting",
        "ไม่มีคำขอเผยแพร่ค้างนานเกินกำหนด",
        "No request waiting too long",
        "seed §2.2 (request to publish); REQUIREMENTS W-01",
        Level.SHOULD,
        evaluators.no_request_waiting,
        {"days": 7},
    ),
    Check(
        "verbal-unconfirmed",
        "ไม่มีการอนุมัติทางวาจาที่ยังไม่ยืนยันเกินกำหนด",
        "No unconfirmed verbal approval too old",
        "seed §2.2 (urgent verbal approval); REQUIREMENTS W-05",
        Level.MUST,
        evaluators.no_old_verbal_approval,
        {"days": 3},
    ),
    Check(
        "english-home",
        "หน้าแรกภาษาอังกฤษแปลแล้ว",
        "English home page translated",
        "DESIGN.md (English second); EGA website standard v2.0",
        Level.SHOULD,
        evaluators.english_home_translated,
        kinds=(UnitKind.PROVINCIAL_OFFICE, UnitKind.HOSPITAL, UnitKind.DISTRICT_OFFICE),
    ),
    Check(
        "moit-evidence",
        "หลักฐาน MOIT ครบทุกข้อย่อยของปีงบประมาณปัจจุบัน",
        "MOIT evidence for every sub-item of the current fiscal year",
        "REQUIREMENTS section 0, C-27 (MOPH ITA, MOIT 1–22, by unit kind)",
        Level.MUST,
        evaluators.moit_evidence_complete,
    ),
    Check(
        "moit-series",
        "หลักฐาน MOIT รายเดือนและรายไตรมาสไม่เกินกำหนด",
        "No monthly or quarterly MOIT evidence overdue",
        "REQUIREMENTS C-27, W-14, W-15 (monthly and quarterly evidence)",
        Level.MUST,
        evaluators.moit_series_on_time,
        {"months_to_publish": MONTHS_TO_PUBLISH},
    ),
    Check(
        "administrators-trained",
        "ผู้ดูแลเว็บไซต์ทุกคนได้รับการอบรมในปีงบประมาณปัจจุบัน",
        "Every site administrator trained this fiscal year",
        "seed §3.5 (continuing training in site management and information security)",
        Level.SHOULD,
        evaluators.administrators_trained,
    ),
    Check(
        "duties-acknowledged",
        "ผู้ดูแลเว็บไซต์ทุกคนรับทราบหน้าที่ตาม พ.ร.บ.คอมพิวเตอร์ ฉบับปัจจุบัน",
        "Every site administrator acknowledged the Computer Crime Act duties in effect",
        "seed §3.4; REQUIREMENTS W-18 (Computer Crime Act B.E. 2560)",
        Level.MUST,
        evaluators.duties_acknowledged,
    ),
)

CHECKS_BY_ID = {check.id: check for check in CHECKS}
