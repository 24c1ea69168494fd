"""A unit's people by role, on the unit's own admin page (network.unit_people)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from network.access import may_manage_unit_people
from network.accounts import RoleError
from network.models import Role, Unit, signatory
from network.unit_people import (
    ADD,
    CHANGE,
    DEACTIVATE,
    REMOVE,
    add_person,
    change_role,
    deactivate_person,
    people_by_role,
    remove_person,
)

UNIT_ROLE_CHOICES = [(role.value, role.label) for role in Role.unit_roles()]


class AddPersonForm(forms.Form):
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=UNIT_ROLE_CHOICES)
    username = forms.CharField(
        label=gettext_lazy("Username"),
        max_length=150,
        help_text=gettext_lazy("An existing account, or the username of a new one."),
    )
    email = forms.EmailField(
        label=gettext_lazy("E-mail"),
        required=False,
        help_text=gettext_lazy("Needed for a new account; one person's own address."),
    )
    full_name = forms.CharField(label=gettext_lazy("Full name"), max_length=255, required=False)
    position = forms.CharField(label=gettext_lazy("Position"), max_length=255, required=False)


class UnitPeopleView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/unit_people.html"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_unit_people(request.user):
            raise PermissionDenied
        self.unit = get_object_or_404(Unit, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("People and roles")

    def get_page_subtitle(self):
        return self.unit.name_th

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("units:index"), "label": _("Units")},
            {"url": reverse("units:edit", args=[self.unit.pk]), "label": self.unit.name_th},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            unit=self.unit,
            roles=[
                (role, Role(role).label, [(person, signatory(person)) for person in people])
                for role, people in people_by_role(self.unit)
            ],
            role_choices=UNIT_ROLE_CHOICES,
            add_form=kwargs.get("add_form") or AddPersonForm(),
        )
        return context

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == ADD:
            return self._add(request)
        members = {
            person.pk: person for _role, people in people_by_role(self.unit) for person in people
        }
        try:
            person = members[int(request.POST.get("person", ""))]
        except (KeyError, ValueError):
            messages.error(request, _("That person does not work in this unit."))
            return redirect("units:people", self.unit.pk)
        action = request.POST.get("action")
        role = request.POST.get("role")
        try:
            if action == CHANGE and role in Role.unit_roles():
                change_role(request.user, self.unit, person, role)
            elif action == REMOVE:
                remove_person(request.user, self.unit, person)
            elif action == DEACTIVATE:
                deactivate_person(request.user, self.unit, person)
            else:
                raise RoleError(_("Unknown request."))
        except RoleError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved."))
        return redirect("units:people", self.unit.pk)

    def _add(self, request):
        form = AddPersonForm(request.POST)
        if form.is_valid():
            try:
                add_person(request.user, self.unit, **form.cleaned_data)
            except RoleError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Saved."))
                return redirect("units:people", self.unit.pk)
        return self.render_to_response(self.get_context_data(add_form=form))
