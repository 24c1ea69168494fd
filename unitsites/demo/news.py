"""Demo news, announcements and activities: news dated in the current fiscal year (announcements
open until a date in the future) and activities in past and coming months, relative to today."""

import datetime
from dataclasses import dataclass
from functools import partial

from django.utils import timezone

from wagtail.rich_text import RichText

from unitsites import thaidates
from unitsites.models import CalendarPage, EventPage, NewsKind, NewsPage, NewsSection

from .documents import demo_document
from .pages import ensure_page, ensure_translation


@dataclass(frozen=True)
class DemoNews:
    slug: str
    kind: str
    days_ago: int
    open_days: int  # announcements close this many days from today
    title_th: str
    summary_th: str
    body_th: str
    title_en: str
    summary_en: str
    body_en: str
    light: bool = True  # also for the lighter health-promoting-hospital sites
    attachment: str = ""  # file name of a PDF attached to the body


NEWS = (
    DemoNews(
        "flu-vaccination-campaign",
        NewsKind.GENERAL,
        3,
        0,
        "รณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล ปี {fy}",
        "เชิญชวนกลุ่มเสี่ยง 7 กลุ่มโรค รับวัคซีนป้องกันโรคไข้หวัดใหญ่ฟรี ตั้งแต่วันนี้จนกว่าวัคซีนจะหมด",
        "{unit} ขอเชิญชวนประชาชนกลุ่มเสี่ยง ได้แก่ หญิงตั้งครรภ์ เด็กอายุ 6 เดือนถึง 2 ปี "
        "ผู้สูงอายุ 65 ปีขึ้นไป และผู้ป่วยโรคเรื้อรัง รับวัคซีนป้องกันโรคไข้หวัดใหญ่ฟรี "
        "โดยนำบัตรประจำตัวประชาชนมาแสดงในวันและเวลาราชการ",
        "Seasonal influenza vaccination campaign {fy_ce}",
        "People in the seven risk groups can get a free flu vaccination until stocks run out.",
        "{unit} invites pregnant women, children aged 6 months to 2 years, people aged 65 and "
        "over and people with chronic diseases to a free flu vaccination. Please bring your "
        "national ID card during office hours.",
    ),
    DemoNews(
        "temporary-staff-recruitment",
        NewsKind.JOB,
        6,
        21,
        "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว ตำแหน่งพนักงานช่วยเหลือคนไข้",
        "รับสมัคร 2 อัตรา วุฒิการศึกษาไม่ต่ำกว่ามัธยมศึกษาตอนปลาย ยื่นใบสมัครได้ในวันและเวลาราชการ",
        "{unit} ประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว ตำแหน่งพนักงานช่วยเหลือคนไข้ "
        "จำนวน 2 อัตรา ผู้สนใจยื่นใบสมัครด้วยตนเองที่กลุ่มงานบริหารทั่วไป "
        "รายละเอียดตามประกาศที่แนบ",
        "Recruitment of temporary staff: patient care assistants",
        "Two posts; upper-secondary education or higher. Apply in person during office hours.",
        "{unit} is recruiting two temporary patient care assistants. Apply in person at the "
        "general administration group; the details are in the attached announcement.",
        attachment="recruitment.pdf",
    ),
    DemoNews(
        "procurement-blood-pressure-monitors",
        NewsKind.PROCUREMENT,
        10,
        14,
        "ประกาศประกวดราคาซื้อเครื่องวัดความดันโลหิตอัตโนมัติ จำนวน 10 เครื่อง "
        "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        "ราคากลาง 250,000 บาท ผู้สนใจดูรายละเอียดและยื่นข้อเสนอผ่านระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)",
        "{unit} มีความประสงค์จะประกวดราคาซื้อเครื่องวัดความดันโลหิตอัตโนมัติ จำนวน 10 เครื่อง "
        "ราคากลางของงานซื้อในการประกวดราคาครั้งนี้ เป็นเงินทั้งสิ้น 250,000 บาท "
        "ผู้สนใจสามารถดูรายละเอียดได้ที่เว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ",
        "Invitation to bid: ten automatic blood pressure monitors (e-bidding)",
        "Reference price THB 250,000. Details and bids through the government e-GP system.",
        "{unit} invites electronic bids for ten automatic blood pressure monitors. The "
        "reference price is THB 250,000. Details are on the government e-procurement site.",
        attachment="procurement-bp-monitors.pdf",
    ),
    DemoNews(
        "cpr-training-village-volunteers",
        NewsKind.TRAINING,
        15,
        10,
        "ขอเชิญเข้าร่วมอบรมเชิงปฏิบัติการการช่วยฟื้นคืนชีพขั้นพื้นฐาน (CPR) สำหรับ อสม.",
        "อบรมฟรี รับจำนวนจำกัด 40 คน ลงทะเบียนได้ที่งานส่งเสริมสุขภาพ",
        "{unit} ขอเชิญอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) เข้าร่วมอบรมเชิงปฏิบัติการ "
        "การช่วยฟื้นคืนชีพขั้นพื้นฐานและการใช้เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (AED) "
        "ไม่มีค่าใช้จ่าย รับจำนวนจำกัด",
        "Basic life support (CPR) workshop for village health volunteers",
        "Free of charge, 40 places. Register with the health promotion team.",
        "{unit} invites village health volunteers to a free hands-on workshop on basic life "
        "support and automated external defibrillators (AED). Places are limited.",
    ),
    DemoNews(
        "new-year-clinic-hours",
        NewsKind.ANNOUNCEMENT,
        21,
        0,
        "ประกาศปรับเวลาให้บริการคลินิกนอกเวลาราชการในช่วงวันหยุดราชการ",
        "งดให้บริการคลินิกนอกเวลาราชการในวันหยุดนักขัตฤกษ์ ยกเว้นงานอุบัติเหตุและฉุกเฉินเปิดตลอด 24 ชั่วโมง",
        "{unit} ขอแจ้งงดให้บริการคลินิกนอกเวลาราชการในวันหยุดนักขัตฤกษ์ "
        "ผู้ป่วยฉุกเฉินรับบริการได้ที่งานอุบัติเหตุและฉุกเฉินตลอด 24 ชั่วโมง หรือโทร 1669",
        "Changed hours of the after-hours clinic on public holidays",
        "The after-hours clinic closes on public holidays; emergency care stays open 24 hours.",
        "{unit} closes its after-hours clinic on public holidays. For emergencies, come to the "
        "emergency department, open 24 hours, or call 1669.",
    ),
    DemoNews(
        "diabetes-screening-results",
        NewsKind.GENERAL,
        40,
        0,
        "ผลการคัดกรองโรคเบาหวานและความดันโลหิตสูงในประชาชนอายุ 35 ปีขึ้นไป",
        "คัดกรองแล้วร้อยละ 92 ของกลุ่มเป้าหมาย พบกลุ่มเสี่ยงที่ต้องติดตามร้อยละ 14",
        "{unit} สรุปผลการคัดกรองโรคเบาหวานและความดันโลหิตสูงในประชาชนอายุ 35 ปีขึ้นไป "
        "ครอบคลุมร้อยละ 92 ของกลุ่มเป้าหมาย กลุ่มเสี่ยงได้รับการนัดติดตามและปรับเปลี่ยนพฤติกรรมสุขภาพ",
        "Diabetes and hypertension screening of people aged 35 and over: results",
        "92 per cent of the target group screened; 14 per cent at risk and followed up.",
        "{unit} screened 92 per cent of its target population aged 35 and over for diabetes "
        "and hypertension. People at risk have follow-up appointments and lifestyle coaching.",
        light=False,
    ),
)


@dataclass(frozen=True)
class DemoEvent:
    slug: str
    days_from_today: int
    start_hour: int
    end_hour: int
    title_th: str
    location_th: str
    description_th: str
    title_en: str
    location_en: str
    description_en: str
    light: bool = True


EVENTS = (
    DemoEvent(
        "district-health-board-meeting",
        -40,
        9,
        12,
        "ประชุมคณะกรรมการประสานงานสาธารณสุขระดับอำเภอ (คปสอ.) ประจำเดือน",
        "ห้องประชุมสำนักงานสาธารณสุขอำเภอ",
        "ติดตามผลการดำเนินงานตัวชี้วัดสำคัญและแผนงานโครงการของหน่วยบริการในอำเภอ",
        "Monthly meeting of the district health coordinating committee",
        "Meeting room, district public health office",
        "Progress on key indicators and on the projects of the district's health units.",
    ),
    DemoEvent(
        "cancer-screening-day",
        -12,
        8,
        15,
        "วันรณรงค์ตรวจคัดกรองมะเร็งเต้านมและมะเร็งปากมดลูก",
        "ลานกิจกรรมหน้าอาคารผู้ป่วยนอก",
        "ตรวจคัดกรองฟรีสำหรับสตรีอายุ 30-60 ปี พร้อมสอนการตรวจเต้านมด้วยตนเอง",
        "Breast and cervical cancer screening day",
        "Courtyard in front of the outpatient building",
        "Free screening for women aged 30 to 60, with a self-examination class.",
        light=False,
    ),
    DemoEvent(
        "volunteer-refresher-training",
        6,
        9,
        16,
        "อบรมฟื้นฟูความรู้อาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.)",
        "หอประชุม",
        "ทบทวนความรู้การเยี่ยมบ้าน การคัดกรองโรคเรื้อรัง และการบันทึกข้อมูลผ่านแอปพลิเคชัน",
        "Refresher training for village health volunteers",
        "Assembly hall",
        "Home visits, chronic disease screening and recording data in the mobile app.",
    ),
    DemoEvent(
        "mobile-health-check",
        21,
        9,
        15,
        "ออกหน่วยบริการตรวจสุขภาพเคลื่อนที่",
        "ศาลาประชาคมหมู่ที่ 3",
        "ตรวจวัดความดันโลหิต เจาะน้ำตาลในเลือด ตรวจสุขภาพช่องปาก และให้คำปรึกษาด้านสุขภาพ",
        "Mobile health check-up",
        "Village 3 community hall",
        "Blood pressure, blood sugar and oral health checks, and health advice.",
        light=False,
    ),
    DemoEvent(
        "ita-briefing",
        48,
        13,
        16,
        "ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ {fy}",
        "ห้องประชุมใหญ่",
        "ชี้แจงหลักเกณฑ์การเผยแพร่ข้อมูลสาธารณะ (MOIT) และกำหนดผู้รับผิดชอบแต่ละข้อ",
        "Briefing on the integrity and transparency assessment (ITA), fiscal year {fy_ce}",
        "Main meeting room",
        "The public-disclosure criteria (MOIT) and who is responsible for each item.",
    ),
)


def _texts(unit, fiscal_year_be):
    return {
        "unit_th": unit.name_th,
        "unit_en": unit.name_en,
        "fy": fiscal_year_be,
        "fy_ce": fiscal_year_be - thaidates.BE_OFFSET,
    }


def _body(text, document=None, document_title=""):
    body = [("paragraph", RichText(f"<p>{text}</p>"))]
    if document is not None:
        item = {"document": document, "title": document_title}
        body.append(("documents", {"heading": "", "documents": [item]}))
    return body


def _news_date(now, days_ago, fiscal_year_be):
    """`days_ago` before now, but never before the current fiscal year began (C-11)."""
    first_day, _last = thaidates.fiscal_year_bounds(fiscal_year_be)
    fy_start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time(9)))
    return max(now - datetime.timedelta(days=days_ago), fy_start)


def seed_news(section, unit, home_en, rich, now):
    fiscal_year_be = thaidates.fiscal_year(now)
    texts = _texts(unit, fiscal_year_be)
    for item in NEWS:
        if not (rich or item.light):
            continue
        document = None
        if item.attachment:
            document = demo_document(
                unit, item.title_th.format(**texts), item.title_en.format(**texts)
            )
        expire_at = None
        if item.open_days:  # closes at the end of office hours
            expire_at = _at(
                timezone.localdate(now) + datetime.timedelta(days=item.open_days), 16, 30
            )
        page = ensure_page(
            section,
            NewsPage,
            item.slug,
            partial(
                dict,
                title=item.title_th.format(**texts),
                kind=item.kind,
                date=_news_date(now, item.days_ago, fiscal_year_be),
                summary=item.summary_th.format(**texts),
                body=_body(item.body_th.format(unit=texts["unit_th"]), document),
                expire_at=expire_at,
            ),
        )[0]
        if home_en is not None:
            ensure_translation(
                page,
                home_en,
                partial(
                    dict,
                    title=item.title_en.format(**texts),
                    summary=item.summary_en.format(**texts),
                    body=_body(
                        item.body_en.format(unit=texts["unit_en"]),
                        document,
                        item.title_en.format(**texts) if document else "",
                    ),
                ),
            )


def _at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def seed_events(calendar, unit, home_en, rich, now):
    texts = _texts(unit, thaidates.fiscal_year(now))
    today = timezone.localdate(now)
    for item in EVENTS:
        if not (rich or item.light):
            continue
        day = today + datetime.timedelta(days=item.days_from_today)
        page = ensure_page(
            calendar,
            EventPage,
            item.slug,
            partial(
                dict,
                title=item.title_th.format(**texts),
                start=_at(day, item.start_hour),
                end=_at(day, item.end_hour),
                location=item.location_th,
                description=item.description_th,
            ),
        )[0]
        if home_en is not None:
            ensure_translation(
                page,
                home_en,
                partial(
                    dict,
                    title=item.title_en.format(**texts),
                    location=item.location_en,
                    description=item.description_en,
                ),
            )


def seed(home_th, home_en, rich):
    unit = home_th.unit
    now = timezone.now()
    section = NewsSection.objects.child_of(home_th).get()
    seed_news(section, unit, home_en, rich, now)
    calendar = CalendarPage.objects.child_of(section).get()
    seed_events(calendar, unit, home_en, rich, now)
