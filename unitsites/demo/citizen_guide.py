"""Demo content for the citizen's manual: the services each kind of unit gives the public, each
with its steps and the time each takes, fees, documents, forms and where to complain."""

from dataclasses import dataclass, field

from network.models import UnitKind
from unitsites.models import DurationUnit, ServiceGuidePage, ServiceStep

from .documents import demo_document
from .pages import ensure_item, section
from .places import phone_numbers
from .text import bullets, form_items, paragraphs

MINUTES, HOURS, DAYS, WORKING_DAYS = (
    DurationUnit.MINUTES,
    DurationUnit.HOURS,
    DurationUnit.DAYS,
    DurationUnit.WORKING_DAYS,
)


@dataclass(frozen=True)
class Step:
    title_th: str
    title_en: str
    responsible_th: str
    responsible_en: str
    duration: int
    unit: str


@dataclass(frozen=True)
class Service:
    slug: str
    title: tuple
    summary: tuple
    legal_basis: tuple
    eligibility: tuple
    where: tuple  # "{unit}" stands for the unit's name
    fees: tuple
    steps: list
    documents: tuple  # (Thai list, English list)
    form: tuple = field(default=())  # (Thai title, English title) of the form to download


OFFICIAL_INFORMATION = Service(
    "official-information-request",
    ("การขอข้อมูลข่าวสารของราชการ", "Requesting official information"),
    (
        "ขอดูหรือขอสำเนาข้อมูลข่าวสารที่อยู่ในความครอบครองของหน่วยงาน",
        "Ask to see or copy information held by the unit.",
    ),
    (
        "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 มาตรา 11",
        "Official Information Act B.E. 2540 (1997), section 11",
    ),
    (
        "บุคคลทั่วไป ไม่ว่าจะมีส่วนได้เสียเกี่ยวข้องกับข้อมูลนั้นหรือไม่",
        "Anyone, whether or not they have an interest in the information.",
    ),
    (
        "งานบริหารทั่วไป {unit} หรือทางไปรษณีย์อิเล็กทรอนิกส์ของหน่วยงาน",
        "General administration, {unit}, or by e-mail to the unit",
    ),
    (
        "ไม่เสียค่าธรรมเนียม กรณีขอสำเนาเอกสาร คิดค่าถ่ายสำเนาหน้าละ 1 บาท",
        "No fee; copies cost 1 baht a page.",
    ),
    [
        Step(
            "ยื่นคำขอ", "Hand in the request", "งานบริหารทั่วไป", "General administration", 15, MINUTES
        ),
        Step(
            "ตรวจสอบและค้นหาข้อมูล",
            "Check and find the information",
            "กลุ่มงานเจ้าของข้อมูล",
            "The group that holds it",
            3,
            WORKING_DAYS,
        ),
        Step(
            "พิจารณาอนุญาตเปิดเผยข้อมูล",
            "Decide on disclosure",
            "หัวหน้าหน่วยงาน",
            "Head of the unit",
            2,
            WORKING_DAYS,
        ),
        Step(
            "แจ้งผลและส่งมอบข้อมูล",
            "Tell the result and hand over the information",
            "งานบริหารทั่วไป",
            "General administration",
            30,
            MINUTES,
        ),
    ],
    (
        ["สำเนาบัตรประจำตัวประชาชน 1 ฉบับ", "หนังสือมอบอำนาจ (กรณีมอบให้ผู้อื่นยื่นแทน)"],
        ["A copy of the ID card", "A power of attorney if someone applies for you"],
    ),
    ("แบบคำขอข้อมูลข่าวสารของราชการ", "Official information request form"),
)

SERVICES = {
    UnitKind.HOSPITAL: [
        Service(
            "medical-certificate",
            ("การขอใบรับรองแพทย์", "Getting a medical certificate"),
            (
                "ใบรับรองแพทย์สำหรับสมัครงาน ศึกษาต่อ หรือขอใบอนุญาตขับรถ",
                "A medical certificate for a job, school or a driving licence.",
            ),
            ("", ""),
            ("บุคคลทั่วไปที่มารับการตรวจด้วยตนเอง", "Anyone who comes in person to be examined."),
            ("ห้องบัตร แผนกผู้ป่วยนอก {unit}", "Registration, outpatient department, {unit}"),
            ("100 บาท", "100 baht"),
            [
                Step("ยื่นบัตรที่ห้องบัตร", "Register", "ห้องบัตร", "Registration", 5, MINUTES),
                Step(
                    "ซักประวัติ วัดความดันโลหิต",
                    "History and blood pressure",
                    "พยาบาลคัดกรอง",
                    "Screening nurse",
                    15,
                    MINUTES,
                ),
                Step(
                    "พบแพทย์เพื่อตรวจร่างกาย",
                    "Examination by a doctor",
                    "แพทย์ผู้ตรวจ",
                    "Doctor",
                    20,
                    MINUTES,
                ),
                Step(
                    "ชำระเงินและรับใบรับรองแพทย์",
                    "Pay and collect the certificate",
                    "การเงิน",
                    "Cashier",
                    15,
                    MINUTES,
                ),
            ],
            (["บัตรประจำตัวประชาชน"], ["ID card"]),
        ),
        Service(
            "medical-records-copy",
            ("การขอสำเนาเวชระเบียน", "Requesting a copy of medical records"),
            (
                "สำเนาประวัติการรักษาสำหรับเบิกประกัน ใช้ในศาล หรือรักษาต่อที่อื่น",
                "A copy of treatment records for insurance, court or care elsewhere.",
            ),
            (
                "พระราชบัญญัติสุขภาพแห่งชาติ พ.ศ. 2550 มาตรา 7 และพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
                "National Health Act B.E. 2550 (2007), section 7, and the Personal Data "
                "Protection Act B.E. 2562 (2019)",
            ),
            (
                "ผู้ป่วย หรือผู้ที่ได้รับมอบอำนาจ หรือทายาทกรณีผู้ป่วยเสียชีวิต",
                "The patient, someone they authorise, or the heirs of a patient who has died.",
            ),
            ("งานเวชระเบียน {unit}", "Medical records section, {unit}"),
            ("ค่าถ่ายสำเนาหน้าละ 1 บาท", "1 baht a page"),
            [
                Step(
                    "ยื่นคำร้อง", "Hand in the request", "งานเวชระเบียน", "Medical records", 10, MINUTES
                ),
                Step(
                    "ตรวจสอบสิทธิผู้ขอ",
                    "Check the right to the records",
                    "งานเวชระเบียน",
                    "Medical records",
                    15,
                    MINUTES,
                ),
                Step(
                    "ผู้อำนวยการพิจารณาอนุมัติ",
                    "Approval by the director",
                    "ผู้อำนวยการ",
                    "Director",
                    1,
                    WORKING_DAYS,
                ),
                Step(
                    "จัดทำสำเนาและรับรองสำเนา",
                    "Copy and certify",
                    "งานเวชระเบียน",
                    "Medical records",
                    2,
                    WORKING_DAYS,
                ),
                Step(
                    "รับเอกสาร", "Collect the copies", "งานเวชระเบียน", "Medical records", 10, MINUTES
                ),
            ],
            (
                ["บัตรประจำตัวประชาชนของผู้ป่วย", "หนังสือมอบอำนาจและสำเนาบัตรของผู้รับมอบ (ถ้ามี)"],
                ["The patient's ID card", "A power of attorney and the proxy's ID card, if any"],
            ),
            ("แบบคำร้องขอสำเนาเวชระเบียน", "Medical records request form"),
        ),
        Service(
            "birth-notification",
            ("การขอหนังสือรับรองการเกิด (ท.ร.1/1)", "Getting the birth notification (TR 1/1)"),
            (
                "หนังสือรับรองการเกิดของทารกที่คลอดในโรงพยาบาล เพื่อนำไปแจ้งเกิดที่สำนักทะเบียน",
                "The notice of a birth in the hospital, to register the birth at the registry.",
            ),
            ("พระราชบัญญัติการทะเบียนราษฎร พ.ศ. 2534", "Civil Registration Act B.E. 2534 (1991)"),
            ("บิดาหรือมารดาของทารก", "The baby's father or mother."),
            ("ห้องคลอด {unit}", "Labour ward, {unit}"),
            ("ไม่มีค่าธรรมเนียม", "No fee"),
            [
                Step("ยื่นคำร้อง", "Hand in the request", "ห้องคลอด", "Labour ward", 10, MINUTES),
                Step(
                    "ตรวจสอบข้อมูลการคลอด",
                    "Check the birth record",
                    "พยาบาลห้องคลอด",
                    "Labour ward nurse",
                    1,
                    HOURS,
                ),
                Step(
                    "ออกหนังสือรับรองการเกิด",
                    "Issue the notification",
                    "งานเวชระเบียน",
                    "Medical records",
                    1,
                    WORKING_DAYS,
                ),
            ],
            (
                ["บัตรประจำตัวประชาชนของบิดาและมารดา", "สมุดบันทึกสุขภาพแม่และเด็ก"],
                ["The parents' ID cards", "The mother and child health book"],
            ),
        ),
    ],
    UnitKind.PROVINCIAL_OFFICE: [
        Service(
            "clinic-licence",
            (
                "การขออนุญาตประกอบกิจการสถานพยาบาลประเภทที่ไม่รับผู้ป่วยไว้ค้างคืน",
                "Licence to run a clinic without in-patient beds",
            ),
            (
                "การขอใบอนุญาตให้ประกอบกิจการและใบอนุญาตให้ดำเนินการคลินิก",
                "The licences to own and to operate a clinic.",
            ),
            ("พระราชบัญญัติสถานพยาบาล พ.ศ. 2541", "Medical Premises Act B.E. 2541 (1998)"),
            (
                "ผู้ประกอบวิชาชีพหรือนิติบุคคลที่มีคุณสมบัติตามกฎหมาย",
                "Licensed practitioners or juristic persons qualified under the Act.",
            ),
            (
                "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข {unit}",
                "Consumer Protection and Public Health Pharmacy Group, {unit}",
            ),
            ("ตามอัตราที่กำหนดในกฎกระทรวง", "As set by ministerial regulation"),
            [
                Step(
                    "ยื่นคำขอและตรวจสอบเอกสาร",
                    "Apply and check the documents",
                    "เจ้าหน้าที่ผู้รับคำขอ",
                    "Desk officer",
                    1,
                    HOURS,
                ),
                Step(
                    "ตรวจสถานที่",
                    "Inspect the premises",
                    "คณะผู้ตรวจ",
                    "Inspection team",
                    5,
                    WORKING_DAYS,
                ),
                Step(
                    "เสนอผู้อนุญาตพิจารณา",
                    "Decision by the licensing officer",
                    "นายแพทย์สาธารณสุขจังหวัด",
                    "Chief Medical Officer",
                    10,
                    WORKING_DAYS,
                ),
                Step(
                    "ออกใบอนุญาต",
                    "Issue the licence",
                    "เจ้าหน้าที่ผู้รับคำขอ",
                    "Desk officer",
                    2,
                    WORKING_DAYS,
                ),
            ],
            (
                ["แบบคำขอ ส.พ.1", "สำเนาใบอนุญาตประกอบวิชาชีพ", "แผนผังและภาพถ่ายสถานพยาบาล"],
                [
                    "Application form SorPor 1",
                    "A copy of the professional licence",
                    "Floor plan and photos of the premises",
                ],
            ),
            ("แบบคำขออนุญาตประกอบกิจการสถานพยาบาล", "Clinic licence application form"),
        ),
        Service(
            "drug-sale-licence",
            ("การขออนุญาตขายยาแผนปัจจุบัน", "Licence to sell modern medicines"),
            ("การขอใบอนุญาตเปิดร้านขายยาแผนปัจจุบัน", "The licence to open a pharmacy."),
            ("พระราชบัญญัติยา พ.ศ. 2510", "Drug Act B.E. 2510 (1967)"),
            ("ผู้ขออนุญาตที่มีเภสัชกรเป็นผู้มีหน้าที่ปฏิบัติการ", "Applicants with a pharmacist on duty."),
            (
                "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข {unit}",
                "Consumer Protection and Public Health Pharmacy Group, {unit}",
            ),
            ("ตามอัตราที่กำหนดในกฎกระทรวง", "As set by ministerial regulation"),
            [
                Step(
                    "ยื่นคำขอและตรวจสอบเอกสาร",
                    "Apply and check the documents",
                    "เจ้าหน้าที่ผู้รับคำขอ",
                    "Desk officer",
                    30,
                    MINUTES,
                ),
                Step(
                    "ตรวจสถานที่",
                    "Inspect the premises",
                    "เภสัชกรผู้ตรวจ",
                    "Inspecting pharmacist",
                    7,
                    WORKING_DAYS,
                ),
                Step(
                    "พิจารณาอนุญาตและออกใบอนุญาต",
                    "Decide and issue the licence",
                    "ผู้อนุญาต",
                    "Licensing officer",
                    10,
                    WORKING_DAYS,
                ),
            ],
            (
                ["แบบคำขอ ข.ย.1", "สำเนาใบอนุญาตประกอบวิชาชีพเภสัชกรรม"],
                ["Application form KhorYor 1", "A copy of the pharmacist's licence"],
            ),
            ("แบบคำขออนุญาตขายยาแผนปัจจุบัน", "Pharmacy licence application form"),
        ),
    ],
    UnitKind.DISTRICT_OFFICE: [
        Service(
            "health-talk-request",
            ("การขอวิทยากรให้ความรู้ด้านสุขภาพ", "Asking for a health speaker"),
            (
                "ขอวิทยากรบรรยายเรื่องสุขภาพให้โรงเรียน มัสยิด วัด หรือชุมชน",
                "A speaker on health for a school, mosque, temple or community.",
            ),
            ("", ""),
            (
                "หน่วยงาน สถานศึกษา องค์กรชุมชน ในอำเภอ",
                "Agencies, schools and community groups in the district.",
            ),
            ("{unit}", "{unit}"),
            ("ไม่มีค่าใช้จ่าย", "Free"),
            [
                Step(
                    "ยื่นหนังสือขอวิทยากร",
                    "Send the request letter",
                    "งานบริหารทั่วไป",
                    "General administration",
                    15,
                    MINUTES,
                ),
                Step(
                    "จัดหาวิทยากรตามหัวข้อ",
                    "Find a speaker for the topic",
                    "งานส่งเสริมสุขภาพ",
                    "Health promotion",
                    3,
                    WORKING_DAYS,
                ),
                Step(
                    "แจ้งตอบรับ", "Confirm", "งานบริหารทั่วไป", "General administration", 1, WORKING_DAYS
                ),
            ],
            (
                ["หนังสือขอความอนุเคราะห์ระบุวัน เวลา สถานที่ และหัวข้อ"],
                ["A letter giving the date, time, place and topic"],
            ),
        ),
        Service(
            "nuisance-complaint",
            ("การแจ้งเหตุรำคาญด้านอนามัยสิ่งแวดล้อม", "Reporting an environmental health nuisance"),
            (
                "แจ้งปัญหากลิ่น เสียง ควัน หรือน้ำเสียที่กระทบสุขภาพ เพื่อประสานท้องถิ่นแก้ไข",
                "Report smells, noise, smoke or waste water harming health, so the local "
                "government can act.",
            ),
            ("พระราชบัญญัติการสาธารณสุข พ.ศ. 2535", "Public Health Act B.E. 2535 (1992)"),
            ("ประชาชนที่ได้รับผลกระทบ", "Anyone affected."),
            ("{unit} หรือทางโทรศัพท์", "{unit}, or by phone"),
            ("ไม่มีค่าใช้จ่าย", "Free"),
            [
                Step(
                    "รับแจ้งเหตุ",
                    "Take the report",
                    "งานอนามัยสิ่งแวดล้อม",
                    "Environmental health",
                    15,
                    MINUTES,
                ),
                Step(
                    "ตรวจสอบข้อเท็จจริงร่วมกับท้องถิ่น",
                    "Check the facts with the local government",
                    "เจ้าพนักงานสาธารณสุข",
                    "Health officer",
                    3,
                    WORKING_DAYS,
                ),
                Step(
                    "แจ้งผลการดำเนินการ",
                    "Report back",
                    "งานอนามัยสิ่งแวดล้อม",
                    "Environmental health",
                    1,
                    WORKING_DAYS,
                ),
            ],
            (["ไม่ต้องใช้เอกสาร (ภาพถ่ายประกอบ ถ้ามี)"], ["No documents needed (photos help)"]),
        ),
    ],
    UnitKind.HEALTH_PROMOTING_HOSPITAL: [
        Service(
            "child-vaccination",
            ("การรับวัคซีนเด็กตามนัด", "Children's vaccinations"),
            (
                "วัคซีนพื้นฐานตามแผนงานสร้างเสริมภูมิคุ้มกันโรคของกระทรวงสาธารณสุข",
                "The basic vaccines of the ministry's immunisation programme.",
            ),
            ("", ""),
            (
                "เด็กอายุแรกเกิดถึง 12 ปี ตามกำหนดนัด",
                "Children from birth to 12 years, on their appointment.",
            ),
            ("ห้องสร้างเสริมภูมิคุ้มกัน {unit}", "Immunisation room, {unit}"),
            ("ไม่มีค่าใช้จ่าย (สิทธิหลักประกันสุขภาพแห่งชาติ)", "Free (universal health coverage)"),
            [
                Step(
                    "ยื่นสมุดบันทึกสุขภาพแม่และเด็ก",
                    "Show the mother and child health book",
                    "จุดคัดกรอง",
                    "Screening",
                    5,
                    MINUTES,
                ),
                Step(
                    "ชั่งน้ำหนัก วัดส่วนสูง ประเมินพัฒนาการ",
                    "Weight, height and development check",
                    "พยาบาล",
                    "Nurse",
                    15,
                    MINUTES,
                ),
                Step("ฉีดวัคซีน", "Vaccination", "พยาบาล", "Nurse", 10, MINUTES),
                Step("สังเกตอาการหลังฉีดวัคซีน", "Watch for reactions", "พยาบาล", "Nurse", 30, MINUTES),
            ],
            (["สมุดบันทึกสุขภาพแม่และเด็ก (สมุดสีชมพู)"], ["The mother and child health book (pink book)"]),
        ),
        Service(
            "home-visit-request",
            ("การขอรับบริการเยี่ยมบ้าน", "Asking for a home visit"),
            (
                "การดูแลผู้ป่วยติดเตียง ผู้สูงอายุ และผู้ป่วยหลังออกจากโรงพยาบาลที่บ้าน",
                "Care at home for bed-bound and older people and for patients just out of hospital.",
            ),
            ("", ""),
            ("ผู้ป่วยและญาติในพื้นที่รับผิดชอบ", "Patients and families living in the area."),
            (
                "{unit} หรือแจ้งผ่านอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
                "{unit}, or through the village health volunteer",
            ),
            ("ไม่มีค่าใช้จ่าย", "Free"),
            [
                Step(
                    "แจ้งความประสงค์",
                    "Ask for the visit",
                    "เจ้าหน้าที่ผู้รับแจ้ง",
                    "Staff on duty",
                    10,
                    MINUTES,
                ),
                Step(
                    "ประเมินความจำเป็นและจัดทำแผนการดูแล",
                    "Assess the need and plan care",
                    "พยาบาลวิชาชีพ",
                    "Registered nurse",
                    1,
                    DAYS,
                ),
                Step(
                    "นัดหมายและออกเยี่ยมบ้าน",
                    "Make an appointment and visit",
                    "ทีมหมอครอบครัว",
                    "Family care team",
                    2,
                    WORKING_DAYS,
                ),
            ],
            (
                ["บัตรประจำตัวประชาชนของผู้ป่วย", "เอกสารสรุปการรักษาจากโรงพยาบาล (ถ้ามี)"],
                ["The patient's ID card", "The hospital discharge summary, if any"],
            ),
        ),
    ],
}


def _hours(unit, english):
    if unit.kind == UnitKind.HOSPITAL:
        return "Monday to Friday, 08:00–16:00" if english else "วันจันทร์–วันศุกร์ 08.00–16.00 น."
    if english:
        return "Monday to Friday, 08:30–16:30 (closed on public holidays)"
    return "วันจันทร์–วันศุกร์ 08.30–16.30 น. (เว้นวันหยุดราชการ)"


def _complaints(unit, english):
    phone, _fax = phone_numbers(unit)
    if english:
        return bullets(
            [
                f"{unit.name_en}: phone {phone}, e-mail saraban@{unit.hostname}",
                "The complaints page of this website (e-Services)",
                "Damrongtham Centre of Satun Province: hotline 1567",
                "National Health Security Office: hotline 1330",
            ]
        )
    return bullets(
        [
            f"{unit.name_th} โทรศัพท์ {phone} อีเมล saraban@{unit.hostname}",
            "ช่องทางรับเรื่องร้องเรียนในหมวดบริการออนไลน์ของเว็บไซต์นี้",
            "ศูนย์ดำรงธรรมจังหวัดสตูล สายด่วน 1567",
            "สำนักงานหลักประกันสุขภาพแห่งชาติ สายด่วน 1330",
        ]
    )


def _values(unit, service, language):
    english = language == "en"
    pick = 1 if english else 0
    name = unit.name_en if english else unit.name_th
    form_title = service.form[pick] if service.form else ""
    return {
        "title": service.title[pick],
        "summary": service.summary[pick],
        "legal_basis": service.legal_basis[pick],
        "eligibility": paragraphs(service.eligibility[pick]),
        "service_location": service.where[pick].format(unit=name),
        "service_hours": _hours(unit, english),
        "fees": service.fees[pick],
        "steps": [
            ServiceStep(
                title=step.title_en if english else step.title_th,
                responsible=step.responsible_en if english else step.responsible_th,
                duration=step.duration,
                duration_unit=step.unit,
            )
            for step in service.steps
        ],
        "documents_required": bullets(service.documents[pick]),
        "forms": form_items([demo_document(unit, form_title, service.form[1])])
        if service.form
        else [],
        "complaints": _complaints(unit, english),
    }


def seed(home_th, home_en, rich):
    unit = home_th.unit
    guide = section(home_th, "citizen-guide")
    for service in [OFFICIAL_INFORMATION, *SERVICES[unit.kind]]:
        ensure_item(
            guide,
            home_en,
            ServiceGuidePage,
            service.slug,
            lambda service=service: _values(unit, service, "th"),
            lambda service=service: _values(unit, service, "en"),
        )
