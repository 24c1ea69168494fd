"""Demo public information: items under several sections of the Official Information Act, each
with a small PDF document."""

import datetime
from dataclasses import dataclass
from functools import partial

from django.utils import timezone

from unitsites import thaidates
from unitsites.models import (
    PublicInformationDocument,
    PublicInformationPage,
    PublicInformationSection,
)

from .documents import demo_document
from .pages import ensure_page, ensure_translation


@dataclass(frozen=True)
class DemoItem:
    slug: str
    oia_section: str
    days_ago: int
    title_th: str
    summary_th: str
    title_en: str
    summary_en: str
    light: bool = True


ITEMS = (
    DemoItem(
        "organisation-structure",
        "7-1",
        120,
        "โครงสร้างองค์กรและการแบ่งส่วนราชการภายใน",
        "แผนภูมิโครงสร้างองค์กร กลุ่มงาน และผู้รับผิดชอบแต่ละกลุ่มงาน",
        "Organisation structure and internal divisions",
        "The organisation chart, its groups and who heads each group.",
    ),
    DemoItem(
        "powers-and-duties",
        "7-2",
        120,
        "อำนาจหน้าที่และภารกิจของหน่วยงาน",
        "สรุปอำนาจหน้าที่ตามกฎกระทรวงแบ่งส่วนราชการ และวิธีการดำเนินงานที่สำคัญ",
        "Powers, duties and missions",
        "A summary of the unit's powers and duties under the ministerial regulation, and how "
        "it carries them out.",
        light=False,
    ),
    DemoItem(
        "information-centre-contact",
        "7-3",
        90,
        "สถานที่ติดต่อขอรับข้อมูลข่าวสาร (ศูนย์ข้อมูลข่าวสารของราชการ)",
        "ที่ตั้ง เวลาทำการ และช่องทางติดต่อศูนย์ข้อมูลข่าวสารของหน่วยงาน",
        "Where to obtain information (official information centre)",
        "Address, opening hours and contact details of the unit's information centre.",
    ),
    DemoItem(
        "complaint-decision",
        "9-1",
        45,
        "ผลการพิจารณาเรื่องร้องเรียนการให้บริการ ประจำไตรมาส",
        "สรุปผลการพิจารณาเรื่องร้องเรียนที่มีผลโดยตรงต่อผู้รับบริการ และการดำเนินการแก้ไข",
        "Decisions on service complaints, quarterly",
        "Decisions on complaints that directly affect patients, and the actions taken.",
        light=False,
    ),
    DemoItem(
        "annual-action-plan",
        "9-3",
        60,
        "แผนปฏิบัติราชการและงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {fy}",
        "แผนงาน โครงการ และงบประมาณที่ได้รับจัดสรรในปีงบประมาณปัจจุบัน",
        "Action plan and annual budget, fiscal year {fy_ce}",
        "The work plans, projects and budget allocated for the current fiscal year.",
    ),
    DemoItem(
        "complaint-handling-manual",
        "9-4",
        75,
        "คู่มือการปฏิบัติงานการจัดการเรื่องร้องเรียนและข้อเสนอแนะ",
        "ขั้นตอนการรับ ตรวจสอบ และตอบกลับเรื่องร้องเรียน พร้อมระยะเวลาดำเนินการ",
        "Manual for handling complaints and suggestions",
        "How complaints are received, checked and answered, and how long each step takes.",
        light=False,
    ),
    DemoItem(
        "monthly-procurement-summary",
        "9-8",
        5,
        "สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1)",
        "สรุปผลการจัดซื้อจัดจ้างของเดือนที่ผ่านมา ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ",
        "Monthly procurement summary (form Sor Kor Ror 1)",
        "Last month's procurement results, as the Official Information Board requires.",
    ),
    DemoItem(
        "rules-and-regulations",
        "7-4",
        150,
        "กฎ ระเบียบ ข้อบังคับ และหนังสือเวียนที่มีผลเป็นการทั่วไปต่อประชาชน",
        "ประกาศและระเบียบของหน่วยงานที่มีผลใช้บังคับเป็นการทั่วไป พร้อมวันที่ประกาศใช้",
        "Rules, regulations and circulars of general effect",
        "The unit's notices and regulations that apply to the public, with their dates.",
        light=False,
    ),
    DemoItem(
        "board-designated-information-7",
        "7-5",
        150,
        "ข้อมูลข่าวสารอื่นตามที่คณะกรรมการข้อมูลข่าวสารของราชการกำหนด (มาตรา 7)",
        "รายการข้อมูลข่าวสารที่คณะกรรมการกำหนดให้ลงพิมพ์ในราชกิจจานุเบกษา",
        "Other information designated by the Official Information Board (section 7)",
        "Information the Board requires to be published in the Government Gazette.",
        light=False,
    ),
    DemoItem(
        "policies-and-interpretations",
        "9-2",
        100,
        "นโยบายและการตีความของหน่วยงาน",
        "นโยบายการบริหารงานและแนวทางการตีความที่ไม่ต้องลงพิมพ์ในราชกิจจานุเบกษา",
        "Policies and interpretations",
        "Management policies and interpretations that need no Government Gazette notice.",
        light=False,
    ),
    DemoItem(
        "referenced-publications",
        "9-5",
        100,
        "สิ่งพิมพ์ที่อ้างอิงในการลงพิมพ์ราชกิจจานุเบกษา",
        "เอกสารและสิ่งพิมพ์ที่ประกาศของหน่วยงานอ้างถึง จัดไว้ให้ประชาชนตรวจดูได้",
        "Publications referred to in Gazette notices",
        "Documents that the unit's notices refer to, open for inspection.",
        light=False,
    ),
    DemoItem(
        "concession-contracts",
        "9-6",
        100,
        "สัญญาสัมปทาน สัญญาผูกขาดตัดตอน และสัญญาร่วมทุนกับเอกชน",
        "ในปีงบประมาณนี้หน่วยงานไม่มีสัญญาสัมปทาน สัญญาผูกขาดตัดตอน หรือสัญญาร่วมทุนกับเอกชน",
        "Concession, monopoly and joint-venture contracts",
        "This fiscal year the unit has no concession, monopoly or joint-venture contracts.",
        light=False,
    ),
    DemoItem(
        "committee-resolutions",
        "9-7",
        80,
        "มติคณะรัฐมนตรีและมติคณะกรรมการที่เกี่ยวข้องกับหน่วยงาน",
        "มติคณะกรรมการบริหารหน่วยงาน พร้อมรายชื่อรายงานที่ใช้ประกอบการพิจารณา",
        "Cabinet and committee resolutions",
        "Resolutions of the unit's management committee, with the reports they relied on.",
        light=False,
    ),
)


def seed(home_th, home_en, rich):
    unit = home_th.unit
    section = PublicInformationSection.objects.child_of(home_th).get()
    today = timezone.localdate()
    fiscal_year_be = thaidates.fiscal_year(today)
    texts = {"fy": fiscal_year_be, "fy_ce": fiscal_year_be - thaidates.BE_OFFSET}
    for item in ITEMS:
        if not (rich or item.light):
            continue
        title = item.title_th.format(**texts)
        document = demo_document(unit, title, item.title_en.format(**texts))
        page = ensure_page(
            section,
            PublicInformationPage,
            item.slug,
            partial(
                dict,
                title=title,
                oia_section=item.oia_section,
                date=today - datetime.timedelta(days=item.days_ago),
                summary=item.summary_th,
                documents=[PublicInformationDocument(document=document)],
            ),
        )[0]
        if home_en is not None:
            title_en = item.title_en.format(**texts)
            ensure_translation(
                page,
                home_en,
                partial(
                    dict,
                    title=title_en,
                    summary=item.summary_en,
                    documents=[PublicInformationDocument(document=document, title=title_en)],
                ),
            )
