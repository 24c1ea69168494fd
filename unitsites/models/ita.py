from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class TransparencySection(SectionPage):
    """Transparency (ITA): ศูนย์รวมหลักฐานการประเมินคุณธรรมและความโปร่งใส."""

    subpage_types = ["unitsites.ContentPage"]

    class Meta:
        verbose_name = _("Transparency (ITA) section")
        verbose_name_plural = _("Transparency (ITA) sections")
