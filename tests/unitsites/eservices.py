"""e-Service form pages and submissions for tests, made and sent the way editors and citizens do
it (publishing directly where the workflow is not the subject)."""

import re

from django.test import Client

from tests.conftest import add_live
from unitsites.eservices.formtemplates import FormTemplate
from unitsites.models import EServicesSection, ServiceFormPage, UnitHomePage

COMPLAINT = {
    "full_name": "นายสมชาย ทดสอบ",
    "phone": "",
    "email": "somchai@example.test",
    "subject": "รอรับยานานเกินไป",
    "incident_date": "",
    "details": "วันจันทร์ที่ผ่านมารอรับยาที่ห้องจ่ายยานานกว่าสามชั่วโมง",
}
CORRUPTION = {
    "full_name": "",
    "phone": "",
    "email": "",
    "person_concerned": "เจ้าหน้าที่พัสดุ",
    "incident_date": "",
    "details": "มีการเรียกรับเงินจากผู้ขายก่อนตรวจรับพัสดุ",
    "evidence": "",
}
REFERENCE = re.compile(r"([A-Z0-9-]+-\d{4}-\d{5})")
SECRET = re.compile(r"\b([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})\b")


def eservices_section(unit, language="th"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    return EServicesSection.objects.child_of(home).get()


def make_form(unit, template=FormTemplate.SERVICE_COMPLAINT, slug=None, **values):
    """A live form page made from `template` under the unit's Thai e-services section."""
    page = ServiceFormPage.from_template(
        template,
        "th",
        title=values.pop("title", f"แบบฟอร์ม {template}"),
        slug=slug or f"test-{template.replace('_', '-')}",
        **values,
    )
    add_live(eservices_section(unit), page)
    return page


def path_of(page):
    return page.get_url_parts()[2]


def submit(page, data, client=None, address="203.0.113.10"):
    """Post `data` to the form as a visitor on the unit's host; returns the response."""
    client = client or Client()
    return client.post(path_of(page), data, HTTP_HOST=page.unit.hostname, REMOTE_ADDR=address)


def receipt(response):
    """(reference, secret) shown on the landing page."""
    html = response.content.decode()
    return REFERENCE.search(html).group(1), SECRET.search(html).group(1)


def track(unit, reference, secret, client=None, address="203.0.113.20"):
    client = client or Client()
    section = eservices_section(unit)
    return client.post(
        path_of(section) + "track/",
        {"reference": reference, "secret": secret},
        HTTP_HOST=unit.hostname,
        REMOTE_ADDR=address,
    )
