from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class AboutSection(SectionPage):
    """General information: ข้อมูลทั่วไปของหน่วยงาน: ประวัติ วิสัยทัศน์ พันธกิจ โครงสร้าง ผู้บริหาร และช่องทางติดต่อ."""

    subpage_types = ["unitsites.ContentPage"]

    class Meta:
        verbose_name = _("General information section")
        verbose_name_plural = _("General information sections")
