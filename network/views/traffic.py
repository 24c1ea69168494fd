"""The central administrators' export of traffic data for a date range (REQUIREMENTS S-03, S-04).

The form is sent with GET, so the traffic log itself records who exported which range.
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from network.access import is_central_admin
from network.traffic.export import csv_lines, date_range


def _with_bom(lines):
    """A byte-order mark first, so that spreadsheet programs read the Thai text as UTF-8."""
    yield "\ufeff" + next(lines)
    yield from lines


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


class TrafficExportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/traffic_export.html"
    page_title = _("Traffic log")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not is_central_admin(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        form = TrafficExportForm(request.GET if request.GET else None)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        first, last = form.cleaned_data["first_day"], form.cleaned_data["last_day"]
        response = StreamingHttpResponse(
            _with_bom(csv_lines(*date_range(first, last))), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="traffic-{first:%Y%m%d}-{last:%Y%m%d}.csv"'
        )
        return response
