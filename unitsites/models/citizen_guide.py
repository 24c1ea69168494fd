from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class CitizenGuideSection(SectionPage):
    """Citizen's manual: คู่มือสำหรับประชาชน."""

    subpage_types = []

    class Meta:
        verbose_name = _("Citizen's manual section")
        verbose_name_plural = _("Citizen's manual sections")
