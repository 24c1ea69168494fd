"""Admin forms of the publication workflow."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateTimeInput

from network.models import StaffProfile


class VerbalApprovalForm(forms.Form):
    """Who approved an urgent publication by word of mouth, when, and why it could not wait."""

    approver_name = forms.CharField(
        label=_("Approved by (name)"),
        max_length=255,
        help_text=_("The head who gave the approval, e.g. นายแพทย์สมชาย ใจดี."),
    )
    approver_position = forms.CharField(
        label=_("Approved by (position)"),
        max_length=255,
        help_text=_("Their official position, e.g. หัวหน้ากลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข."),
    )
    approved_at = forms.DateTimeField(
        label=_("Approved at"),
        widget=AdminDateTimeInput,
        help_text=_("When the approval was given."),
    )
    reason = forms.CharField(
        label=_("Why it was urgent"),
        widget=forms.Textarea({"rows": 3}),
        help_text=_("Why this could not wait for the approval in the system."),
    )

    def clean_approved_at(self):
        approved_at = self.cleaned_data["approved_at"]
        if approved_at > timezone.now():
            raise forms.ValidationError(_("The approval cannot have been given in the future."))
        return approved_at


class StaffProfileForm(forms.ModelForm):
    """A staff member's name and position for publication records."""

    class Meta:
        model = StaffProfile
        fields = ["full_name", "position"]
