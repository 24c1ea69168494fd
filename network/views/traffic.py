"""The central administrators' export of traffic data for a date range (REQUIREMENTS S-03, S-04).

The form is sent with GET, so the traffic log itself records who exported which range.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.widgets import AdminDateInput

from network.traffic.export import csv_download
from network.views.central_admin import CentralAdminPageMixin


class TrafficExportForm(forms.Form):
    first_day = forms.DateField(
        label=_("From"), widget=AdminDateInput, help_text=_("The first day, included.")
    )
    last_day = forms.DateField(
        label=_("To"), widget=AdminDateInput, help_text=_("The last day, included.")
    )

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("first_day"), cleaned.get("last_day")
        if first and last and first > last:
            raise ValidationError(_("The first day must not be after the last day."))
        return cleaned

    def clean_last_day(self):
        last = self.cleaned_data["last_day"]
        if last > timezone.localdate():
            raise ValidationError(_("The log holds nothing after today: choose today or earlier."))
        return last


class TrafficExportView(CentralAdminPageMixin, TemplateView):
    template_name = "network/traffic_export.html"
    page_title = _("Traffic log")
    header_icon = "download"

    def get(self, request, *args, **kwargs):
        form = TrafficExportForm(request.GET if request.GET else None)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        return csv_download(form.cleaned_data["first_day"], form.cleaned_data["last_day"])
