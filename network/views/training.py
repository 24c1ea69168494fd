"""Staff training in the admin (seed §3.5): the province records trainings and who attended; each
person sees their own; certificates are handed out only to those allowed to see them."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from network.access import (
    UserWidePermissionPolicy,
    oversees_network,
    units_reported_to,
)
from network.models import Training, TrainingAttendance, TrainingTopic
from unitsites.templatetags.thai_dates import display_date
from web.file_content import check_document_content

RECORD_ACTIONS = frozenset({"add", "change", "delete", "view"})


def records_trainings(user):
    """The province records trainings: moderators and central administrators (seed §3.5)."""
    return oversees_network(user)


class TrainingPermissionPolicy(UserWidePermissionPolicy):
    def user_has_permission(self, user, action):
        return action in RECORD_ACTIONS and records_trainings(user)


class TrainingForm(WagtailAdminModelForm):
    topics = forms.MultipleChoiceField(
        label=_("topics"), choices=TrainingTopic.choices, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The bytes must be what the extension says (REQUIREMENTS S-10). Checked in this form,
        # the one way certificates arrive, because the models sit below web.file_content.
        attendances = self.formsets["attendances"].forms
        for field in (self.fields["certificate"], *(f.fields["certificate"] for f in attendances)):
            field.validators.append(check_document_content)


training_permission_policy = TrainingPermissionPolicy(Training)


class TrainingViewSet(ModelViewSet):
    model = Training
    icon = "doc-full"
    menu_label = _("Trainings")
    add_to_admin_menu = False  # in the duties menu (network.hooks.duties)
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("hours")]),
            FieldPanel("topics"),
            FieldPanel("organiser"),
            FieldPanel("certificate"),
            InlinePanel("attendances", heading=_("Attendees"), label=_("attendee")),
        ],
        base_form_class=TrainingForm,
    )
    list_display = [
        "title",
        Column("date", label=_("date"), accessor=lambda training: display_date(training.date)),
        "hours",
        Column("topics", label=_("topics"), accessor=lambda t: ", ".join(t.topic_labels)),
    ]
    search_fields = ["title", "organiser"]
    ordering = ["-date", "title"]


training_viewset = TrainingViewSet("trainings")


class MyTrainingsView(WagtailAdminTemplateMixin, TemplateView):
    """The trainings the signed-in person attended, newest first."""

    template_name = "network/my_trainings.html"
    page_title = _("My trainings")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attendances"] = (
            TrainingAttendance.objects.filter(user=self.request.user)
            .select_related("training")
            .order_by("-training__date")
        )
        return context


def _may_read_certificate(user, attendees):
    """Those who record trainings, the attendees, and whoever reads an attendee's unit."""
    if records_trainings(user) or user.pk in {person.pk for person in attendees}:
        return True
    return (
        units_reported_to(user)
        .filter(role_groups__group__user__in=[person.pk for person in attendees])
        .exists()
    )


def certificate(request, kind, pk):
    """A training's or an attendance's certificate, as a download."""
    if kind == "training":
        training = get_object_or_404(Training, pk=pk)
        attendees = [attendance.user for attendance in training.attendances.all()]
        file = training.certificate
    elif kind == "attendance":
        attendance = get_object_or_404(TrainingAttendance.objects.select_related("user"), pk=pk)
        attendees = [attendance.user]
        file = attendance.certificate
    else:
        raise Http404
    if not _may_read_certificate(request.user, attendees):
        raise PermissionDenied
    if not file:
        raise Http404
    return FileResponse(file.open("rb"), as_attachment=True)


def training_urls():
    return [
        path("duties/my-trainings/", MyTrainingsView.as_view(), name="network_my_trainings"),
        path(
            "duties/certificate/<str:kind>/<int:pk>/",
            certificate,
            name="network_training_certificate",
        ),
    ]
