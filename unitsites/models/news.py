from django.utils.translation import gettext_lazy as _

from .section import SectionPage


class NewsSection(SectionPage):
    """News: ข่าวประชาสัมพันธ์ ประกาศ และปฏิทินกิจกรรม."""

    subpage_types = []

    class Meta:
        verbose_name = _("News section")
        verbose_name_plural = _("News sections")
