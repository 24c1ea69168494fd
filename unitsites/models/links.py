from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class LinksSection(SectionPage):
    """Web links: หน่วยงานในสังกัดและเว็บไซต์ที่เกี่ยวข้อง."""

    subpage_types = []

    class Meta:
        verbose_name = _("Web links section")
        verbose_name_plural = _("Web links sections")
