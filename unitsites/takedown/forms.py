"""The public notice-and-takedown form, and the form staff record each handling step with."""

import re
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from unitsites.models.takedown import (
    EVIDENCE_EXTENSIONS,
    NEEDS_REASON,
    TakedownRequest,
    TakedownStatus,
)
from unitsites.publicforms import MAX_TEXT_LENGTH, PublicFormMixin
from web.file_content import check_document_content

PHONE_CHARACTERS = re.compile(r"[0-9 +()-]+")
PHONE_DIGITS = (9, 15)


class TakedownForm(PublicFormMixin, forms.ModelForm):
    """Which page, what is wrong and on what ground, who reports and how to reach them (an
    e-mail address or a telephone number), and the reporter's declaration."""

    content_url = forms.URLField(
        label=_("Address (URL) of the page on this site"),
        max_length=TakedownRequest._meta.get_field("content_url").max_length,
        assume_scheme="https",
    )
    declaration = forms.BooleanField(
        label=_(
            "I declare that what I report is true to the best of my knowledge, and I understand "
            "that a knowingly false report may itself be an offence."
        ),
        error_messages={
            "required": _("Please tick the declaration: we cannot accept the report without it.")
        },
    )

    class Meta:
        model = TakedownRequest
        fields = [
            "content_url",
            "ground",
            "description",
            "reporter_name",
            "reporter_email",
            "reporter_phone",
            "evidence",
        ]
        labels = {
            "ground": _("Why should it be taken down?"),
            "description": _("What is wrong with it"),
            "reporter_name": _("Your name"),
            "reporter_email": _("Your e-mail address"),
            "reporter_phone": _("Your telephone number"),
            "evidence": _("Evidence"),
        }
        help_texts = {
            "description": _(
                "Say which part of the page (text, picture, document) and why it is unlawful or "
                "infringes your rights."
            ),
            "reporter_email": _("Give an e-mail address or a telephone number, or both."),
        }
        widgets = {
            "ground": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 6}),
            "reporter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "reporter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "reporter_phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "evidence": forms.FileInput(
                attrs={"accept": ",".join(f".{extension}" for extension in EVIDENCE_EXTENSIONS)}
            ),
        }

    def __init__(self, *args, hostname, **kwargs):
        super().__init__(*args, **kwargs)
        self.hostname = hostname.lower()
        self.fields["content_url"].help_text = _(
            "Copy it from your browser's address bar, e.g. %(example)s"
        ) % {"example": f"https://{hostname}/news/..."}
        self.fields["ground"].choices = self.fields["ground"].choices[1:]  # no empty choice
        self.fields["evidence"].help_text = _(
            "A screenshot or a document that shows the content: a PDF, PNG or JPEG file of at "
            "most %(size)s MB. If the form shows an error, choose the file again."
        ) % {"size": settings.PORTAL_TAKEDOWN_EVIDENCE_MAX_MB}

    def clean_content_url(self):
        url = self.cleaned_data["content_url"]
        if (urlsplit(url).hostname or "").lower() != self.hostname:
            raise forms.ValidationError(
                _("Give the address of a page of this site: it must begin with https://%(host)s/"),
                params={"host": self.hostname},
                code="other_host",
            )
        return url

    def clean_evidence(self):
        """At most the size allowed, and a real PDF or picture whatever its name says."""
        upload = self.cleaned_data["evidence"]
        if not upload:
            return upload
        if upload.size > settings.PORTAL_TAKEDOWN_EVIDENCE_MAX_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB. Send a smaller one."),
                params={"size": settings.PORTAL_TAKEDOWN_EVIDENCE_MAX_MB},
                code="too_large",
            )
        check_document_content(upload)
        return upload

    def clean_reporter_phone(self):
        phone = self.cleaned_data["reporter_phone"].strip()
        digits = sum(character.isdigit() for character in phone)
        if phone and (
            not PHONE_CHARACTERS.fullmatch(phone)
            or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]
        ):
            raise forms.ValidationError(
                _("Enter a telephone number of 9 to 15 digits, e.g. 081 234 5678."), code="phone"
            )
        return phone

    def clean(self):
        cleaned_data = super().clean()
        contact_checked = not self.has_error("reporter_email") and not self.has_error(
            "reporter_phone"
        )
        if contact_checked and not (
            cleaned_data.get("reporter_email") or cleaned_data.get("reporter_phone")
        ):
            self.add_error(
                "reporter_email",
                forms.ValidationError(
                    _("Give an e-mail address or a telephone number so that we can reach you."),
                    code="no_contact",
                ),
            )
        return cleaned_data


class StepForm(forms.Form):
    """The next step of a request's handling. A refusal needs its reason and a forwarding the
    authority it went to: the reporter reads them."""

    status = forms.ChoiceField(label=_("Next step"))
    note = forms.CharField(
        label=_("Reason or note"),
        required=False,
        max_length=MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "For a refusal, why; for a forwarding, to whom: the reporter reads these. Other "
            "notes stay in the admin. Do not name other people or give their personal data."
        ),
    )

    def __init__(self, *args, takedown, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status, TakedownStatus(status).label) for status in takedown.next_statuses()
        ]

    def clean(self):
        cleaned_data = super().clean()
        status = cleaned_data.get("status")
        if status in NEEDS_REASON and not (cleaned_data.get("note") or "").strip():
            message = (
                _("Say why the request is refused.")
                if status == TakedownStatus.REFUSED
                else _("Say to which authority the request was forwarded.")
            )
            self.add_error("note", message)
        return cleaned_data
