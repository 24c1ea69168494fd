"""e-Services (บริการออนไลน์, category 9; REQUIREMENTS C-16, C-23): the unit's own forms made
with Wagtail's form builder from ready templates, links to e-services run elsewhere, the status
look-up for citizens and the published complaint statistics."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from unitsites.eservices import mail
from unitsites.eservices.formtemplates import FormTemplate, privacy_defaults, template_fields
from unitsites.eservices.pageform import ServiceFormPageForm
from unitsites.eservices.references import new_secret
from unitsites.eservices.statistics import complaint_statistics
from unitsites.eservices.tracking import tracking_response
from unitsites.publicforms import PublicFormMixin
from unitsites.view_restrictions import public
from web.ratelimit import limit_submissions

from .base import UnitPage
from .privacy import PrivacyNoticeMixin
from .publication import PublicationRequestMixin
from .section import SectionPage
from .submissions import ServiceSubmission

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ServiceFormBuilder(FormBuilder):
    """Date fields open the browser's date picker, which sends ISO dates whatever it shows."""

    def create_date_field(self, field, options):
        options.setdefault("widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
        return super().create_date_field(field, options)


class ServiceFormField(AbstractFormField):
    page = ParentalKey("ServiceFormPage", on_delete=models.CASCADE, related_name="form_fields")


class ServiceFormPage(
    PrivacyNoticeMixin, PublicationRequestMixin, EmailFormMixin, FormMixin, UnitPage
):
    """An online form of the unit: a complaint, a corruption complaint, a service or an
    appointment request. Each submission gets a reference number and a secret code with which
    the sender reads the unit's answer; officers answer in the admin (Forms)."""

    form_template = models.CharField(
        _("template"),
        max_length=32,
        choices=FormTemplate.choices,
        default=FormTemplate.BLANK,
        help_text=_(
            "A new form without fields gets the template's fields and privacy texts. The two "
            "complaint templates are counted in the published complaint statistics."
        ),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What the form is for and what happens after sending it."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown after sending, above the reference number and secret code."),
    )

    search_fields = UnitPage.search_fields + [index.SearchField("intro")]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldPanel("form_template"),
            FieldPanel("intro"),
            InlinePanel("form_fields", label=_("Form fields")),
            FieldPanel("thank_you_text"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("to_address"), FieldPanel("from_address")]),
                    FieldPanel("subject"),
                ],
                heading=_("Tell officers of new submissions by e-mail"),
                help_text=_(
                    "The e-mail gives the reference number and a link to the admin, never what "
                    "the person wrote."
                ),
            ),
        ]
        + PrivacyNoticeMixin.privacy_panels
        + PublicationRequestMixin.publication_request_panels
    )
    base_form_class = ServiceFormPageForm
    form_builder = ServiceFormBuilder

    parent_page_types = ["unitsites.EServicesSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("e-service form")
        verbose_name_plural = _("e-service forms")

    @classmethod
    def field_model(cls):
        return ServiceFormField

    @classmethod
    def from_template(cls, template, language, **values):
        """An unsaved form page with the template's fields and privacy notice."""
        page = cls(form_template=template, **{**privacy_defaults(template, language), **values})
        page.form_fields = template_fields(template, ServiceFormField, language)
        return page

    def get_submission_class(self):
        return ServiceSubmission

    def get_submissions_list_view_class(self):
        from unitsites.eservices.admin_views import ServiceSubmissionsListView

        return ServiceSubmissionsListView

    def get_data_fields(self):
        return [
            ("reference", _("Reference number")),
            ("status", _("Status")),
            *super().get_data_fields(),
        ]

    def get_form_class(self):
        return type("ServiceForm", (PublicFormMixin, super().get_form_class()), {})

    def get_form(self, *args, **kwargs):
        kwargs.setdefault("notice", self)
        return super().get_form(*args, **kwargs)

    def sender_email(self, data):
        """The address the sender gave in the form's first e-mail field, if any."""
        for field in self.get_form_fields():
            if field.field_type == "email":
                return data.get(field.clean_name) or ""
        return ""

    def process_form_submission(self, form):
        secret = new_secret()
        submission = ServiceSubmission.objects.record(
            self, form, secret, email=self.sender_email(form.submitted_data())
        )
        submission.secret = secret  # shown once on the landing page, never stored
        mail.send_receipt(submission, secret)
        if self.to_address:
            mail.notify_officers(submission)
        return submission

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        add_never_cache_headers(response)  # the page shows the secret code
        return response

    @method_decorator(limit_submissions("eservice-forms"))
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tracking_url"] = self.get_parent().specific.tracking_url(request)
        return context


class ExternalServicePage(PublicationRequestMixin, UnitPage):
    """An e-service run somewhere else, such as a hospital's queue or appointment app: what it
    does, who runs it and the link."""

    description = models.TextField(
        _("description"), max_length=1000, help_text=_("What people can do with the service.")
    )
    service_url = models.URLField(
        _("web address"), help_text=_("Where the service is, with https://.")
    )
    operator = models.CharField(
        _("run by"),
        max_length=255,
        help_text=_("Who runs the service, e.g. the hospital or a ministry department."),
    )

    search_fields = UnitPage.search_fields + [index.SearchField("description")]
    content_panels = (
        UnitPage.content_panels
        + [FieldPanel("description"), FieldPanel("service_url"), FieldPanel("operator")]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.EServicesSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("external e-service")
        verbose_name_plural = _("external e-services")


class EServicesSection(RoutablePageMixin, SectionPage):
    """e-Services: บริการออนไลน์."""

    subpage_types = [
        "unitsites.ServiceFormPage",
        "unitsites.ExternalServicePage",
        "unitsites.QuestionBoardPage",
    ]

    class Meta:
        verbose_name = _("e-Services section")
        verbose_name_plural = _("e-Services sections")

    def live_children(self, model=Page):
        return public(model.objects.child_of(self).live()).order_by("path")

    def listed_items(self, request):
        """Children other than forms and external services (those have lists of their own),
        each of its own class but read from the page table alone: the list shows titles."""
        return (
            self.live_children().not_type(ServiceFormPage, ExternalServicePage).specific(defer=True)
        )

    def tracking_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("track")

    def tracking_full_url(self):
        return self.get_full_url() + self.reverse_subpage("track")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            forms=self.live_children(ServiceFormPage),
            external_services=self.live_children(ExternalServicePage),
            # The unit's id is on its home page: no need to read the unit.
            complaint_statistics=complaint_statistics(self.unit_home.unit_id, timezone.now()),
            tracking_url=self.tracking_url(request),
        )
        return context

    @path("track/", name="track")
    @method_decorator(limit_submissions("eservice-tracking"))
    def track(self, request):
        """Citizens read the status and answer of a submission with its reference number and
        secret code. A wrong code and an unknown number get the same message."""
        return tracking_response(
            self,
            request,
            ServiceSubmission.objects.find,
            "unitsites/eservices_track.html",
            found_as="submission",
        )
