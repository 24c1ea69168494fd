from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class ManualsSection(SectionPage):
    """Operating manuals: คู่มือการปฏิบัติงาน."""

    subpage_types = []

    class Meta:
        verbose_name = _("Operating manuals section")
        verbose_name_plural = _("Operating manuals sections")
