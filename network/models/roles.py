"""The groups that carry each role, per unit for editors and approvers, network-wide otherwise."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    EDITOR = "editor", _("Unit editor")
    APPROVER = "approver", _("Unit approver")
    MODERATOR = "moderator", _("Provincial moderator")
    CENTRAL_ADMIN = "central_admin", _("Central administrator")

    @classmethod
    def unit_roles(cls):
        return (cls.EDITOR, cls.APPROVER)


class UnitRoleGroup(models.Model):
    """Which Django group holds a role: one per unit for unit roles, one for network roles."""

    unit = models.ForeignKey(
        "network.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="role_groups",
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="unit_role"
    )

    class Meta:
        verbose_name = _("role group")
        verbose_name_plural = _("role groups")
        constraints = [
            models.UniqueConstraint(fields=["unit", "role"], name="one_group_per_unit_role"),
            models.UniqueConstraint(
                fields=["role"],
                condition=models.Q(unit__isnull=True),
                name="one_group_per_network_role",
            ),
        ]

    def __str__(self):
        return self.group.name
