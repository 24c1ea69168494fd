"""Demo content for laws and regulations: the laws a Satun health unit works under, each with
its source (Royal Gazette reference or the issuing office's announcement)."""

import datetime
from dataclasses import dataclass

from unitsites.models import LawPage, LawType

from .documents import demo_document
from .pages import ensure_item, section
from .text import paragraphs


@dataclass(frozen=True)
class Law:
    slug: str
    law_type: str
    issued_on: datetime.date
    title_th: str
    title_en: str
    issuer_th: str
    issuer_en: str
    reference_th: str
    reference_en: str
    summary_th: str
    summary_en: str
    source_url: str = ""
    with_document: bool = False


PARLIAMENT = ("รัฐสภา", "National Assembly")

LAWS = [
    Law(
        "personal-data-protection-act-2562",
        LawType.ACT,
        datetime.date(2019, 5, 27),
        "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        "Personal Data Protection Act B.E. 2562 (2019)",
        *PARLIAMENT,
        "ราชกิจจานุเบกษา เล่ม 136 ตอนที่ 69 ก หน้า 52",
        "Royal Gazette vol. 136, part 69 A, p. 52",
        "หลักเกณฑ์การเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคล ซึ่งหน่วยบริการสาธารณสุข"
        "ต้องปฏิบัติในการดูแลข้อมูลสุขภาพของผู้รับบริการ",
        "The rules for collecting, using and disclosing personal data, which health units "
        "follow in keeping their patients' health information.",
        source_url="http://www.ratchakitcha.soc.go.th/DATA/PDF/2562/A/069/T_0052.PDF",
    ),
    Law(
        "communicable-disease-act-2558",
        LawType.ACT,
        datetime.date(2015, 9, 8),
        "พระราชบัญญัติโรคติดต่อ พ.ศ. 2558",
        "Communicable Disease Act B.E. 2558 (2015)",
        *PARLIAMENT,
        "ราชกิจจานุเบกษา เล่ม 132 ตอนที่ 86 ก",
        "Royal Gazette vol. 132, part 86 A",
        "การเฝ้าระวัง ป้องกัน และควบคุมโรคติดต่อ หน้าที่ของเจ้าพนักงานควบคุมโรคติดต่อ "
        "และการแจ้งโรคติดต่ออันตรายและโรคที่ต้องเฝ้าระวัง",
        "Surveillance, prevention and control of communicable diseases, the duties of "
        "communicable disease control officers, and the reporting of dangerous and "
        "notifiable diseases.",
    ),
    Law(
        "satun-website-publication-guideline-2562",
        LawType.GUIDELINE,
        datetime.date(2019, 3, 1),
        "แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. 2562",
        "Guideline on publishing information on the units' websites, B.E. 2562 (2019)",
        "สำนักงานสาธารณสุขจังหวัดสตูล",
        "Satun Provincial Public Health Office",
        "ประกาศสำนักงานสาธารณสุขจังหวัดสตูล เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
        "Announcement of the Satun Provincial Public Health Office on publishing information "
        "on the units' websites",
        "กรอบแนวทางและวิธีการเปิดเผยข้อมูลข่าวสารผ่านเว็บไซต์ของหน่วยงานในสังกัด "
        "ประเภทข้อมูลที่ต้องเผยแพร่ 10 หมวด ขั้นตอนการขออนุญาตเผยแพร่ และการกำกับติดตาม",
        "The framework for publishing information on the websites of the office's units: the "
        "ten categories to publish, the request for permission to publish, and oversight.",
        with_document=True,
    ),
    Law(
        "public-health-act-2535",
        LawType.ACT,
        datetime.date(1992, 4, 5),
        "พระราชบัญญัติการสาธารณสุข พ.ศ. 2535",
        "Public Health Act B.E. 2535 (1992)",
        *PARLIAMENT,
        "ราชกิจจานุเบกษา เล่ม 109 ตอนที่ 38",
        "Royal Gazette vol. 109, part 38",
        "การจัดการสิ่งปฏิกูลและมูลฝอย สุขลักษณะของอาคาร เหตุรำคาญ และกิจการที่เป็นอันตรายต่อสุขภาพ",
        "Waste management, the hygiene of buildings, nuisances and trades hazardous to health.",
    ),
    Law(
        "computer-crime-act-no2-2560",
        LawType.ACT,
        datetime.date(2017, 1, 24),
        "พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ (ฉบับที่ 2) พ.ศ. 2560",
        "Computer-Related Crime Act (No. 2) B.E. 2560 (2017)",
        *PARLIAMENT,
        "ราชกิจจานุเบกษา เล่ม 134 ตอนที่ 10 ก หน้า 24",
        "Royal Gazette vol. 134, part 10 A, p. 24",
        "ความผิดเกี่ยวกับคอมพิวเตอร์ หน้าที่ของผู้ให้บริการในการเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ "
        "ซึ่งผู้ดูแลเว็บไซต์ของหน่วยงานต้องปฏิบัติอย่างเคร่งครัด",
        "Computer-related offences and the service provider's duty to keep traffic data, which "
        "the unit's website administrators must follow strictly.",
        source_url="http://www.ratchakitcha.soc.go.th/DATA/PDF/2560/A/010/24.PDF",
    ),
    Law(
        "good-governance-decree-2546",
        LawType.ROYAL_DECREE,
        datetime.date(2003, 10, 9),
        "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. 2546",
        "Royal Decree on Criteria and Procedures for Good Governance B.E. 2546 (2003)",
        "คณะรัฐมนตรี",
        "Council of Ministers",
        "ราชกิจจานุเบกษา เล่ม 120 ตอนที่ 100 ก",
        "Royal Gazette vol. 120, part 100 A",
        "หลักการบริหารราชการเพื่อประโยชน์สุขของประชาชน การลดขั้นตอนการปฏิบัติงาน "
        "และการกำหนดระยะเวลาแล้วเสร็จของงานบริการ",
        "Principles of public administration for the people's well-being, fewer procedural "
        "steps and set completion times for services.",
    ),
    Law(
        "procurement-regulation-2560",
        LawType.REGULATION,
        datetime.date(2017, 8, 23),
        "ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
        "Ministry of Finance Regulation on Public Procurement and Supplies Administration "
        "B.E. 2560 (2017)",
        "กระทรวงการคลัง",
        "Ministry of Finance",
        "ราชกิจจานุเบกษา เล่ม 134 ตอนพิเศษ 210 ง",
        "Royal Gazette vol. 134, special part 210 D",
        "วิธีการจัดซื้อจัดจ้าง การประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง และการบริหารพัสดุของหน่วยงานของรัฐ",
        "Procurement methods, the publication of procurement plans and the administration of "
        "supplies in state agencies.",
        with_document=True,
    ),
    Law(
        "cabinet-resolution-website-standard-2556",
        LawType.CABINET_RESOLUTION,
        datetime.date(2013, 4, 23),
        "มติคณะรัฐมนตรี เรื่อง มาตรฐานเว็บไซต์ภาครัฐ",
        "Cabinet resolution on the Government Website Standard",
        "คณะรัฐมนตรี",
        "Council of Ministers",
        "มติคณะรัฐมนตรี เมื่อวันที่ 23 เมษายน 2556",
        "Cabinet resolution of 23 April 2013",
        "ให้หน่วยงานภาครัฐใช้มาตรฐานเว็บไซต์ภาครัฐเป็นแนวทางในการพัฒนาเว็บไซต์ของหน่วยงาน",
        "State agencies are to develop their websites following the Government Website Standard.",
    ),
]
LIGHT_COUNT = 3  # health-promoting hospitals file the first three


def _values(unit, law, language):
    english = language == "en"
    values = {
        "title": law.title_en if english else law.title_th,
        "law_type": law.law_type,
        "issued_on": law.issued_on,
        "issuer": law.issuer_en if english else law.issuer_th,
        "reference": law.reference_en if english else law.reference_th,
        "source_url": law.source_url,
        "summary": paragraphs(law.summary_en if english else law.summary_th),
    }
    if law.with_document:
        title = values["title"]
        values["document"] = demo_document(unit, title, law.title_en)
    return values


def seed(home_th, home_en, rich):
    unit = home_th.unit
    laws = section(home_th, "laws")
    for law in LAWS if rich else LAWS[:LIGHT_COUNT]:
        ensure_item(
            laws,
            home_en,
            LawPage,
            law.slug,
            lambda law=law: _values(unit, law, "th"),
            lambda law=law: _values(unit, law, "en"),
        )
