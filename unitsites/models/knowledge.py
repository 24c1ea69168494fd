from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class KnowledgeSection(SectionPage):
    """Knowledge: องค์ความรู้ งานวิจัย บทความ และสถิติ."""

    subpage_types = []

    class Meta:
        verbose_name = _("Knowledge section")
        verbose_name_plural = _("Knowledge sections")
