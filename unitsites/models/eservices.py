from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class EServicesSection(SectionPage):
    """e-Services: บริการออนไลน์."""

    subpage_types = ["unitsites.QuestionBoardPage"]

    class Meta:
        verbose_name = _("e-Services section")
        verbose_name_plural = _("e-Services sections")
