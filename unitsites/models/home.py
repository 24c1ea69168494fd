from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from unitsites.sections import SECTION_MODELS, section_pages

from .base import StructuralPage


class UnitHomePage(StructuralPage):
    """The front page of one unit's site, in Thai at / and in English at /en/."""

    unit = models.ForeignKey(
        "network.Unit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="home_pages",
        editable=False,
    )
    welcome = RichTextField(
        _("welcome text"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short introduction shown at the top of the home page."),
    )

    content_panels = StructuralPage.content_panels + [FieldPanel("welcome")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTION_MODELS

    class Meta:
        verbose_name = _("unit home page")
        verbose_name_plural = _("unit home pages")

    @property
    def unit_home(self):
        return self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = section_pages(self)
        return context
