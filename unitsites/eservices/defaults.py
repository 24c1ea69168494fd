"""The e-service forms every unit starts with: a complaint form and a corruption complaint form,
in Thai and English, so that a new unit meets the e-service rule (REQUIREMENTS C-23, C-16 c)
from its first day. Provisioning makes them; the demo adds its own forms beside them."""

from dataclasses import dataclass

from wagtail.models import Page

from unitsites.eservices.formtemplates import FormTemplate, privacy_defaults, template_fields
from unitsites.models import EServicesSection, ServiceFormField, ServiceFormPage


@dataclass(frozen=True)
class StarterForm:
    slug: str
    template: str
    title_th: str
    title_en: str
    intro_th: str
    intro_en: str

    def values(self, language):
        """The page's field values in `language` ("th" or "en"): title, introduction, and the
        template's fields and privacy notice."""
        title, intro = (
            (self.title_th, self.intro_th) if language == "th" else (self.title_en, self.intro_en)
        )
        return {
            "title": title,
            "form_template": self.template,
            "intro": f"<p>{intro}</p>",
            **privacy_defaults(self.template, language),
            "form_fields": template_fields(self.template, ServiceFormField, language),
        }


DEFAULT_FORMS = (
    StarterForm(
        "complaint",
        FormTemplate.SERVICE_COMPLAINT,
        "ร้องเรียนการให้บริการหรือพฤติกรรมเจ้าหน้าที่",
        "Complaint about our service or staff",
        "แจ้งเรื่องที่ท่านไม่พอใจในการให้บริการหรือพฤติกรรมของเจ้าหน้าที่ "
        "หน่วยงานจะตรวจสอบและตอบกลับภายใน 15 วันทำการ",
        "Tell us what went wrong with our service or the conduct of our staff. We look into "
        "it and answer within 15 working days.",
    ),
    StarterForm(
        "corruption-complaint",
        FormTemplate.CORRUPTION_COMPLAINT,
        "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "Report corruption or misconduct",
        "ท่านไม่ต้องระบุชื่อก็ได้ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ เฉพาะเจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียนเท่านั้นที่เห็น",
        "You need not give your name. Who reports is kept confidential: only the officers in "
        "charge of complaints see it.",
    ),
)


def _apply(page, values):
    for name, value in values.items():
        setattr(page, name, value)


def ensure_default_forms(home_th, english, publish):
    """Give the unit under `home_th` the default forms, each with its twin in the locale
    `english`, published with `publish(page)`, when its e-services section has no form at all:
    a unit that made its own forms, or removed one of these, is left as it is. Returns the
    pages made."""
    section = EServicesSection.objects.child_of(home_th).first()
    if section is None or ServiceFormPage.objects.child_of(section).exists():
        return []
    made = []
    for form in DEFAULT_FORMS:
        if Page.objects.child_of(section).filter(slug=form.slug).exists():
            continue
        thai = ServiceFormPage(slug=form.slug)
        _apply(thai, form.values("th"))
        section.add_child(instance=thai)
        publish(thai)
        twin = thai.copy_for_translation(english).specific
        _apply(twin, form.values("en"))
        publish(twin)
        made += [thai, twin]
    return made
