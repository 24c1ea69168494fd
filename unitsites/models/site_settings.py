"""What each unit sets for its own site: logo, colour, contact details and social links.

Provisioning creates the row with the site and lets only the unit's editors and approvers change
it (a `GroupSitePermission` per site, never the global permission, which would open every site:
WAGTAIL-NOTES §7). Settings belong to the site, not to a language, so text that differs by
language has a field per language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from network.models import Unit
from unitsites.colours import darken, validate_brand_colour
from unitsites.references import foreign_references, references_of


@register_setting(icon="site")
class UnitSiteSettings(BaseSiteSetting):
    """The look of the unit's site and the contact details in its footer (REQUIREMENTS C-08, C-10)."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown beside the unit's name at the top of every page."),
    )
    banner = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("banner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide picture shown across the top of the home page."),
    )
    banner_alt = models.CharField(
        _("banner: alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the banner says or shows, for people who cannot see it."),
    )
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        blank=True,
        validators=[validate_brand_colour],
        help_text=_(
            "The colour of the header, as # and six hexadecimal digits (e.g. #0b5e55). White "
            "text must stay readable on it, so light colours are refused. Leave empty for the "
            "network's green."
        ),
    )
    phone = models.CharField(
        _("telephone"), max_length=100, blank=True, help_text=_("e.g. 0 7471 1071")
    )
    fax = models.CharField(_("fax"), max_length=100, blank=True, help_text=_("e.g. 0 7472 1071"))
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("The address the public writes to.")
    )
    address_th = models.TextField(
        _("address in Thai"), blank=True, help_text=_("The postal address, as written in Thai.")
    )
    address_en = models.TextField(
        _("address in English"),
        blank=True,
        help_text=_("The postal address for the English pages; the Thai one is used if empty."),
    )
    opening_hours_th = models.TextField(
        _("opening hours in Thai"),
        blank=True,
        help_text=_("e.g. Monday–Friday 8.30–16.30; shown on the home page."),
    )
    opening_hours_en = models.TextField(
        _("opening hours in English"),
        blank=True,
        help_text=_("For the English pages; the Thai ones are used if empty."),
    )
    map_url = models.URLField(
        _("location map"),
        blank=True,
        max_length=1000,  # map searches carry the Thai name percent-encoded, 9 characters each
        help_text=_("A link to the unit's location on a map (e.g. OpenStreetMap or Google Maps)."),
    )
    dpo_contact = models.TextField(
        _("data protection officer"),
        blank=True,
        help_text=_(
            "Name and contact details of the unit's data protection officer, shown in the "
            "privacy notice of every form. Leave empty if the contact details above serve."
        ),
    )
    facebook_url = models.URLField(
        _("Facebook page"), blank=True, help_text=_("The full address of the Facebook page.")
    )
    line_url = models.URLField(
        _("LINE official account"),
        blank=True,
        help_text=_("The full address of the LINE account, e.g. https://line.me/R/ti/p/@..."),
    )
    youtube_url = models.URLField(
        _("YouTube channel"), blank=True, help_text=_("The full address of the YouTube channel.")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("banner"),
                FieldPanel("banner_alt"),
                FieldPanel("primary_colour"),
            ],
            heading=_("Appearance"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
                FieldPanel("email"),
                FieldPanel("address_th"),
                FieldPanel("address_en"),
                FieldPanel("opening_hours_th"),
                FieldPanel("opening_hours_en"),
                FieldPanel("map_url"),
                FieldPanel("dpo_contact"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("line_url"), FieldPanel("youtube_url")],
            heading=_("Social networks"),
        ),
    ]

    class Meta:
        verbose_name = _("unit site settings")
        verbose_name_plural = _("unit site settings")

    def clean(self):
        super().clean()
        self.primary_colour = self.primary_colour.lower()
        # The logo and banner are the unit's own images, or shared ones (DESIGN.md, Isolation).
        unit_id = Unit.objects.filter(site_id=self.site_id).values_list("pk", flat=True).first()
        found = foreign_references(unit_id, references_of(self)) if unit_id else []
        errors = {}
        for reference in found:
            errors.setdefault(reference.field, []).append(reference.message)
        if errors:
            raise ValidationError(errors)

    def address_for(self, language_code):
        if language_code == "en":
            return self.address_en or self.address_th
        return self.address_th

    def opening_hours_for(self, language_code):
        if language_code == "en":
            return self.opening_hours_en or self.opening_hours_th
        return self.opening_hours_th

    @property
    def primary_colour_dark(self):
        return darken(self.primary_colour) if self.primary_colour else ""

    def social_links(self):
        """[(name, url)] of the networks the unit has filled in, in a fixed order."""
        links = (
            ("Facebook", self.facebook_url),
            ("LINE", self.line_url),
            ("YouTube", self.youtube_url),
        )
        return [(name, url) for name, url in links if url]
