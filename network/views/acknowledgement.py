"""The Computer Crime Act duties in the admin (seed §3.4, REQUIREMENTS W-18): the page every staff
account acknowledges them on, and the versions the central administrators add."""

from django import forms
from django.contrib import messages
from django.db.models import Max
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from network.access import UserWidePermissionPolicy, is_central_admin, oversees_network
from network.acknowledgement import acknowledge, has_acknowledged, statement_in_effect
from network.models import DutyStatement


class AcknowledgeForm(forms.Form):
    agree = forms.BooleanField(
        label=_("I have read these duties and will obey them."),
        error_messages={"required": _("Tick the box to acknowledge the duties.")},
    )


class AcknowledgeView(WagtailAdminTemplateMixin, FormView):
    template_name = "network/duties_acknowledge.html"
    form_class = AcknowledgeForm
    page_title = _("Computer Crime Act duties")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        self.statement = statement_in_effect()
        if self.statement is None:
            return redirect(self.next_url())
        return super().dispatch(request, *args, **kwargs)

    def next_url(self):
        target = self.request.POST.get("next") or self.request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        )
        return target if target and safe else reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            statement=self.statement,
            acknowledged=has_acknowledged(self.request.user, self.statement),
            next=self.next_url(),
        )
        return context

    def form_valid(self, form):
        acknowledge(self.request.user, self.statement, self.request)
        messages.success(self.request, _("Thank you. Your acknowledgement is recorded."))
        return redirect(self.next_url())


class StatementPermissionPolicy(UserWidePermissionPolicy):
    """The central administrators add versions; those who oversee the network read them. No
    version is changed or deleted once added: it is what people acknowledged."""

    def user_has_permission(self, user, action):
        if action == "view":
            return oversees_network(user)
        return action == "add" and user.is_active and is_central_admin(user)


class StatementCreateView(generic.CreateView):
    def get_initial(self):
        latest = DutyStatement.objects.aggregate(version=Max("version"))["version"] or 0
        return {**super().get_initial(), "version": latest + 1}


statement_permission_policy = StatementPermissionPolicy(DutyStatement)


class StatementViewSet(ModelViewSet):
    model = DutyStatement
    icon = "warning"
    menu_label = _("Computer Crime Act duties")
    add_to_admin_menu = False  # in the duties menu (network.hooks.duties)
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    add_view_class = StatementCreateView
    form_fields = ["version", "effective_from", "text_th", "text_en"]
    list_display = ["__str__", "effective_from"]
    ordering = ["-version"]


statement_viewset = StatementViewSet("duty_statements")
