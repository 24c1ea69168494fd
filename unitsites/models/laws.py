from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class LawsSection(SectionPage):
    """Laws and regulations: กฎหมายและระเบียบที่เกี่ยวข้อง."""

    subpage_types = []

    class Meta:
        verbose_name = _("Laws and regulations section")
        verbose_name_plural = _("Laws and regulations sections")
