"""Demo content for operating manuals: the unit's core procedures plus the support procedures
every unit keeps, such as handling complaints (REQUIREMENTS C-14, C-16)."""

from dataclasses import dataclass

from django.utils import timezone

from network.models import UnitKind
from unitsites.models import ManualPage, Mission
from unitsites.thaidates import fiscal_year, fiscal_year_bounds

from .documents import demo_document
from .pages import ensure_item, section


@dataclass(frozen=True)
class Manual:
    slug: str
    mission: str
    title_th: str
    title_en: str
    responsible_th: str
    responsible_en: str
    summary_th: str
    summary_en: str


COMPLAINTS = Manual(
    "complaints-handling",
    Mission.SUPPORT,
    "คู่มือการปฏิบัติงาน การจัดการเรื่องร้องเรียนร้องทุกข์",
    "Operating manual: handling complaints",
    "งานรับเรื่องร้องเรียน",
    "Complaints desk",
    "การรับ ลงทะเบียน ส่งต่อ ติดตาม และแจ้งผลเรื่องร้องเรียนเกี่ยวกับการให้บริการ"
    "และพฤติกรรมของเจ้าหน้าที่ ภายในระยะเวลาที่กำหนด",
    "Receiving, registering, forwarding, following up and answering complaints about services "
    "and staff conduct within the set time.",
)
CORRUPTION_COMPLAINTS = Manual(
    "corruption-complaints",
    Mission.SUPPORT,
    "คู่มือการปฏิบัติงาน การรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "Operating manual: complaints of corruption and misconduct",
    "กลุ่มกฎหมาย / งานบริหารทั่วไป",
    "Legal affairs / general administration",
    "ช่องทางการรับแจ้ง การคุ้มครองผู้ร้องเรียน การตรวจสอบข้อเท็จจริง และการรายงานผลต่อผู้บังคับบัญชา",
    "Channels for reports, protection of the complainant, fact-finding and reporting to the "
    "head of the unit.",
)
PROCUREMENT = Manual(
    "procurement",
    Mission.SUPPORT,
    "คู่มือการปฏิบัติงาน การจัดซื้อจัดจ้างและการบริหารพัสดุ",
    "Operating manual: procurement and supplies",
    "งานพัสดุ",
    "Supplies section",
    "ขั้นตอนการจัดทำแผนการจัดซื้อจัดจ้าง การจัดซื้อจัดจ้างด้วยวิธีเฉพาะเจาะจง "
    "การตรวจรับพัสดุ และการรายงานผลตามแบบ สขร.1",
    "Drawing up the procurement plan, specific-method purchasing, acceptance of supplies and "
    "the monthly report on form SorKhorRor 1.",
)

CORE = {
    UnitKind.PROVINCIAL_OFFICE: [
        Manual(
            "clinic-licensing",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน การอนุญาตประกอบกิจการสถานพยาบาล",
            "Operating manual: licensing private clinics",
            "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข",
            "Consumer Protection and Public Health Pharmacy Group",
            "การรับคำขอ ตรวจสถานที่ และเสนอออกใบอนุญาตสถานพยาบาลประเภทที่ไม่รับผู้ป่วยไว้ค้างคืน",
            "Receiving applications, inspecting premises and proposing licences for clinics "
            "that do not admit in-patients.",
        ),
        Manual(
            "outbreak-investigation",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน การสอบสวนและควบคุมการระบาดของโรคติดต่อ",
            "Operating manual: investigating and controlling outbreaks",
            "กลุ่มงานควบคุมโรคติดต่อ",
            "Communicable Disease Control Group",
            "การเฝ้าระวัง การแจ้งเตือน การออกสอบสวนโรคของทีมปฏิบัติการสอบสวนควบคุมโรค (CDCU) และการรายงานผล",
            "Surveillance, alerts, field investigation by the communicable disease control unit "
            "(CDCU) and reporting.",
        ),
    ],
    UnitKind.HOSPITAL: [
        Manual(
            "emergency-triage",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน การคัดแยกผู้ป่วยแผนกอุบัติเหตุและฉุกเฉิน",
            "Operating manual: emergency department triage",
            "กลุ่มงานการพยาบาลผู้ป่วยอุบัติเหตุและฉุกเฉิน",
            "Emergency nursing",
            "การคัดแยกผู้ป่วยตามระดับความเร่งด่วน 5 ระดับ (MOPH ED Triage) และการส่งต่อผู้ป่วยวิกฤต",
            "Sorting patients into the five urgency levels of the MOPH ED Triage and referring "
            "critical patients.",
        ),
        Manual(
            "chronic-disease-clinic",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน คลินิกโรคเบาหวานและความดันโลหิตสูง",
            "Operating manual: diabetes and hypertension clinic",
            "กลุ่มงานบริการด้านปฐมภูมิและองค์รวม",
            "Primary and holistic care",
            "การนัดหมาย การตรวจติดตาม การปรับยา และการส่งต่อผู้ป่วยกลับไปรับยาที่โรงพยาบาลส่งเสริมสุขภาพตำบล",
            "Appointments, follow-up checks, medicine adjustment and handing patients back to "
            "their sub-district health promoting hospital.",
        ),
    ],
    UnitKind.DISTRICT_OFFICE: [
        Manual(
            "district-surveillance",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน การเฝ้าระวังและสอบสวนโรคระดับอำเภอ",
            "Operating manual: district disease surveillance",
            "งานควบคุมโรคและระบาดวิทยา",
            "Disease control and epidemiology",
            "การรวบรวมรายงานโรค 506 จากหน่วยบริการ การวิเคราะห์สถานการณ์ และการออกสอบสวนโรค",
            "Collecting the disease reports (form 506) of the units, analysing the situation and "
            "investigating in the field.",
        ),
        Manual(
            "primary-care-supervision",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน การนิเทศติดตามโรงพยาบาลส่งเสริมสุขภาพตำบล",
            "Operating manual: supervising the health promoting hospitals",
            "งานพัฒนาเครือข่ายบริการปฐมภูมิ",
            "Primary care network development",
            "แผนการนิเทศ แบบประเมิน และการสรุปผลการนิเทศรายไตรมาส",
            "The supervision plan, the assessment form and the quarterly summary.",
        ),
    ],
    UnitKind.HEALTH_PROMOTING_HOSPITAL: [
        Manual(
            "child-vaccination",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน การให้บริการวัคซีนเด็กตามแผนงานสร้างเสริมภูมิคุ้มกันโรค",
            "Operating manual: children's vaccinations",
            "งานส่งเสริมสุขภาพและป้องกันโรค",
            "Health promotion and disease prevention",
            "การนัดหมาย การเก็บรักษาวัคซีนในระบบลูกโซ่ความเย็น การฉีดวัคซีน และการติดตามอาการหลังได้รับวัคซีน",
            "Appointments, keeping vaccines in the cold chain, vaccinating and following up "
            "reactions.",
        ),
        Manual(
            "home-visits",
            Mission.CORE,
            "คู่มือการปฏิบัติงาน การเยี่ยมบ้านผู้ป่วยติดเตียงและผู้สูงอายุ",
            "Operating manual: home visits to bed-bound and older people",
            "งานดูแลต่อเนื่องที่บ้านและชุมชน",
            "Continuing care at home",
            "การจัดกลุ่มผู้ป่วยตามระดับการพึ่งพิง การวางแผนเยี่ยมบ้าน และการบันทึกผลการดูแล",
            "Grouping patients by dependency, planning visits and recording care.",
        ),
    ],
}


def _manuals(unit, rich):
    core = CORE[unit.kind]
    if rich:
        return core + [COMPLAINTS, CORRUPTION_COMPLAINTS, PROCUREMENT]
    return core + [COMPLAINTS]


def _values(unit, manual, language):
    english = language == "en"
    title = manual.title_en if english else manual.title_th
    start_of_year, _end = fiscal_year_bounds(fiscal_year(timezone.localdate()))
    return {
        "title": title,
        "mission": manual.mission,
        "document": demo_document(unit, title, manual.title_en),
        "version": "2" if manual.mission == Mission.CORE else "1",
        "effective_date": start_of_year,
        "responsible": manual.responsible_en if english else manual.responsible_th,
        "summary": manual.summary_en if english else manual.summary_th,
    }


def seed(home_th, home_en, rich):
    unit = home_th.unit
    manuals = section(home_th, "manuals")
    for manual in _manuals(unit, rich):
        ensure_item(
            manuals,
            home_en,
            ManualPage,
            manual.slug,
            lambda manual=manual: _values(unit, manual, "th"),
            lambda manual=manual: _values(unit, manual, "en"),
        )
