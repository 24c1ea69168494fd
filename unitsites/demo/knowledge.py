"""Demo content for knowledge: one item of each kind for the larger units, three for the
health-promoting hospitals; every item has its authors, references and date stamp."""

import datetime

from django.utils import timezone

from unitsites.models import KnowledgeKind, KnowledgePage
from unitsites.thaidates import fiscal_year

from .documents import demo_csv, demo_document
from .pages import ensure_item, section
from .people import person
from .places import place_of
from .text import bullets, documents_block, paragraphs, text_block

DENGUE_REFERENCES = (
    [
        "กรมควบคุมโรค กระทรวงสาธารณสุข. มาตรการ 3 เก็บ ป้องกัน 3 โรค. https://ddc.moph.go.th/",
        "กองโรคติดต่อนำโดยแมลง กรมควบคุมโรค. แนวทางการควบคุมโรคไข้เลือดออก.",
    ],
    [
        "Department of Disease Control, Ministry of Public Health. The '3 clean-ups against "
        "3 diseases' measures. https://ddc.moph.go.th/",
        "Division of Vector Borne Diseases, Department of Disease Control. Dengue control "
        "guidelines.",
    ],
)


def _published(days_ago):
    """A stable date stamp: 09:30 local time, `days_ago` days before today."""
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 30)))


def _statistics_table(unit, year, language):
    rows = [
        ("ผู้ป่วยนอก (ครั้ง)", "Outpatient visits"),
        ("ผู้ป่วยโรคเบาหวานที่ขึ้นทะเบียน (คน)", "Registered diabetes patients"),
        ("ผู้ป่วยโรคความดันโลหิตสูงที่ขึ้นทะเบียน (คน)", "Registered hypertension patients"),
        ("เด็กอายุ 0–5 ปี ที่ได้รับวัคซีนครบตามเกณฑ์ (ร้อยละ)", "Children 0–5 fully vaccinated (%)"),
    ]
    base = sum(map(ord, unit.code)) % 400
    values = [12400 + base * 30, 820 + base, 1460 + base * 2, 94]
    header = (
        ["Indicator", f"Fiscal year {year}"]
        if language == "en"
        else ["รายการ", f"ปีงบประมาณ {year}"]
    )
    label = 1 if language == "en" else 0
    data = [header] + [[row[label], f"{value:,}"] for row, value in zip(rows, values, strict=True)]
    caption = (
        f"Services of {unit.name_en}, fiscal year {year}"
        if language == "en"
        else f"ผลการให้บริการของ{unit.name_th} ปีงบประมาณ พ.ศ. {year}"
    )
    return {
        "type": "table",
        "value": {
            "data": data,
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": caption,
        },
    }


def _items(unit, rich):
    """[(slug, make(language) -> field values)] of the unit's knowledge items."""
    previous = fiscal_year(timezone.localdate()) - 1
    place = place_of(unit)
    writer = person(unit, 20, female=True)
    co_writer = person(unit, 21)

    def article(language):
        english = language == "en"
        references = DENGUE_REFERENCES[1 if english else 0]
        return {
            "title": "Preventing dengue with the '3 clean-ups' measures"
            if english
            else "ป้องกันไข้เลือดออกด้วยมาตรการ 3 เก็บ ป้องกัน 3 โรค",
            "kind": KnowledgeKind.ARTICLE,
            "authors": writer.name_en if english else writer.name_th,
            "published_at": _published(20),
            "summary": "Clean the house, clean up rubbish and cover water containers: three "
            "habits that stop the mosquitoes carrying dengue, Zika and chikungunya."
            if english
            else "เก็บบ้าน เก็บขยะ เก็บน้ำ สามนิสัยที่ตัดวงจรยุงลายพาหะนำโรคไข้เลือดออก "
            "โรคติดเชื้อไวรัสซิกา และโรคไข้ปวดข้อยุงลาย",
            "body": [
                text_block(
                    paragraphs(
                        "Satun's rainy season, from May to December, is when dengue spreads most."
                        if english
                        else "ช่วงฤดูฝนของจังหวัดสตูลระหว่างเดือนพฤษภาคมถึงธันวาคม "
                        "เป็นช่วงที่โรคไข้เลือดออกระบาดมากที่สุด"
                    )
                    + bullets(
                        [
                            "Clean the house: keep it tidy and airy so mosquitoes cannot rest.",
                            "Clean up rubbish: get rid of containers that collect rain water.",
                            "Cover water: close water jars and change vase water every week.",
                        ]
                        if english
                        else [
                            "เก็บบ้าน: จัดบ้านให้สะอาด โปร่ง ไม่ให้เป็นที่เกาะพักของยุง",
                            "เก็บขยะ: กำจัดภาชนะที่อาจเป็นแหล่งน้ำขัง",
                            "เก็บน้ำ: ปิดฝาโอ่งน้ำ เปลี่ยนน้ำในแจกันทุกสัปดาห์",
                        ],
                        ordered=True,
                    )
                )
            ],
            "references": bullets(references, ordered=True),
        }

    def statistics(language):
        english = language == "en"
        return {
            "title": f"Service statistics, fiscal year {previous}"
            if english
            else f"สถิติการให้บริการ ปีงบประมาณ พ.ศ. {previous}",
            "kind": KnowledgeKind.STATISTICS,
            "authors": "Health information team" if english else "งานข้อมูลและสารสนเทศสุขภาพ",
            "published_at": _published(45),
            "summary": f"Visits, registered chronic patients and vaccination coverage in "
            f"fiscal year {previous}."
            if english
            else f"จำนวนผู้รับบริการ ผู้ป่วยโรคเรื้อรังที่ขึ้นทะเบียน และความครอบคลุมของวัคซีน "
            f"ปีงบประมาณ พ.ศ. {previous}",
            "body": [_statistics_table(unit, previous, language)],
            "references": bullets(
                ["Health Data Center (HDC), Ministry of Public Health. https://hdc.moph.go.th/"]
                if english
                else [
                    "ระบบคลังข้อมูลด้านการแพทย์และสุขภาพ (HDC) กระทรวงสาธารณสุข. https://hdc.moph.go.th/"
                ]
            ),
        }

    def gis(language):
        english = language == "en"
        title = (
            f"Location of {unit.name_en} (GIS data)"
            if english
            else f"ข้อมูลพิกัดที่ตั้ง{unit.name_th} (ข้อมูลภูมิสารสนเทศ)"
        )
        data_file = demo_csv(
            unit,
            f"{title} (CSV)",
            [
                ["code", "name", "latitude", "longitude"],
                [
                    unit.code,
                    unit.name_en if english else unit.name_th,
                    place.latitude,
                    place.longitude,
                ],
            ],
        )
        return {
            "title": title,
            "kind": KnowledgeKind.GIS,
            "authors": "Health information team" if english else "งานข้อมูลและสารสนเทศสุขภาพ",
            "published_at": _published(60),
            "summary": "The unit's location in WGS84 coordinates, for maps and emergency "
            "planning; the data file is below."
            if english
            else "พิกัดที่ตั้งของหน่วยงานในระบบ WGS84 สำหรับการจัดทำแผนที่และแผนรับมือเหตุฉุกเฉิน "
            "ดาวน์โหลดไฟล์ข้อมูลได้ด้านล่าง",
            "document": data_file,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "references": bullets(
                ["Survey of Satun health facilities, Satun Provincial Public Health Office."]
                if english
                else ["ข้อมูลสำรวจหน่วยบริการสาธารณสุขจังหวัดสตูล สำนักงานสาธารณสุขจังหวัดสตูล"]
            ),
        }

    def research(language):
        english = language == "en"
        title = (
            "Factors in blood sugar control among people with type 2 diabetes"
            if english
            else "ปัจจัยที่มีผลต่อการควบคุมระดับน้ำตาลในเลือดของผู้ป่วยเบาหวานชนิดที่ 2"
        )
        return {
            "title": title,
            "kind": KnowledgeKind.RESEARCH,
            "authors": f"{writer.name_en}, {co_writer.name_en}"
            if english
            else f"{writer.name_th}, {co_writer.name_th}",
            "published_at": _published(90),
            "summary": "A cross-sectional study of patients at the chronic disease clinic: "
            "regular medicine taking, diet and family support went with better HbA1c."
            if english
            else "การศึกษาภาคตัดขวางในผู้ป่วยคลินิกโรคเรื้อรัง พบว่าการรับประทานยาสม่ำเสมอ "
            "การควบคุมอาหาร และแรงสนับสนุนจากครอบครัว สัมพันธ์กับระดับ HbA1c ที่ดีขึ้น",
            "document": demo_document(unit, title, "Research report: type 2 diabetes control"),
            "references": bullets(
                [
                    "Diabetes Association of Thailand. Clinical Practice Guideline for "
                    "Diabetes 2023.",
                    "American Diabetes Association. Standards of Care in Diabetes. Diabetes Care.",
                ]
                if english
                else [
                    "สมาคมโรคเบาหวานแห่งประเทศไทยฯ. แนวทางเวชปฏิบัติสำหรับโรคเบาหวาน พ.ศ. 2566.",
                    "American Diabetes Association. Standards of Care in Diabetes. Diabetes Care.",
                ],
                ordered=True,
            ),
        }

    def case_study(language):
        english = language == "en"
        return {
            "title": "Case study: home care for a bed-bound patient by the family care team"
            if english
            else "กรณีศึกษา การดูแลผู้ป่วยติดเตียงที่บ้านโดยทีมหมอครอบครัว",
            "kind": KnowledgeKind.CASE_STUDY,
            "authors": "Family care team" if english else "ทีมหมอครอบครัว",
            "published_at": _published(120),
            "summary": "How nurses, village health volunteers and the family together prevented "
            "bed sores and readmission for a patient after a stroke."
            if english
            else "พยาบาล อาสาสมัครสาธารณสุขประจำหมู่บ้าน และครอบครัว ร่วมกันดูแลผู้ป่วยหลังโรคหลอดเลือดสมอง "
            "จนไม่เกิดแผลกดทับและไม่ต้องกลับเข้ารักษาในโรงพยาบาลซ้ำ",
            "body": [
                text_block(
                    paragraphs(
                        "The team visited every week for three months, taught the family to turn "
                        "and feed the patient, and followed up by phone between visits."
                        if english
                        else "ทีมเยี่ยมบ้านทุกสัปดาห์เป็นเวลา 3 เดือน สอนญาติพลิกตะแคงตัวและให้อาหารทางสายยาง "
                        "และติดตามทางโทรศัพท์ระหว่างการเยี่ยม"
                    )
                )
            ],
            "references": bullets(
                ["Department of Health. Long-term care guideline for dependent elderly people."]
                if english
                else ["กรมอนามัย. แนวทางการดูแลระยะยาวด้านสาธารณสุขสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง"]
            ),
        }

    def ebook(language):
        english = language == "en"
        title = (
            "Caring for older people: a handbook for village health volunteers"
            if english
            else "คู่มือการดูแลสุขภาพผู้สูงอายุ สำหรับอาสาสมัครสาธารณสุขประจำหมู่บ้าน"
        )
        return {
            "title": title,
            "kind": KnowledgeKind.EBOOK,
            "authors": "Health promotion team" if english else "งานส่งเสริมสุขภาพ",
            "published_at": _published(150),
            "summary": "Screening, exercise, nutrition and fall prevention for older people, "
            "with checklists to print."
            if english
            else "การคัดกรอง การออกกำลังกาย โภชนาการ และการป้องกันการหกล้มในผู้สูงอายุ "
            "พร้อมแบบตรวจสอบสำหรับพิมพ์ใช้",
            "body": [
                documents_block(
                    "",
                    [
                        demo_document(
                            unit,
                            f"{title} ({'print edition' if english else 'ฉบับพิมพ์'})",
                            "Handbook: caring for older people",
                        )
                    ],
                )
            ],
            "document": demo_document(unit, title, "E-book: caring for older people"),
            "references": bullets(
                ["Department of Health. Elderly health screening guideline."]
                if english
                else ["กรมอนามัย. คู่มือการคัดกรองและประเมินสุขภาพผู้สูงอายุ"]
            ),
        }

    makers = [
        ("dengue-3-clean-ups", article),
        ("service-statistics", statistics),
        ("location-gis", gis),
    ]
    if rich:
        makers += [
            ("diabetes-control-research", research),
            ("home-care-case-study", case_study),
            ("elderly-care-handbook", ebook),
        ]
    return makers


def seed(home_th, home_en, rich):
    unit = home_th.unit
    knowledge = section(home_th, "knowledge")
    for slug, make in _items(unit, rich):
        ensure_item(
            knowledge,
            home_en,
            KnowledgePage,
            slug,
            lambda make=make: make("th"),
            lambda make=make: make("en"),
        )
