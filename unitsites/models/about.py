"""General information (category 1): the section, the organisation structure with its executives,
and the contact page. History, vision, duties, plans and reports are content pages with a topic."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from unitsites.blocks import BodyBlock
from unitsites.references import UnitPageForm
from unitsites.view_restrictions import public

from .base import StructuralPage, UnitPage
from .location import LocationMixin
from .publication import PublicationRequestMixin
from .section import SectionPage

phone_validator = RegexValidator(
    r"^[0-9+][0-9 ()\-,./#A-Za-zก-๙]*$",
    _("Enter a phone number, e.g. 0 7471 1010 or 074-711010 ต่อ 101."),
)


def tel_uri(number):
    """'tel:074711010' for '0 7471 1010 ต่อ 101': the first number, without its extension."""
    first = re.split(r"ต่อ|ext|,|/", number, maxsplit=1)[0]
    digits = re.sub(r"[^0-9+]", "", first)
    return f"tel:{digits}" if digits else ""


line_id_validator = RegexValidator(
    r"^@?[A-Za-z0-9._-]{2,40}$", _("Enter the LINE official account ID, e.g. @satunhealth.")
)


class AboutSection(SectionPage):
    """General information: ข้อมูลทั่วไปของหน่วยงาน: ประวัติ วิสัยทัศน์ พันธกิจ โครงสร้าง ผู้บริหาร และช่องทางติดต่อ."""

    subpage_types = ["unitsites.ContentPage", "unitsites.OrganisationPage", "unitsites.ContactPage"]

    class Meta:
        verbose_name = _("General information section")
        verbose_name_plural = _("General information sections")

    def listed_items(self, request):
        """In the order editors give the pages in the admin, not by date: it is a table of contents."""
        return public(self.get_children().live()).specific(defer=True).order_by("path")


class OrganisationPage(PublicationRequestMixin, UnitPage):
    """The organisation structure and the executives (REQUIREMENTS C-03, C-04)."""

    chart = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("organisation chart"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A picture of the organisation chart. The structure text below describes it."),
    )
    structure = RichTextField(
        _("structure"),
        features=["h2", "h3", "bold", "ol", "ul", "link"],
        help_text=_(
            "The divisions (กลุ่มงาน/ฝ่าย) and key positions as text; "
            "it is also the text alternative of the chart."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("more information"),
        blank=True,
        help_text=_("Anything else, such as the chart as a PDF."),
    )

    search_fields = UnitPage.search_fields + [index.SearchField("structure")]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldPanel("chart"),
            FieldPanel("structure"),
            InlinePanel("executives", min_num=1, label=_("Executives")),
            FieldPanel("body"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.AboutSection"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation structure page")
        verbose_name_plural = _("organisation structure pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["executives"] = self.executives.select_related("photo")
        return context


class Executive(Orderable):
    """The head or a deputy: photo, full name, position and phone, all four, or a vacant post
    (MOIT2 item 1.1 "มีครบ 4 รายการ"; a vacant post reads "ตำแหน่งว่าง")."""

    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="executives")
    position = models.CharField(
        _("position"),
        max_length=255,
        help_text=_("e.g. ผู้อำนวยการโรงพยาบาลสตูล (the full title of the post)."),
    )
    is_vacant = models.BooleanField(
        _("vacant"),
        default=False,
        help_text=_("Tick when nobody holds this post; then only the position is needed."),
    )
    name = models.CharField(
        _("full name"),
        max_length=255,
        blank=True,
        help_text=_("With the title, e.g. นายแพทย์สมชาย ใจดี."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(
        _("phone"),
        max_length=64,
        blank=True,
        validators=[phone_validator],
        help_text=_("A work number the public may call."),
    )

    panels = [
        FieldRowPanel([FieldPanel("position"), FieldPanel("is_vacant")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("phone")]),
        FieldPanel("photo"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("executive")
        verbose_name_plural = _("executives")

    def __str__(self):
        return self.position if self.is_vacant else f"{self.name} ({self.position})"

    @property
    def phone_uri(self):
        return tel_uri(self.phone)

    def clean(self):
        super().clean()
        if self.is_vacant:
            return
        missing = {
            field: ValidationError(_("Required unless the post is vacant."))
            for field, value in (("name", self.name), ("phone", self.phone), ("photo", self.photo))
            if not value
        }
        if missing:
            raise ValidationError(missing)


class ContactPageForm(UnitPageForm):
    """Address, phone, e-mail and the map are required when the page is submitted or published
    (MOIT2 item 1.7). They are not required by the model because provisioning creates the page
    before the unit has entered them."""

    required_fields = ("address", "phone", "email", "latitude", "longitude")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.required_fields:
            self.fields[name].required = True


class ContactPage(LocationMixin, PublicationRequestMixin, StructuralPage):
    """How to reach the unit: address, phone, fax, e-mail, office hours, social accounts and a map.
    One per site, at the fixed address about/contact."""

    review_interval_days = 90

    address = models.TextField(
        _("address"), blank=True, help_text=_("The full postal address, with the postcode.")
    )
    phone = models.CharField(_("phone"), max_length=128, blank=True, validators=[phone_validator])
    fax = models.CharField(
        _("fax"),
        max_length=128,
        blank=True,
        validators=[phone_validator],
        help_text=_("The assessment (MOIT2 item 1.7) counts a fax number among the five details."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.TextField(
        _("office hours"),
        blank=True,
        help_text=_("e.g. วันจันทร์–วันศุกร์ 08.30–16.30 น. (เว้นวันหยุดราชการ)."),
    )
    line_id = models.CharField(
        _("LINE official account"),
        max_length=41,
        blank=True,
        validators=[line_id_validator],
        help_text=_("The account ID, e.g. @satunhealth."),
    )
    facebook_url = models.URLField(
        _("Facebook page"), blank=True, help_text=_("The full address of the unit's Facebook page.")
    )

    base_form_class = ContactPageForm
    content_panels = (
        StructuralPage.content_panels
        + [
            FieldPanel("address"),
            FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
            FieldRowPanel([FieldPanel("email"), FieldPanel("office_hours")]),
            MultiFieldPanel(
                [FieldPanel("line_id"), FieldPanel("facebook_url")],
                heading=_("Social media"),
            ),
            MultiFieldPanel(LocationMixin.location_panels, heading=_("Location on the map")),
        ]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.AboutSection"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    @property
    def phone_uri(self):
        return tel_uri(self.phone)

    @property
    def map_label(self):
        return self.unit_home.title if self.unit_home else self.title

    @property
    def line_url(self):
        return f"https://line.me/R/ti/p/@{self.line_id.lstrip('@')}" if self.line_id else ""
