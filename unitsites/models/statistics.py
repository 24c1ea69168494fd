from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class StatisticsSection(SectionPage):
    """Site statistics: สถิติผู้เข้าชมเว็บไซต์และแบบประเมินความพึงพอใจ."""

    subpage_types = []

    class Meta:
        verbose_name = _("Site statistics section")
        verbose_name_plural = _("Site statistics sections")
