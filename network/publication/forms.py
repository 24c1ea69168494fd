"""Admin forms of the publication workflow."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateTimeInput

from network.models import StaffProfile, signatory
from network.models.approval import has_visible_text
from network.publication.urgent import verbal_approval_errors, verbal_approvers


class ApproverChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        person = signatory(obj)
        return f"{person.name} ({person.position})" if person.position else person.name


class VerbalApprovalForm(forms.Form):
    """Who approved an urgent publication by word of mouth, when, and why it could not wait."""

    approver = ApproverChoiceField(
        label=_("Approved by"),
        queryset=get_user_model().objects.none(),
        help_text=_("The unit's approver (or the provincial moderator) who gave the approval."),
    )
    approved_at = forms.DateTimeField(
        label=_("Approved at"),
        widget=AdminDateTimeInput,
        help_text=_(
            "When the approval was given: after the page's latest version was saved, and not "
            "in the future."
        ),
    )
    reason = forms.CharField(
        label=_("Why it was urgent"),
        widget=forms.Textarea({"rows": 3}),
        help_text=_("Why this could not wait for the approval in the system."),
    )

    def __init__(self, *args, page, editor, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.editor = editor
        self.fields["approver"].queryset = verbal_approvers(page, editor)

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not has_visible_text(reason):
            raise forms.ValidationError(_("Say why this could not wait."))
        return reason

    def clean(self):
        cleaned_data = super().clean()
        if "approver" in cleaned_data and "approved_at" in cleaned_data:
            for field, message in verbal_approval_errors(
                self.page, self.editor, cleaned_data["approver"], cleaned_data["approved_at"]
            ).items():
                self.add_error(field, message)
        return cleaned_data


class StaffProfileForm(forms.ModelForm):
    """A staff member's name and position for publication records."""

    class Meta:
        model = StaffProfile
        fields = ["full_name", "position"]
