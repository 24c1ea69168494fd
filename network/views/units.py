"""The central administrators' screens for the unit registry."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from network.forms import UnitForm
from network.models import Unit
from network.provisioning import provision_unit
from network.views.unit_people import UnitPeopleView

PEOPLE_LABEL = _("People and roles")


def people_url(unit):
    return reverse("units:people", args=[unit.pk])


class ProvisioningMixin:
    """Saving a unit provisions its site in the same transaction."""

    def save_instance(self):
        unit = super().save_instance()
        provision_unit(unit, user=self.request.user)
        return unit


class UnitIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        people = MenuItem(PEOPLE_LABEL, people_url(instance), icon_name="group", priority=15)
        return [*super().get_list_more_buttons(instance), people]


class UnitCreateView(ProvisioningMixin, generic.CreateView):
    pass


class UnitEditView(ProvisioningMixin, generic.EditView):
    @property
    def header_more_buttons(self):
        people = Button(PEOPLE_LABEL, url=people_url(self.object), icon_name="group", priority=5)
        return [people, *super().header_more_buttons]


class UnitViewSet(ModelViewSet):
    model = Unit
    form_fields = UnitForm.Meta.fields
    icon = "site"
    menu_label = _("Units")
    menu_order = 150
    add_to_admin_menu = True
    add_to_reference_index = False
    index_view_class = UnitIndexView
    add_view_class = UnitCreateView
    edit_view_class = UnitEditView
    # A tick or a cross titled in Thai, not the raw "True".
    list_display = [
        "name_th",
        "code",
        "kind",
        "district",
        "hostname",
        BooleanColumn("is_active", label=Unit._meta.get_field("is_active").verbose_name),
    ]
    list_filter = ["kind", "district", "is_active"]
    search_fields = ["code", "name_th", "name_en", "hostname"]
    ordering = ["code"]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return UnitForm

    def get_urlpatterns(self):
        people = path("people/<int:pk>/", UnitPeopleView.as_view(), name="people")
        return [*super().get_urlpatterns(), people]


unit_viewset = UnitViewSet("units")
