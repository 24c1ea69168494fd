"""Demo content for general information: history, vision and mission (the unit's and the
ministry's), duties and powers, policy, plans, budget, report, structure with executives, contact."""

from django.utils import timezone

from network.models import UnitKind
from unitsites.models import ContentPage, Executive, OrganisationPage, Topic
from unitsites.thaidates import fiscal_year

from .documents import demo_document, demo_portrait
from .pages import ensure_item, fill_fixed_page, section
from .people import person
from .places import phone_numbers, place_of
from .text import bullets, documents_block, paragraphs, text_block

MOPH_VISION_TH = "เป็นองค์กรหลักด้านสุขภาพ ที่รวมพลังสังคม เพื่อประชาชนสุขภาพดี"
MOPH_VISION_EN = (
    "To be the leading health organisation that unites the strength of society "
    "for the good health of the people."
)
MOPH_MISSION_TH = "พัฒนาและอภิบาลระบบสุขภาพอย่างมีส่วนร่วมและยั่งยืน"
MOPH_MISSION_EN = "To develop and govern the health system with participation and sustainability."
MOPH_VALUES_TH = [
    "M – Mastery: เป็นนายตัวเอง",
    "O – Originality: เร่งสร้างสิ่งใหม่",
    "P – People centered approach: ใส่ใจประชาชน",
    "H – Humility: ถ่อมตนอ่อนน้อม",
]
MOPH_VALUES_EN = [
    "M – Mastery",
    "O – Originality",
    "P – People-centred approach",
    "H – Humility",
]


def _history(unit):
    """(Thai paragraphs, English paragraphs) of the unit's history."""
    children = unit.children.count()
    if unit.kind == UnitKind.PROVINCIAL_OFFICE:
        return (
            [
                f"{unit.name_th}เป็นส่วนราชการบริหารส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวงสาธารณสุข "
                "รับผิดชอบการบริหารจัดการระบบสุขภาพของจังหวัดสตูลทั้ง 7 อำเภอ ได้แก่ "
                "อำเภอเมืองสตูล ควนโดน ควนกาหลง ท่าแพ ละงู ทุ่งหว้า และมะนัง",
                f"ปัจจุบันมีหน่วยงานในสังกัดโดยตรง {children} แห่ง ประกอบด้วยโรงพยาบาลทั่วไป "
                "โรงพยาบาลชุมชน และสำนักงานสาธารณสุขอำเภอ ซึ่งร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบล"
                "ทุกแห่งเป็นเครือข่ายบริการสุขภาพของจังหวัด",
            ],
            [
                f"The {unit.name_en} is a regional government office under the Office of the "
                "Permanent Secretary, Ministry of Public Health. It manages the health system of "
                "all seven districts of Satun: Mueang Satun, Khuan Don, Khuan Kalong, Tha Phae, "
                "La-ngu, Thung Wa and Manang.",
                f"It directly oversees {children} units, the general hospital, the community "
                "hospitals and the district health offices, which together with every "
                "sub-district health promoting hospital form the province's health network.",
            ],
        )
    if unit.kind == UnitKind.HOSPITAL:
        return (
            [
                f"{unit.name_th}เป็นโรงพยาบาลสังกัดสำนักงานสาธารณสุขจังหวัดสตูล "
                f"ให้บริการตรวจรักษา ส่งเสริมสุขภาพ ป้องกันโรค และฟื้นฟูสภาพแก่ประชาชนในอำเภอ{unit.district}"
                "และพื้นที่ใกล้เคียง",
                "โรงพยาบาลพัฒนาคุณภาพบริการอย่างต่อเนื่องตามมาตรฐานการรับรองคุณภาพสถานพยาบาล "
                "และทำงานร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลในเครือข่ายบริการปฐมภูมิของอำเภอ",
            ],
            [
                f"{unit.name_en} is a hospital under the Satun Provincial Public Health Office. "
                "It provides treatment, health promotion, disease prevention and rehabilitation "
                "for the people of its district and the areas around it.",
                "The hospital keeps improving its services to the hospital accreditation "
                "standards and works with the sub-district health promoting hospitals of the "
                "district's primary care network.",
            ],
        )
    if unit.kind == UnitKind.DISTRICT_OFFICE:
        return (
            [
                f"{unit.name_th}เป็นหน่วยงานสังกัดสำนักงานสาธารณสุขจังหวัดสตูล ทำหน้าที่ประสาน "
                f"สนับสนุน และกำกับติดตามงานสาธารณสุขในอำเภอ{unit.district}",
                f"ดูแลโรงพยาบาลส่งเสริมสุขภาพตำบลในอำเภอจำนวน {children} แห่ง "
                "และทำงานร่วมกับองค์กรปกครองส่วนท้องถิ่น อาสาสมัครสาธารณสุขประจำหมู่บ้าน "
                "และภาคีเครือข่ายในชุมชน",
            ],
            [
                f"The {unit.name_en} is an office of the Satun Provincial Public Health Office. "
                "It coordinates, supports and follows up the public health work of its district.",
                f"It looks after the district's {children} sub-district health promoting "
                "hospitals and works with the local governments, the village health volunteers "
                "and the community's partners.",
            ],
        )
    return (
        [
            f"{unit.name_th}เดิมเป็นสถานีอนามัย ได้รับการยกระดับเป็นโรงพยาบาลส่งเสริมสุขภาพตำบล"
            "ตามนโยบายของรัฐบาลเมื่อปี พ.ศ. 2552",
            "ให้บริการรักษาพยาบาลเบื้องต้น ส่งเสริมสุขภาพ ป้องกันโรค ฟื้นฟูสภาพ "
            "และดูแลผู้ป่วยที่บ้าน ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้านในพื้นที่รับผิดชอบ",
        ],
        [
            f"{unit.name_en} began as a health station and became a sub-district health "
            "promoting hospital under the government's policy of 2009 (B.E. 2552).",
            "It gives first-line treatment, health promotion, disease prevention, "
            "rehabilitation and home care, together with the village health volunteers of its "
            "area.",
        ],
    )


def _vision(unit):
    if unit.kind == UnitKind.PROVINCIAL_OFFICE:
        return (
            "องค์กรสมรรถนะสูง ขับเคลื่อนระบบสุขภาพจังหวัดสตูล เพื่อประชาชนสุขภาพดีอย่างยั่งยืน",
            "A high-performance organisation driving Satun's health system "
            "for lasting good health of its people.",
        )
    if unit.kind == UnitKind.HOSPITAL:
        return (
            "โรงพยาบาลคุณภาพ บริการด้วยใจ ประชาชนไว้วางใจ",
            "A quality hospital that serves with heart and earns the people's trust.",
        )
    return (
        "ประชาชนในพื้นที่มีสุขภาพดี ด้วยการมีส่วนร่วมของชุมชน",
        "Good health for the people of the area, with the community taking part.",
    )


DUTIES = {
    UnitKind.PROVINCIAL_OFFICE: (
        [
            "จัดทำแผนยุทธศาสตร์ด้านสุขภาพในเขตพื้นที่จังหวัด",
            "ดำเนินการและประสานงานเกี่ยวกับงานสาธารณสุขในเขตพื้นที่จังหวัด",
            "กำกับ ดูแล ประเมินผล และสนับสนุนการปฏิบัติงานของหน่วยงานสาธารณสุขในเขตพื้นที่จังหวัด"
            "เพื่อให้การปฏิบัติงานเป็นไปตามกฎหมาย",
            "ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย",
        ],
        [
            "Draw up the health strategy of the province.",
            "Carry out and coordinate public health work in the province.",
            "Oversee, evaluate and support the work of the province's health units so that it "
            "follows the law.",
            "Work with or support other agencies concerned, or as assigned.",
        ],
    ),
    UnitKind.HOSPITAL: (
        [
            "ให้บริการตรวจวินิจฉัย รักษาพยาบาล และฟื้นฟูสมรรถภาพผู้ป่วย",
            "ส่งเสริมสุขภาพ ป้องกันและควบคุมโรคในพื้นที่รับผิดชอบ",
            "รับและส่งต่อผู้ป่วยตามระบบบริการสุขภาพของจังหวัด",
            "สนับสนุนวิชาการและพัฒนาศักยภาพหน่วยบริการปฐมภูมิในเครือข่าย",
        ],
        [
            "Diagnose, treat and rehabilitate patients.",
            "Promote health and prevent and control disease in its area.",
            "Receive and refer patients within the province's health service system.",
            "Give technical support to and build up the primary care units of its network.",
        ],
    ),
    UnitKind.DISTRICT_OFFICE: (
        [
            "จัดทำแผนงานด้านสาธารณสุขระดับอำเภอ",
            "ประสาน สนับสนุน และกำกับติดตามการดำเนินงานของโรงพยาบาลส่งเสริมสุขภาพตำบล",
            "ควบคุมป้องกันโรคและคุ้มครองผู้บริโภคด้านสุขภาพในพื้นที่อำเภอ",
            "พัฒนาเครือข่ายสุขภาพภาคประชาชนและอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
        ],
        [
            "Draw up the district's public health plans.",
            "Coordinate, support and follow up the work of the sub-district health promoting "
            "hospitals.",
            "Prevent and control disease and protect health consumers in the district.",
            "Develop the people's health networks and the village health volunteers.",
        ],
    ),
    UnitKind.HEALTH_PROMOTING_HOSPITAL: (
        [
            "ให้บริการรักษาพยาบาลเบื้องต้นและส่งต่อผู้ป่วย",
            "ส่งเสริมสุขภาพและป้องกันโรคทุกกลุ่มวัย",
            "ดูแลผู้ป่วยโรคเรื้อรัง ผู้สูงอายุ และผู้ป่วยติดเตียงที่บ้าน",
            "สนับสนุนอาสาสมัครสาธารณสุขประจำหมู่บ้านและกองทุนสุขภาพตำบล",
        ],
        [
            "Give first-line treatment and refer patients.",
            "Promote health and prevent disease for every age group.",
            "Care for people with chronic illness, older people and bed-bound patients at home.",
            "Support the village health volunteers and the sub-district health fund.",
        ],
    ),
}

STRUCTURE = {
    UnitKind.PROVINCIAL_OFFICE: (
        [
            "กลุ่มงานบริหารทั่วไป",
            "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข",
            "กลุ่มงานควบคุมโรคติดต่อ",
            "กลุ่มงานควบคุมโรคไม่ติดต่อ สุขภาพจิต และยาเสพติด",
            "กลุ่มงานส่งเสริมสุขภาพ",
            "กลุ่มงานอนามัยสิ่งแวดล้อมและอาชีวอนามัย",
            "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข",
            "กลุ่มงานทันตสาธารณสุข",
            "กลุ่มงานบริหารทรัพยากรบุคคล",
            "กลุ่มงานประกันสุขภาพ",
            "กลุ่มงานการแพทย์แผนไทยและการแพทย์ทางเลือก",
            "กลุ่มงานปฐมภูมิและเครือข่ายสุขภาพ",
            "กลุ่มงานสุขภาพดิจิทัล",
            "กลุ่มกฎหมาย",
        ],
        [
            "General Administration Group",
            "Health Strategy Development Group",
            "Communicable Disease Control Group",
            "Non-communicable Disease, Mental Health and Substance Abuse Group",
            "Health Promotion Group",
            "Environmental and Occupational Health Group",
            "Consumer Protection and Public Health Pharmacy Group",
            "Dental Public Health Group",
            "Human Resource Management Group",
            "Health Insurance Group",
            "Thai Traditional and Alternative Medicine Group",
            "Primary Care and Health Network Group",
            "Digital Health Group",
            "Legal Affairs Group",
        ],
    ),
    UnitKind.HOSPITAL: (
        [
            "กลุ่มภารกิจอำนวยการ (งานบริหารทั่วไป การเงินและบัญชี พัสดุ)",
            "กลุ่มภารกิจด้านบริการทุติยภูมิและตติยภูมิ (กลุ่มงานการแพทย์ ทันตกรรม เภสัชกรรม เทคนิคการแพทย์)",
            "กลุ่มภารกิจด้านการพยาบาล",
            "กลุ่มภารกิจด้านบริการปฐมภูมิ (กลุ่มงานบริการด้านปฐมภูมิและองค์รวม)",
            "กลุ่มภารกิจด้านพัฒนาระบบบริการและสนับสนุนบริการสุขภาพ",
        ],
        [
            "Administration (general affairs, finance and accounts, supplies)",
            "Secondary and tertiary care (medicine, dentistry, pharmacy, medical technology)",
            "Nursing",
            "Primary care (primary and holistic care services)",
            "Service system development and health service support",
        ],
    ),
    UnitKind.DISTRICT_OFFICE: (
        [
            "งานบริหารทั่วไป",
            "งานยุทธศาสตร์และแผนงาน",
            "งานควบคุมโรคและระบาดวิทยา",
            "งานส่งเสริมสุขภาพ",
            "งานคุ้มครองผู้บริโภคด้านสุขภาพ",
            "งานพัฒนาเครือข่ายบริการปฐมภูมิ",
        ],
        [
            "General administration",
            "Strategy and planning",
            "Disease control and epidemiology",
            "Health promotion",
            "Health consumer protection",
            "Primary care network development",
        ],
    ),
    UnitKind.HEALTH_PROMOTING_HOSPITAL: (
        [
            "งานบริการรักษาพยาบาลเบื้องต้น",
            "งานส่งเสริมสุขภาพและป้องกันโรค",
            "งานดูแลต่อเนื่องที่บ้านและชุมชน",
            "งานบริหารทั่วไป",
        ],
        [
            "First-line treatment",
            "Health promotion and disease prevention",
            "Continuing care at home and in the community",
            "General administration",
        ],
    ),
}


def _posts(unit):
    """[(Thai position, English position, female, doctor, vacant)] of the unit's executives."""
    if unit.kind == UnitKind.PROVINCIAL_OFFICE:
        return [
            (
                "นายแพทย์สาธารณสุขจังหวัดสตูล",
                "Chief Medical Officer of Satun Province",
                False,
                True,
                False,
            ),
            (
                "รองนายแพทย์สาธารณสุขจังหวัด (ด้านเวชกรรมป้องกัน)",
                "Deputy Chief Medical Officer (Preventive Medicine)",
                True,
                True,
                False,
            ),
            (
                "รองนายแพทย์สาธารณสุขจังหวัด (ด้านส่งเสริมพัฒนา)",
                "Deputy Chief Medical Officer (Health Promotion and Development)",
                False,
                False,
                False,
            ),
            (
                "รองนายแพทย์สาธารณสุขจังหวัด (ด้านบริหาร)",
                "Deputy Chief Medical Officer (Administration)",
                False,
                False,
                True,
            ),
        ]
    if unit.kind == UnitKind.HOSPITAL:
        return [
            (f"ผู้อำนวยการ{unit.name_th}", f"Director of {unit.name_en}", False, True, False),
            (
                "รองผู้อำนวยการฝ่ายการแพทย์",
                "Deputy Director for Medical Services",
                True,
                True,
                False,
            ),
            ("รองผู้อำนวยการฝ่ายการพยาบาล", "Deputy Director for Nursing", True, False, False),
            ("รองผู้อำนวยการฝ่ายบริหาร", "Deputy Director for Administration", False, False, False),
            (
                "รองผู้อำนวยการด้านบริการปฐมภูมิ",
                "Deputy Director for Primary Care",
                False,
                False,
                True,
            ),
        ]
    if unit.kind == UnitKind.DISTRICT_OFFICE:
        return [
            (
                f"สาธารณสุขอำเภอ{unit.district}",
                f"District Health Officer, {unit.name_en.replace(' District Public Health Office', '')}",
                False,
                False,
                False,
            ),
            ("ผู้ช่วยสาธารณสุขอำเภอ", "Assistant District Health Officer", True, False, False),
            ("ผู้ช่วยสาธารณสุขอำเภอ", "Assistant District Health Officer", False, False, True),
        ]
    return [(f"ผู้อำนวยการ{unit.name_th}", f"Director of {unit.name_en}", False, False, False)]


def _executives(unit, language):
    phone, _fax = phone_numbers(unit)
    rows = []
    for index, (position_th, position_en, female, doctor, vacant) in enumerate(_posts(unit)):
        english = language == "en"
        position = position_en if english else position_th
        if vacant:
            rows.append(Executive(position=position, is_vacant=True))
            continue
        someone = person(unit, index, female=female, doctor=doctor)
        rows.append(
            Executive(
                position=position,
                name=someone.name_en if english else someone.name_th,
                phone=f"{phone} {'ext.' if english else 'ต่อ'} {101 + index}",
                photo=demo_portrait(unit, f"ภาพผู้บริหาร {someone.name_th}"),
            )
        )
    return rows


def _topic_pages(unit, rich):
    """[(slug, thai values(), english values())] for the content pages."""
    current = fiscal_year(timezone.localdate())
    previous = current - 1
    history_th, history_en = _history(unit)
    vision_th, vision_en = _vision(unit)
    duties_th, duties_en = DUTIES[unit.kind]

    def page(title, topic, body, year=None):
        return lambda: {"title": title, "topic": topic, "fiscal_year": year, "body": body()}

    def with_document(title, heading_en, text):
        return lambda: [
            text_block(paragraphs(text)),
            documents_block("", [demo_document(unit, title, heading_en)]),
        ]

    pages = [
        (
            "history",
            page("ประวัติความเป็นมา", Topic.HISTORY, lambda: [text_block(paragraphs(*history_th))]),
            page("History", Topic.HISTORY, lambda: [text_block(paragraphs(*history_en))]),
        ),
        (
            "vision-mission",
            page(
                "วิสัยทัศน์ พันธกิจ และค่านิยม",
                Topic.VISION_MISSION,
                lambda: [
                    text_block(
                        f"<h2>วิสัยทัศน์ของ{unit.name_th}</h2>"
                        + paragraphs(vision_th)
                        + f"<h2>พันธกิจของ{unit.name_th}</h2>"
                        + bullets(duties_th[:3], ordered=True)
                        + "<h2>วิสัยทัศน์ของกระทรวงสาธารณสุข</h2>"
                        + paragraphs(MOPH_VISION_TH)
                        + "<h2>พันธกิจของกระทรวงสาธารณสุข</h2>"
                        + paragraphs(MOPH_MISSION_TH)
                        + "<h2>ค่านิยมของกระทรวงสาธารณสุข (MOPH)</h2>"
                        + bullets(MOPH_VALUES_TH)
                    )
                ],
            ),
            page(
                "Vision, mission and values",
                Topic.VISION_MISSION,
                lambda: [
                    text_block(
                        "<h2>Our vision</h2>"
                        + paragraphs(vision_en)
                        + "<h2>Our mission</h2>"
                        + bullets(duties_en[:3], ordered=True)
                        + "<h2>Vision of the Ministry of Public Health</h2>"
                        + paragraphs(MOPH_VISION_EN)
                        + "<h2>Mission of the Ministry of Public Health</h2>"
                        + paragraphs(MOPH_MISSION_EN)
                        + "<h2>Values of the Ministry of Public Health (MOPH)</h2>"
                        + bullets(MOPH_VALUES_EN)
                    )
                ],
            ),
        ),
        (
            "duties-powers",
            page(
                "หน้าที่และอำนาจ",
                Topic.DUTIES_POWERS,
                lambda: [
                    text_block(
                        paragraphs(f"{unit.name_th}มีหน้าที่และอำนาจ ดังต่อไปนี้")
                        + bullets(duties_th, ordered=True)
                    )
                ],
            ),
            page(
                "Duties and powers",
                Topic.DUTIES_POWERS,
                lambda: [
                    text_block(
                        paragraphs(f"The duties and powers of the {unit.name_en} are to:")
                        + bullets(duties_en, ordered=True)
                    )
                ],
            ),
        ),
    ]
    if rich:
        pages += [
            (
                "executive-policy",
                page(
                    "นโยบายผู้บริหาร",
                    Topic.EXECUTIVE_POLICY,
                    lambda: [
                        text_block(
                            bullets(
                                [
                                    "ยึดประชาชนเป็นศูนย์กลาง บริการด้วยความเสมอภาคและโปร่งใส",
                                    "พัฒนาคุณภาพบริการตามมาตรฐานและความปลอดภัยของผู้ป่วย",
                                    "นำเทคโนโลยีดิจิทัลมาใช้ลดขั้นตอนและระยะเวลารอคอย",
                                    "บริหารงานด้วยหลักธรรมาภิบาล ต่อต้านการทุจริตทุกรูปแบบ",
                                    "ดูแลบุคลากรให้มีความสุขและความผูกพันต่อองค์กร",
                                ],
                                ordered=True,
                            )
                        )
                    ],
                ),
                page(
                    "Executive policy",
                    Topic.EXECUTIVE_POLICY,
                    lambda: [
                        text_block(
                            bullets(
                                [
                                    "Put people at the centre and serve everyone equally and openly.",
                                    "Raise the quality of care to the standards of patient safety.",
                                    "Use digital technology to cut steps and waiting times.",
                                    "Govern well and oppose every form of corruption.",
                                    "Look after our staff so that they are happy and committed.",
                                ],
                                ordered=True,
                            )
                        )
                    ],
                ),
            ),
            (
                f"action-plan-{current}",
                page(
                    f"แผนยุทธศาสตร์และแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. {current}",
                    Topic.STRATEGY_PLANS,
                    with_document(
                        f"แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. {current} {unit.name_th}",
                        f"Action plan, fiscal year B.E. {current}",
                        "แผนปฏิบัติราชการประจำปีสอดคล้องกับยุทธศาสตร์ชาติ แผนแม่บทภายใต้ยุทธศาสตร์ชาติ "
                        "ประเด็นการพัฒนาการเสริมสร้างให้คนไทยมีสุขภาวะที่ดี และยุทธศาสตร์ของกระทรวงสาธารณสุข",
                    ),
                    current,
                ),
                page(
                    f"Strategy and action plan, fiscal year {current}",
                    Topic.STRATEGY_PLANS,
                    with_document(
                        f"Action plan, fiscal year B.E. {current} – {unit.name_en}",
                        f"Action plan, fiscal year B.E. {current}",
                        "The annual action plan follows the National Strategy, its master plan on "
                        "the health and well-being of Thai people, and the strategy of the "
                        "Ministry of Public Health.",
                    ),
                    current,
                ),
            ),
        ]
    pages += [
        (
            f"budget-{current}",
            page(
                f"แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. {current}",
                Topic.BUDGET,
                with_document(
                    f"แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. {current} {unit.name_th}",
                    f"Budget spending plan, fiscal year B.E. {current}",
                    "แผนงาน โครงการ และงบประมาณที่ได้รับจัดสรรประจำปี จำแนกตามงบดำเนินงาน "
                    "งบลงทุน และงบอุดหนุน พร้อมแผนการเบิกจ่ายรายไตรมาส",
                ),
                current,
            ),
            page(
                f"Budget spending plan, fiscal year {current}",
                Topic.BUDGET,
                with_document(
                    f"Budget spending plan, fiscal year B.E. {current} – {unit.name_en}",
                    f"Budget spending plan, fiscal year B.E. {current}",
                    "The year's plans, projects and allocated budget by operating, investment and "
                    "subsidy budget, with the quarterly spending plan.",
                ),
                current,
            ),
        ),
        (
            f"performance-report-{previous}",
            page(
                f"รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. {previous}",
                Topic.PERFORMANCE_REPORT,
                with_document(
                    f"รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {previous} {unit.name_th}",
                    f"Annual performance report, fiscal year B.E. {previous}",
                    "สรุปผลการดำเนินงานตามตัวชี้วัดและคำรับรองการปฏิบัติราชการ "
                    "ผลการเบิกจ่ายงบประมาณ ปัญหาอุปสรรค และข้อเสนอแนะสำหรับปีถัดไป",
                ),
                previous,
            ),
            page(
                f"Annual performance report, fiscal year {previous}",
                Topic.PERFORMANCE_REPORT,
                with_document(
                    f"Annual performance report, fiscal year B.E. {previous} – {unit.name_en}",
                    f"Annual performance report, fiscal year B.E. {previous}",
                    "Results against the indicators and the performance agreement, budget "
                    "spending, problems met and recommendations for the next year.",
                ),
                previous,
            ),
        ),
    ]
    return pages


def _organisation(unit, language):
    structure_th, structure_en = STRUCTURE[unit.kind]
    if language == "en":
        return {
            "title": "Organisation structure and executives",
            "structure": paragraphs(f"The {unit.name_en} is organised as follows.")
            + bullets(structure_en),
            "executives": _executives(unit, "en"),
        }
    return {
        "title": "โครงสร้างองค์กรและผู้บริหาร",
        "structure": paragraphs(f"{unit.name_th}แบ่งส่วนงานภายใน ดังนี้") + bullets(structure_th),
        "executives": _executives(unit, "th"),
    }


def _office_hours(unit, language):
    hospital = unit.kind == UnitKind.HOSPITAL
    if language == "en":
        if hospital:
            return (
                "Outpatients: Monday to Friday, 08:00–16:00\n"
                "Accident and emergency: open 24 hours every day"
            )
        return "Monday to Friday, 08:30–16:30 (closed on public holidays)"
    if hospital:
        return "แผนกผู้ป่วยนอก วันจันทร์–วันศุกร์ 08.00–16.00 น.\nแผนกอุบัติเหตุและฉุกเฉิน เปิดบริการตลอด 24 ชั่วโมง"
    return "วันจันทร์–วันศุกร์ 08.30–16.30 น. (เว้นวันหยุดราชการ)"


def _contact(unit, language):
    place = place_of(unit)
    phone, fax = phone_numbers(unit)
    account = unit.hostname.split(".")[0]
    return {
        "address": place.address_en if language == "en" else place.address_th,
        "phone": phone,
        "fax": fax,
        "email": f"saraban@{unit.hostname}",
        "office_hours": _office_hours(unit, language),
        "line_id": f"@{account}"[:41],
        "facebook_url": f"https://www.facebook.com/{account}",
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def seed(home_th, home_en, rich):
    unit = home_th.unit
    about = section(home_th, "about")
    for slug, thai, english in _topic_pages(unit, rich):
        ensure_item(about, home_en, ContentPage, slug, thai, english)
    ensure_item(
        about,
        home_en,
        OrganisationPage,
        "structure",
        lambda: _organisation(unit, "th"),
        lambda: _organisation(unit, "en"),
    )
    contact = section(about, "contact")
    fill_fixed_page(contact, _contact(unit, "th"))
    if home_en is not None:
        fill_fixed_page(contact.get_translation(home_en.locale).specific, _contact(unit, "en"))
