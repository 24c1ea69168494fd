"""The ready-made e-service forms: their fields and privacy-notice defaults, kept as data.

A form page created from a template with no fields of its own gets the template's fields, and
its empty privacy statements get the template's texts. Fields are kept to what handling the
matter needs (PDPA s.22 data minimisation, REQUIREMENTS P-04), optional ones are not required,
and none asks for health data (P-03). A corruption complaint may be anonymous (P-05).
"""

from dataclasses import dataclass

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class FormTemplate(models.TextChoices):
    SERVICE_COMPLAINT = "service_complaint", _("Complaint about a service or staff conduct")
    CORRUPTION_COMPLAINT = "corruption_complaint", _("Corruption or misconduct complaint")
    SERVICE_REQUEST = "service_request", _("Service request")
    APPOINTMENT_REQUEST = "appointment_request", _("Appointment request")
    BLANK = "blank", _("Blank form")


# The two kinds of complaint whose statistics are published (REQUIREMENTS C-16 d).
COMPLAINT_TEMPLATES = (FormTemplate.SERVICE_COMPLAINT, FormTemplate.CORRUPTION_COMPLAINT)


@dataclass(frozen=True)
class FieldSpec:
    clean_name: str  # stable key of the stored answers, the same in every language
    label: str
    field_type: str
    required: bool = True
    help_text: str = ""
    choices: str = ""


@dataclass(frozen=True)
class TemplateSpec:
    fields: tuple
    purpose: str
    data_collected: str
    retention_days: int


def _name(required=True):
    help_text = (
        ""
        if required
        else _(
            "You may stay anonymous. If you give your name, only the officers who handle "
            "the complaint see it."
        )
    )
    return FieldSpec("full_name", _("Full name"), "singleline", required, help_text)


def _phone(required=False):
    return FieldSpec(
        "phone",
        _("Telephone"),
        "singleline",
        required,
        _("So that an officer can call you back about this matter."),
    )


EMAIL = FieldSpec(
    "email",
    _("E-mail"),
    "email",
    False,
    _("We send your reference number and our answer to this address."),
)
WHEN = FieldSpec("incident_date", _("When it happened"), "date", False)
NO_HEALTH_DATA = _(
    "Please do not describe your own or anyone else's illness unless the matter cannot be "
    "understood without it."
)

TEMPLATES = {
    FormTemplate.SERVICE_COMPLAINT: TemplateSpec(
        fields=(
            _name(),
            _phone(),
            EMAIL,
            FieldSpec("subject", _("Subject"), "singleline"),
            WHEN,
            FieldSpec(
                "details",
                _("What happened"),
                "multiline",
                help_text=_("Which service or which staff member, where and what happened."),
            ),
        ),
        purpose=_(
            "To receive, examine and answer your complaint about our service or the conduct "
            "of our staff, and to publish complaint statistics that name nobody."
        ),
        data_collected=_(
            "Your name and the account of what happened. Telephone and e-mail are optional: "
            "without them you can still read our answer with your reference number and secret "
            "code."
        ),
        retention_days=730,
    ),
    FormTemplate.CORRUPTION_COMPLAINT: TemplateSpec(
        fields=(
            _name(required=False),
            _phone(),
            EMAIL,
            FieldSpec(
                "person_concerned",
                _("Person or office concerned"),
                "singleline",
                help_text=_("Name, position or office, as far as you know."),
            ),
            WHEN,
            FieldSpec("details", _("What happened"), "multiline", help_text=NO_HEALTH_DATA),
            FieldSpec(
                "evidence",
                _("Evidence you can show"),
                "multiline",
                False,
                _("Describe documents, photos or witnesses; an officer will ask for them."),
            ),
        ),
        purpose=_(
            "To examine the corruption or misconduct you report and to act on it. Who you are "
            "is known only to the officers assigned to complaints; complaint statistics name "
            "nobody."
        ),
        data_collected=_(
            "The account of what happened and who is concerned. Your name, telephone and e-mail "
            "are optional: you may report anonymously and read our answer with your reference "
            "number and secret code."
        ),
        retention_days=730,
    ),
    FormTemplate.SERVICE_REQUEST: TemplateSpec(
        fields=(
            _name(),
            _phone(required=True),
            EMAIL,
            FieldSpec("service", _("Service you need"), "singleline"),
            FieldSpec("details", _("Details"), "multiline", help_text=NO_HEALTH_DATA),
        ),
        purpose=_("To provide the service you ask for and to tell you how it proceeds."),
        data_collected=_(
            "Your name, telephone and what you need. E-mail is optional: without it we call you."
        ),
        retention_days=365,
    ),
    FormTemplate.APPOINTMENT_REQUEST: TemplateSpec(
        fields=(
            _name(),
            _phone(required=True),
            EMAIL,
            FieldSpec("service", _("Clinic or service"), "singleline"),
            FieldSpec("preferred_date", _("Preferred date"), "date"),
            FieldSpec(
                "preferred_time",
                _("Preferred time"),
                "radio",
                False,
                choices=_("Morning\nAfternoon"),
            ),
            FieldSpec("note", _("Anything we should know"), "multiline", False, NO_HEALTH_DATA),
        ),
        purpose=_(
            "To arrange the appointment you ask for and to confirm it with you. This is a "
            "request: the appointment is made when an officer confirms it."
        ),
        data_collected=_(
            "Your name, telephone, the service and the date you would like. E-mail and the "
            "note are optional."
        ),
        retention_days=365,
    ),
}


def spec_for(template):
    """The template's spec, or None for the blank form."""
    return TEMPLATES.get(template)


def privacy_defaults(template, language):
    """{field: value} of the privacy notice of a form made from `template`, in `language`
    (empty for the blank form)."""
    spec = spec_for(template)
    if spec is None:
        return {}
    with translation.override(language):
        return {
            "privacy_purpose": str(spec.purpose),
            "data_collected": str(spec.data_collected),
            "retention_days": spec.retention_days,
        }


def template_fields(template, field_model, language):
    """Unsaved `field_model` rows of the template's fields, labelled in `language`."""
    spec = spec_for(template)
    if spec is None:
        return []
    with translation.override(language):
        return [
            field_model(
                clean_name=field.clean_name,
                label=str(field.label),
                field_type=field.field_type,
                required=field.required,
                help_text=str(field.help_text),
                choices=str(field.choices),
                sort_order=order,
            )
            for order, field in enumerate(spec.fields)
        ]
