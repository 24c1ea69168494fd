"""What every public form of a unit site shares (REQUIREMENTS P-02, P-04; issue #7 item 4):

- a honeypot field that people never see and bots fill in;
- length limits on every text field, so nobody can post a novel or fill the database;
- the consent box, separate and unticked, when the page's lawful basis is consent.

    class QuestionForm(PublicFormMixin, forms.ModelForm): ...
    form = QuestionForm(request.POST, notice=page)   # page extends PrivacyNoticeMixin

Render the form with `unitsites/includes/public_form_fields.html`, which hides the honeypot
from people and screen readers. `submitted_data()` is the cleaned data without the two control
fields, and `consent_given_at` the time consent was given (None when not asked).
"""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from web.plaintext import without_control_characters

HONEYPOT_FIELD = "website_address"
CONSENT_FIELD = "privacy_consent"
CONTROL_FIELDS = (HONEYPOT_FIELD, CONSENT_FIELD)
MAX_LINE_LENGTH = 255
MAX_TEXT_LENGTH = 5000


def cap_length(field):
    """Give a text field without a maximum length the portal's limit for its widget."""
    if not isinstance(field, forms.CharField) or field.max_length is not None:
        return
    limit = MAX_TEXT_LENGTH if isinstance(field.widget, forms.Textarea) else MAX_LINE_LENGTH
    field.max_length = limit
    field.validators.append(MaxLengthValidator(limit))
    field.widget.attrs["maxlength"] = str(limit)


class PublicFormMixin:
    """Honeypot, length limits and consent for a form the public fills in."""

    def __init__(self, *args, notice=None, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            cap_length(field)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        if notice is not None and notice.requires_consent:
            self.fields[CONSENT_FIELD] = forms.BooleanField(
                label=_(
                    "I consent to the collection and use of my data as described in the "
                    "privacy notice above."
                ),
                error_messages={
                    "required": _(
                        "Please tick the consent box: without it we cannot keep what you send."
                    )
                },
            )

    def clean(self):
        cleaned_data = {
            name: without_control_characters(value) for name, value in super().clean().items()
        }
        self.cleaned_data = cleaned_data
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _("This submission looks automatic and was not accepted."), code="honeypot"
            )
        return cleaned_data

    @property
    def consent_given_at(self):
        if self.cleaned_data.get(CONSENT_FIELD):
            return timezone.now()
        return None

    def submitted_data(self):
        return {
            name: value for name, value in self.cleaned_data.items() if name not in CONTROL_FIELDS
        }

    def visible_public_fields(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]

    def honeypot(self):
        return self[HONEYPOT_FIELD]
