"""Version 1 of the site administrator's duties under the Computer Crime Act (seed §3.4,
REQUIREMENTS W-18), written from the rule book; every staff account acknowledges it."""

import datetime

from django.db import migrations

TEXT_TH = """ข้าพเจ้าในฐานะเจ้าหน้าที่ดูแลบริหารจัดการเว็บไซต์ของหน่วยงานในสังกัดสำนักงานสาธารณสุขจังหวัดสตูล รับทราบหน้าที่และจะปฏิบัติตามพระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2550 ซึ่งแก้ไขเพิ่มเติมโดยพระราชบัญญัติ (ฉบับที่ 2) พ.ศ. 2560 อย่างเคร่งครัด เพื่อป้องกันไม่ให้เกิดความเสียหายและลดโอกาสที่จะเกิดความเสียหายแก่ทางราชการ ดังนี้

1. ไม่นำเข้าสู่ระบบคอมพิวเตอร์ ไม่เผยแพร่ และไม่ส่งต่อข้อมูลคอมพิวเตอร์ที่บิดเบือน ปลอม หรือเป็นเท็จ ที่น่าจะเกิดความเสียหายต่อความมั่นคงหรือความปลอดภัยสาธารณะ หรือข้อมูลที่มีลักษณะอันลามก (มาตรา 14)
2. ไม่นำเข้าหรือเผยแพร่ภาพของผู้อื่นที่สร้างขึ้น ตัดต่อ เติม หรือดัดแปลง จนน่าจะทำให้ผู้นั้นเสียชื่อเสียง ถูกดูหมิ่น ถูกเกลียดชัง หรือได้รับความอับอาย (มาตรา 16)
3. ไม่ยินยอมหรือรู้เห็นให้มีข้อมูลตามข้อ 1 และข้อ 2 บนเว็บไซต์ที่ข้าพเจ้าดูแล และเมื่อพบหรือได้รับแจ้งจะนำข้อมูลนั้นออกจากระบบโดยเร็ว (มาตรา 15)
4. เก็บรักษาชื่อผู้ใช้ รหัสผ่าน และรหัสยืนยันตัวตนเป็นความลับ ไม่ให้ผู้อื่นใช้บัญชีของข้าพเจ้า ไม่เปิดเผยมาตรการป้องกันการเข้าถึงระบบ และไม่เข้าถึงระบบหรือข้อมูลที่ข้าพเจ้าไม่มีสิทธิ (มาตรา 5 ถึงมาตรา 7)
5. ไม่ลบ แก้ไข หรือทำลายข้อมูลจราจรทางคอมพิวเตอร์ที่ระบบเก็บรักษาไว้ไม่น้อยกว่า 90 วัน (มาตรา 26)

ข้าพเจ้าทราบว่าการฝ่าฝืนหน้าที่ข้างต้นอาจมีความผิดทั้งทางอาญาและทางวินัย"""

TEXT_EN = """As a site administrator of a unit of the Satun Provincial Public Health Office, I acknowledge my duties and will strictly obey the Computer Crime Act B.E. 2550 as amended by the Act (No. 2) B.E. 2560, to prevent harm to the government service and reduce the chance of it:

1. I will not put into a computer system, publish or forward computer data that is distorted, forged or false and likely to harm national or public security, or data that is obscene (section 14).
2. I will not put in or publish a picture of another person that was created, edited, added to or altered so as to likely damage that person's reputation or expose them to contempt, hatred or shame (section 16).
3. I will not consent to or knowingly allow data described in items 1 and 2 on a site I look after, and will take it down promptly when I find it or am told of it (section 15).
4. I will keep my username, password and verification codes secret, let nobody else use my account, disclose no access safeguard, and access no system or data I have no right to (sections 5 to 7).
5. I will not delete, alter or destroy the computer traffic data the system keeps for at least 90 days (section 26).

I understand that breaching these duties may be a criminal offence and a disciplinary one."""


def add_first_version(apps, schema_editor):
    DutyStatement = apps.get_model("network", "DutyStatement")
    DutyStatement.objects.get_or_create(
        version=1,
        defaults={
            "text_th": TEXT_TH,
            "text_en": TEXT_EN,
            "effective_from": datetime.date(2025, 10, 1),  # fiscal year 2569
        },
    )


class Migration(migrations.Migration):
    dependencies = [("network", "0015_trainings_and_duty_acknowledgements")]

    operations = [migrations.RunPython(add_first_version, migrations.RunPython.noop)]
