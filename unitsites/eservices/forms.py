"""The citizen's status look-up form and the officers' answer form."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from unitsites.eservices.references import example_reference
from unitsites.models.submissions import ServiceSubmission, SubmissionStatus
from unitsites.publicforms import MAX_TEXT_LENGTH, PublicFormMixin


class TrackingForm(PublicFormMixin, forms.Form):
    reference = forms.CharField(
        label=_("Reference number"),
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    secret = forms.CharField(
        label=_("Secret code"),
        max_length=32,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}, render_value=True),
    )

    not_found_message = _(
        "We found no submission with this reference number and secret code. Check both and "
        "try again."
    )

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reference"].help_text = _("As shown after sending, e.g. %(example)s.") % {
            "example": example_reference(unit, timezone.now())
        }


class AnswerForm(forms.Form):
    """Status and answer of one submission. Marking it answered needs an answer."""

    status = forms.ChoiceField(label=_("Status"), choices=SubmissionStatus.choices)
    answer = forms.CharField(
        label=_("Answer"),
        required=False,
        max_length=MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=ServiceSubmission._meta.get_field("answer").help_text,
    )

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("status") == SubmissionStatus.ANSWERED
            and not (cleaned_data.get("answer") or "").strip()
        ):
            self.add_error("answer", _("Write the answer before marking the submission answered."))
        return cleaned_data
