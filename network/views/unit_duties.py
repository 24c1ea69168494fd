"""A unit's site administrators and their duties (seed §3.4, §3.5): who has acknowledged the
Computer Crime Act duties in effect, and who was trained this fiscal year. Shown to the unit's
own administrators and to those who oversee the network (network.access)."""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from network.access import oversees_network, units_reported_to
from network.acknowledgement import statement_in_effect
from network.models import DutyAcknowledgement, Role, TrainingAttendance, signatory
from network.unit_people import people_by_role
from unitsites import thaidates


@dataclass
class PersonDuties:
    person: object
    role: str
    signed: object
    acknowledgement: object  # of the version in effect, or None
    attendances: list  # this fiscal year's, newest first

    @property
    def hours(self):
        return sum(attendance.training.hours for attendance in self.attendances)


def duties_of(unit, statement, fiscal_year):
    """A PersonDuties for each of the unit's site administrators, editors first."""
    people = [(role, person) for role, members in people_by_role(unit) for person in members]
    ids = [person.pk for _role, person in people]
    acknowledgements = {
        acknowledgement.user_id: acknowledgement
        for acknowledgement in DutyAcknowledgement.objects.filter(statement=statement, user__in=ids)
    }
    attendances = {}
    for attendance in (
        TrainingAttendance.objects.filter(
            user__in=ids, training__date__range=thaidates.fiscal_year_bounds(fiscal_year)
        )
        .select_related("training")
        .order_by("-training__date")
    ):
        attendances.setdefault(attendance.user_id, []).append(attendance)
    return [
        PersonDuties(
            person,
            Role(role).label,
            signatory(person),
            acknowledgements.get(person.pk),
            attendances.get(person.pk, []),
        )
        for role, person in people
    ]


class DutiesUnitsView(WagtailAdminTemplateMixin, TemplateView):
    """The units whose duties the user reads; straight to the unit when there is one."""

    template_name = "network/duties_units.html"
    page_title = _("Duties by unit")
    header_icon = "group"

    def get(self, request, *args, **kwargs):
        units = list(units_reported_to(request.user).order_by("code"))
        if len(units) == 1:
            return redirect("network_unit_duties", units[0].pk)
        return self.render_to_response(self.get_context_data(units=units))


class UnitDutiesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/unit_duties.html"
    page_title = _("Site administrators' duties")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.unit = get_object_or_404(units_reported_to(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.unit.name_th

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statement = statement_in_effect()
        year = thaidates.fiscal_year(timezone.now())
        context.update(
            unit=self.unit,
            statement=statement,
            fiscal_year=year,
            people=duties_of(self.unit, statement, year),
            shows_addresses=oversees_network(self.request.user),
        )
        return context


def unit_duties_url(unit):
    return reverse("network_unit_duties", args=[unit.pk])


def unit_duties_urls():
    return [
        path("duties/units/", DutiesUnitsView.as_view(), name="network_duties_units"),
        path("duties/units/<int:pk>/", UnitDutiesView.as_view(), name="network_unit_duties"),
    ]
