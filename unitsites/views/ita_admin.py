"""The ITA screens of the admin: moderators keep each fiscal year's template (items and sub-items)
and start a year as a copy of the one before; unit staff attach their pages and documents to the
slots of their own unit only."""

from functools import cached_property

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser, Button
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.permission_policies import BasePermissionPolicy

import django_filters

from network.access import sees_whole_network, units_in_care_of
from network.models import UnitKind
from unitsites import ita_template
from unitsites.models import ItaEvidence, ItaItem, ItaSubitem, ItaTemplate
from unitsites.models.ita_evidence import documents_of, pages_of

TEMPLATE_ACTIONS = frozenset({"add", "change", "delete", "view"})


def keeps_templates(user):
    return user.is_active and sees_whole_network(user)


class TemplatePermissionPolicy(BasePermissionPolicy):
    """The templates are the province's to keep: moderators (and superusers) only."""

    def user_has_permission(self, user, action):
        return action in TEMPLATE_ACTIONS and keeps_templates(user)

    def instances_user_has_permission_for(self, user, action):
        objects = self.model._default_manager.all()
        return objects if self.user_has_permission(user, action) else objects.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class EvidencePermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return action in TEMPLATE_ACTIONS and units_in_care_of(user).exists()

    def instances_user_has_permission_for(self, user, action):
        if action not in TEMPLATE_ACTIONS:
            return ItaEvidence.objects.none()
        return ItaEvidence.objects.filter(unit__in=units_in_care_of(user))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()


template_permission_policy = TemplatePermissionPolicy(ItaTemplate)
item_permission_policy = TemplatePermissionPolicy(ItaItem)
subitem_permission_policy = TemplatePermissionPolicy(ItaSubitem)
evidence_permission_policy = EvidencePermissionPolicy(ItaEvidence)


class SubitemForm(WagtailAdminModelForm):
    unit_kinds = forms.MultipleChoiceField(
        label=_("unit kinds"),
        choices=UnitKind.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The kinds of unit this sub-item applies to."),
    )

    class Meta:
        model = ItaSubitem
        fields = [
            "item",
            "position",
            "code",
            "ref",
            "title_th",
            "heading",
            "evidence_kind",
            "evidence_detail",
            "round",
            "timing_note",
            "month",
            "period_start",
            "period_end",
            "due",
            "unit_kinds",
            "uncertain",
            "uncertain_reason",
        ]


def subitem_label(subitem):
    return f"{subitem.item.template.fiscal_year} {subitem.code} {subitem.title_th[:90]}"


class EvidenceForm(WagtailAdminModelForm):
    """Every choice is limited to the units in the user's care; the model's clean() then holds
    the page and the document to the chosen unit."""

    class Meta:
        model = ItaEvidence
        fields = ["unit", "subitem", "page", "document", "label"]
        widgets = {
            "page": AdminPageChooser(can_choose_root=False),
            "document": AdminDocumentChooser,
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        units = units_in_care_of(for_user)
        self.fields["unit"].queryset = units
        self.fields["unit"].error_messages["invalid_choice"] = _("Choose one of your units.")
        self.fields["subitem"].queryset = (
            ItaSubitem.objects.filter(heading=False)
            .select_related("item__template")
            .order_by("-item__template__fiscal_year", "item__number", "position")
        )
        self.fields["subitem"].label_from_instance = subitem_label
        self.fields["page"].queryset = pages_of(units)
        self.fields["document"].queryset = documents_of(units)
        for name, message in (
            ("page", _("Choose one of your unit's own pages.")),
            ("document", _("Choose a document of your unit's collection.")),
        ):
            self.fields[name].error_messages["invalid_choice"] = message


class EvidenceCreateView(generic.CreateView):
    def get_initial(self):
        # The staff's gap links on the public page name the unit and the slot.
        initial = super().get_initial()
        for name in ("unit", "subitem"):
            if self.request.GET.get(name, "").isdigit():
                initial[name] = self.request.GET[name]
        return initial


def evidence_in_care_of(user):
    return evidence_permission_policy.instances_user_has_permission_for(user, "change")


class EvidenceIndexView(generic.IndexView):
    def get_base_queryset(self):
        return evidence_in_care_of(self.request.user).select_related("subitem", "unit")


class EvidenceEditView(generic.EditView):
    def get_queryset(self):
        return evidence_in_care_of(self.request.user)


class EvidenceDeleteView(generic.DeleteView):
    def get_queryset(self):
        return evidence_in_care_of(self.request.user)


class EvidenceHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return evidence_in_care_of(self.request.user)


class EvidenceUsageView(UsageView):
    def get_base_object_queryset(self):
        return evidence_in_care_of(self.request.user)


class EvidenceFilterSet(WagtailFilterSet):
    """The unit filter offers only the units whose evidence the user keeps."""

    unit = django_filters.ModelChoiceFilter(
        label=_("unit"), queryset=lambda request: units_in_care_of(request.user)
    )

    class Meta:
        model = ItaEvidence
        fields = ["unit", "subitem__item__template"]


class EvidenceViewSet(ModelViewSet):
    model = ItaEvidence
    form_fields = EvidenceForm.Meta.fields
    icon = "link"
    menu_label = _("ITA evidence")
    add_view_class = EvidenceCreateView
    index_view_class = EvidenceIndexView
    edit_view_class = EvidenceEditView
    delete_view_class = EvidenceDeleteView
    history_view_class = EvidenceHistoryView
    usage_view_class = EvidenceUsageView
    # `title` is a property: Wagtail would head its column with the English attribute name.
    list_display = ["subitem", "unit", Column("title", label=_("Title"))]
    filterset_class = EvidenceFilterSet
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return EvidenceForm


class TemplateEditView(generic.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        url = reverse("ita_templates:copy_to_next_year", args=[self.object.pk])
        buttons.append(Button(_("Copy to the next fiscal year"), url=url, icon_name="copy"))
        return buttons


class CopyToNextYearView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "unitsites/admin/ita_template_copy.html"
    page_title = _("Copy the ITA template")
    header_icon = "copy"

    def dispatch(self, request, pk):
        if not keeps_templates(request.user):
            raise PermissionDenied
        self.template = get_object_or_404(ItaTemplate, pk=pk)
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(source=self.template, next_year=self.template.fiscal_year + 1)
        return context

    def post(self, request, pk):
        try:
            copy = ita_template.copy_from(self.template.fiscal_year)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("ita_templates:edit", pk)
        messages.success(
            request,
            _("The template of fiscal year %(year)s is ready to edit.")
            % {"year": copy.fiscal_year},
        )
        return redirect("ita_templates:edit", copy.pk)


class TemplateViewSet(ModelViewSet):
    model = ItaTemplate
    form_fields = ["fiscal_year", "title"]
    icon = "list-ol"
    menu_label = _("ITA templates")
    edit_view_class = TemplateEditView
    list_display = ["fiscal_year", "title"]
    copy_view_enabled = False
    add_to_reference_index = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "copy-to-next-year/<int:pk>/",
                CopyToNextYearView.as_view(),
                name="copy_to_next_year",
            ),
        ]


class ItemViewSet(ModelViewSet):
    model = ItaItem
    form_fields = ["template", "number", "code", "indicator", "title_th"]
    icon = "list-ul"
    menu_label = _("ITA items")
    list_display = ["code", "template", "title_th"]
    list_filter = ["template"]
    search_fields = ["code", "title_th"]
    copy_view_enabled = False
    add_to_reference_index = False


class SubitemViewSet(ModelViewSet):
    model = ItaSubitem
    form_fields = SubitemForm.Meta.fields
    icon = "list-ul"
    menu_label = _("ITA sub-items")
    list_display = ["code", "item", "title_th", "evidence_kind", "due"]
    list_filter = ["item__template", "evidence_kind", "round", "heading", "uncertain"]
    search_fields = ["code", "title_th"]
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return SubitemForm


class ItaViewSetGroup(ViewSetGroup):
    menu_label = _("ITA")
    menu_icon = "doc-full-inverse"
    menu_order = 260
    items = (
        EvidenceViewSet("ita_evidence"),
        TemplateViewSet("ita_templates"),
        ItemViewSet("ita_items"),
        SubitemViewSet("ita_subitems"),
    )
