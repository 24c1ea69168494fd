"""Hooks of the site administrators' duties (seed §3.4, §3.5): the Computer Crime Act
acknowledgement page and its versions, trainings, and each unit's duties page, under one menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.permissions import register_permission_policy

from network.access import units_reported_to
from network.models import DutyStatement, Training
from network.views.acknowledgement import (
    AcknowledgeView,
    statement_permission_policy,
    statement_viewset,
)
from network.views.training import training_permission_policy, training_urls, training_viewset
from network.views.unit_duties import unit_duties_urls

register_permission_policy(Training, training_permission_policy)
register_permission_policy(DutyStatement, statement_permission_policy)


@hooks.register("register_admin_viewset")
def register_duties_viewsets():
    return [training_viewset, statement_viewset]


@hooks.register("register_admin_urls")
def register_duties_urls():
    acknowledge = path(
        "duties/acknowledge/", AcknowledgeView.as_view(), name="network_duties_acknowledge"
    )
    return [acknowledge, *training_urls(), *unit_duties_urls()]


class UnitDutiesMenuItem(MenuItem):
    def is_shown(self, request):
        return units_reported_to(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_duties_menu():
    items = [
        UnitDutiesMenuItem(
            _("Duties by unit"), reverse("network_duties_units"), icon_name="group", order=10
        ),
        MenuItem(
            _("My trainings"), reverse("network_my_trainings"), icon_name="doc-full", order=20
        ),
        training_viewset.get_menu_item(order=30),
        statement_viewset.get_menu_item(order=40),
    ]
    return SubmenuMenuItem(
        _("Site administrators' duties"), Menu(items=items), icon_name="warning", order=260
    )
