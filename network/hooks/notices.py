"""Hooks of staff notices: each person's choice in their account settings, and the daily
digest (network.staff_notices)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from network.access import is_moderator, units_run_by
from network.models import NotificationPreference
from network.staff_notices import send_daily_digests


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["delivery"]
        widgets = {"delivery": forms.RadioSelect}


class NotificationPreferencePanel(BaseSettingsPanel):
    """Account settings: e-mails about new submissions and questions, at once or daily."""

    name = "staff_notices"
    title = _("New submissions and questions of your unit")
    tab = notifications_tab
    order = 150
    form_class = NotificationPreferenceForm

    def is_active(self):
        # Only those told of new items: a unit's staff, and the moderators (takedown requests).
        return units_run_by(self.user).exists() or is_moderator(self.user)

    def get_form(self):
        preference = NotificationPreference.objects.filter(user=self.user).first()
        instance = preference or NotificationPreference(user=self.user)
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(data, instance=instance, prefix=self.name)


@hooks.register("register_account_settings_panel")
def register_notification_preference_panel(request, user, profile):
    return NotificationPreferencePanel(request, user, profile)


@hooks.register("register_scheduler_job")
def staff_digests(now):
    """The daily digest of new submissions and questions, for those who chose it."""
    return f"staff digests: {send_daily_digests(now)} sent"
