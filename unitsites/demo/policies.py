"""Demo text for the three policy pages provisioning creates empty (REQUIREMENTS C-26, S-15, P-xx).

The wording follows what Thai government sites publish: the Official Information Act B.E. 2540,
the PDPA B.E. 2562, the Computer Crime Act (traffic data kept at least 90 days) and the
Electronic Transactions Commission's 2553 notice on state agencies' security policies.
A page that already has a body is left alone.
"""

from django.utils.html import escape

from unitsites.demo.pages import publish
from unitsites.models import PolicyPage

THAI = {
    "website-policy": """
<p>{unit} จัดทำเว็บไซต์นี้เพื่อเผยแพร่ข้อมูลข่าวสาร บริการ และผลการดำเนินงานของหน่วยงานแก่ประชาชน
ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 และมาตรฐานเว็บไซต์ภาครัฐ</p>
<h2>การนำข้อมูลไปใช้</h2>
<p>ข้อมูลบนเว็บไซต์นี้เผยแพร่เพื่อประโยชน์สาธารณะ ท่านนำไปใช้ อ้างอิง หรือเผยแพร่ต่อได้โดยระบุแหล่งที่มา
เว้นแต่หน้าใดระบุเงื่อนไขไว้เป็นอย่างอื่น</p>
<h2>ความถูกต้องของข้อมูล</h2>
<p>ข้อมูลทุกรายการผ่านการขออนุมัติจากผู้บังคับบัญชาก่อนเผยแพร่ และแสดงวันที่ปรับปรุงล่าสุดไว้ท้ายทุกหน้า
หากพบข้อมูลที่ไม่ถูกต้องหรือไม่เป็นปัจจุบัน กรุณาแจ้งหน่วยงานตามช่องทางติดต่อท้ายเว็บไซต์</p>
<h2>คุกกี้</h2>
<p>เว็บไซต์นี้ใช้เฉพาะคุกกี้ที่จำเป็นต่อการทำงาน เช่น การจดจำการเข้าสู่ระบบของผู้ดูแลเว็บไซต์
และไม่ใช้คุกกี้เพื่อการโฆษณาหรือติดตามพฤติกรรมของผู้เข้าชม</p>
<h2>ลิงก์ไปยังเว็บไซต์อื่น</h2>
<p>ลิงก์ไปยังเว็บไซต์ของหน่วยงานอื่นมีไว้เพื่อความสะดวกของผู้ใช้ หน่วยงานไม่รับผิดชอบเนื้อหาของเว็บไซต์ภายนอกเหล่านั้น</p>
<h2>การเข้าถึงได้ของทุกคน</h2>
<p>เว็บไซต์ออกแบบตามแนวทาง WCAG 2.1 ระดับ AA รองรับโปรแกรมอ่านหน้าจอ การใช้งานด้วยแป้นพิมพ์
และการแสดงผลบนโทรศัพท์มือถือ หากใช้งานส่วนใดไม่ได้ กรุณาแจ้งหน่วยงานเพื่อปรับปรุง</p>
""",
    "privacy-policy": """
<p>{unit} ในฐานะผู้ควบคุมข้อมูลส่วนบุคคล ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการ
ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>
<h2>ข้อมูลที่เก็บรวบรวม</h2>
<ul>
<li>ข้อมูลจราจรทางคอมพิวเตอร์ เช่น หมายเลขไอพี วันและเวลาที่เข้าใช้ และหน้าที่เรียกดู
ตามที่พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์กำหนด</li>
<li>ข้อมูลที่ท่านกรอกในแบบฟอร์มบริการออนไลน์ แบบประเมินความพึงพอใจ หรือกระดานถาม-ตอบ
โดยเก็บเฉพาะข้อมูลที่จำเป็นต่อการให้บริการนั้น</li>
</ul>
<h2>วัตถุประสงค์ของการใช้ข้อมูล</h2>
<p>หน่วยงานใช้ข้อมูลเพื่อให้บริการและตอบคำถามของท่าน ปรับปรุงเว็บไซต์ และปฏิบัติตามกฎหมาย
โดยไม่เปิดเผยแก่บุคคลอื่น เว้นแต่ได้รับความยินยอมจากท่านหรือกฎหมายกำหนดให้เปิดเผย</p>
<h2>ระยะเวลาการเก็บรักษา</h2>
<p>ข้อมูลจราจรทางคอมพิวเตอร์เก็บไว้ไม่น้อยกว่า 90 วันแล้วลบทิ้ง ข้อมูลจากแบบฟอร์มเก็บไว้เท่าที่จำเป็นต่อการให้บริการ
และตามระยะเวลาที่ระเบียบงานสารบรรณกำหนด</p>
<h2>สิทธิของเจ้าของข้อมูล</h2>
<p>ท่านมีสิทธิขอเข้าถึง ขอรับสำเนา ขอแก้ไข ขอลบ ขอระงับการใช้ และคัดค้านการประมวลผลข้อมูลส่วนบุคคลของท่าน
รวมทั้งถอนความยินยอมได้ทุกเมื่อ โดยติดต่อหน่วยงานตามช่องทางท้ายเว็บไซต์
และมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล</p>
""",
    "security-policy": """
<p>{unit} กำหนดนโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์ตามประกาศคณะกรรมการธุรกรรมทางอิเล็กทรอนิกส์
เรื่อง แนวนโยบายและแนวปฏิบัติในการรักษาความมั่นคงปลอดภัยด้านสารสนเทศของหน่วยงานของรัฐ พ.ศ. 2553</p>
<h2>มาตรการที่ใช้</h2>
<ul>
<li>รับส่งข้อมูลทุกหน้าผ่านการเชื่อมต่อแบบเข้ารหัส (HTTPS)</li>
<li>ผู้ดูแลเว็บไซต์เข้าสู่ระบบด้วยบัญชีของตนเอง และมีสิทธิ์เฉพาะเว็บไซต์ของหน่วยงานตน</li>
<li>ข้อมูลทุกรายการผ่านการขออนุมัติก่อนเผยแพร่ และระบบเก็บประวัติการแก้ไขทุกครั้ง</li>
<li>ตรวจสอบชนิดและขนาดของไฟล์ที่อัปโหลด และสำรองข้อมูลอย่างสม่ำเสมอ</li>
<li>บันทึกข้อมูลจราจรทางคอมพิวเตอร์ไว้ไม่น้อยกว่า 90 วัน</li>
</ul>
<h2>การแจ้งเหตุผิดปกติ</h2>
<p>หากพบความผิดปกติ ข้อมูลที่ไม่เหมาะสม หรือช่องโหว่ของเว็บไซต์ กรุณาแจ้งหน่วยงานตามช่องทางติดต่อท้ายเว็บไซต์
หน่วยงานจะตรวจสอบและแก้ไขโดยเร็ว</p>
""",
}

ENGLISH = {
    "website-policy": """
<p>{unit} runs this website to publish its information, services and results to the public,
under the Official Information Act B.E. 2540 (1997) and the Government Website Standard.</p>
<h2>Using the information</h2>
<p>The information on this site is published for the public good. You may use, quote or share it
with its source, unless a page states other terms.</p>
<h2>Accuracy</h2>
<p>Every item is approved before it is published, and every page shows when it was last updated.
If you find something wrong or out of date, please tell us through the contacts at the foot of the page.</p>
<h2>Cookies</h2>
<p>This site uses only the cookies it needs to work, such as keeping site editors signed in.
It uses no advertising or tracking cookies.</p>
<h2>Links to other sites</h2>
<p>Links to other agencies' sites are given for convenience; we are not responsible for their content.</p>
<h2>Accessibility</h2>
<p>The site follows WCAG 2.1 level AA: it works with screen readers, with the keyboard alone and on phones.
If any part does not work for you, please tell us so that we can fix it.</p>
""",
    "privacy-policy": """
<p>{unit}, as data controller, protects the personal data of the people it serves under the
Personal Data Protection Act B.E. 2562 (2019).</p>
<h2>What we collect</h2>
<ul>
<li>Computer traffic data, such as IP address, time of visit and pages viewed, as the Computer Crime Act requires.</li>
<li>What you enter in online service forms, the satisfaction survey or the question board: only what the service needs.</li>
</ul>
<h2>Why we use it</h2>
<p>To provide the service and answer you, to improve the site and to comply with the law. We disclose
it to no one else unless you consent or the law requires it.</p>
<h2>How long we keep it</h2>
<p>Traffic data is kept for at least 90 days and then deleted. Form data is kept only as long as the
service and the official records rules require.</p>
<h2>Your rights</h2>
<p>You may ask to see, copy, correct or delete your personal data, to restrict or object to its use,
and withdraw your consent at any time, through the contacts at the foot of the page. You may also
complain to the Personal Data Protection Committee.</p>
""",
    "security-policy": """
<p>{unit} keeps this website secure under the Electronic Transactions Commission's 2010 notice on
information security policies and practices of state agencies.</p>
<h2>What we do</h2>
<ul>
<li>Every page is served over an encrypted connection (HTTPS).</li>
<li>Site editors sign in with their own accounts and can change only their own unit's site.</li>
<li>Every item is approved before it is published, and every change is kept in its history.</li>
<li>Uploaded files are checked for type and size, and the site is backed up regularly.</li>
<li>Computer traffic data is kept for at least 90 days.</li>
</ul>
<h2>Reporting a problem</h2>
<p>If you notice anything wrong, unsuitable content or a weakness in the site, please tell us through
the contacts at the foot of the page. We will check and fix it promptly.</p>
""",
}


def _fill(home, texts):
    unit_name = escape(home.title)
    for slug, html in texts.items():
        page = PolicyPage.objects.child_of(home).filter(slug=slug).first()
        if page is None or page.body:
            continue
        page.body = [{"type": "paragraph", "value": html.strip().format(unit=unit_name)}]
        publish(page)


def seed(home_th, home_en, rich):
    _fill(home_th, THAI)
    if home_en is not None:
        _fill(home_en, ENGLISH)
