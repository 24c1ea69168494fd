"""How staff members sign: the name and position printed on publication records (W-02, W-03)."""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfile(models.Model):
    """A staff member's official name and position, as written on the request-to-publish form."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="staff_profile",
    )
    full_name = models.CharField(
        _("full name"),
        max_length=255,
        blank=True,
        help_text=_("Your name with title as on official forms, e.g. นางสาวสมใจ ใจดี."),
    )
    position = models.CharField(
        _("position"),
        max_length=255,
        blank=True,
        help_text=_("Your official position, e.g. นักวิชาการคอมพิวเตอร์ปฏิบัติการ."),
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return self.full_name or str(self.user)


@dataclass(frozen=True)
class Signatory:
    """A person as a record shows them: name and position, frozen at the time they acted."""

    name: str = ""
    position: str = ""


def signatory(user):
    """The name and position `user` signs with; the profile wins over the account's name.

    Never the username: a form signed "editor1" is no evidence of who acted."""
    if user is None:
        return Signatory()
    profile = StaffProfile.objects.filter(user=user).first()
    name = (profile.full_name.strip() if profile else "") or user.get_full_name().strip()
    return Signatory(name=name, position=profile.position.strip() if profile else "")


def missing_signatory_details(user):
    """What the account still lacks to sign a request or an approval: [] when it has both a
    full name and a position, else the missing fields' names (translated)."""
    person = signatory(user)
    return [
        StaffProfile._meta.get_field(field).verbose_name
        for field, value in (("full_name", person.name), ("position", person.position))
        if not value
    ]
