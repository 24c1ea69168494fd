from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class PublicInformationSection(SectionPage):
    """Public information: ข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540."""

    subpage_types = []

    class Meta:
        verbose_name = _("Public information section")
        verbose_name_plural = _("Public information sections")
