"""The registry of units: the floor every other layer stands on."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

hostname_validator = RegexValidator(
    regex=r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$",
    message=_(
        "Enter a host name of lower-case letters, digits, hyphens and dots only, "
        "such as satunhospital.localhost (no http://, no port, no path)."
    ),
)

code_validator = RegexValidator(
    regex=r"^[A-Za-z0-9][A-Za-z0-9-]{0,31}$",
    message=_("Use letters, digits and hyphens only (at most 32 characters)."),
)


class UnitKind(models.TextChoices):
    PROVINCIAL_OFFICE = "provincial_office", _("Provincial public health office")
    HOSPITAL = "hospital", _("Hospital")
    DISTRICT_OFFICE = "district_office", _("District public health office")
    HEALTH_PROMOTING_HOSPITAL = (
        "health_promoting_hospital",
        _("Sub-district health-promoting hospital"),
    )


class Affiliation(models.TextChoices):
    MOPH = "moph", _("Ministry of Public Health")
    PAO = "pao", _("Provincial Administrative Organisation")


class Unit(models.Model):
    """An affiliated unit of the provincial network, tied one-to-one to its Wagtail site."""

    code = models.CharField(
        _("unit code"),
        max_length=32,
        unique=True,
        validators=[code_validator],
        help_text=_("The MOPH facility code where there is one, otherwise an office code."),
    )
    kind = models.CharField(_("kind of unit"), max_length=32, choices=UnitKind.choices)
    name_th = models.CharField(_("name in Thai"), max_length=255)
    name_en = models.CharField(_("name in English"), max_length=255)
    district = models.CharField(
        _("district"), max_length=100, blank=True, help_text=_("The district (amphoe) in Thai.")
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("The unit this one reports to."),
    )
    hostname = models.CharField(
        _("host name"),
        max_length=253,
        unique=True,
        validators=[hostname_validator],
        help_text=_("The web address of the unit's site, without http://."),
    )
    affiliation = models.CharField(
        _("affiliation"),
        max_length=8,
        choices=Affiliation.choices,
        default=Affiliation.MOPH,
        help_text=_("Whether the unit is run by the ministry or has moved to the province's PAO."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive units' sites stop answering.")
    )
    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="unit",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("media collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="unit",
    )

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name_th} ({self.code})"

    def clean(self):
        super().clean()
        if self.hostname:
            self.hostname = self.hostname.strip().lower()
        self._check_parent_cycle()

    def _check_parent_cycle(self):
        seen = {self.pk} if self.pk else set()
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk in seen or ancestor.code == self.code:
                raise ValidationError(
                    {"parent": _("This parent would make the unit its own ancestor.")}
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent

    def name_for(self, language_code):
        return self.name_en if language_code == "en" else self.name_th
