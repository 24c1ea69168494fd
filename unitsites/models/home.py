from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale

from unitsites.home_blocks import HomeBlock, default_layout
from unitsites.routing import route_in_unit
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

    body = StreamField(
        HomeBlock(),
        verbose_name=_("home page blocks"),
        blank=True,
        help_text=_(
            "Leave empty for the standard home page: contact strip, latest news, e-services and "
            "links to ITA and public information."
        ),
    )

    content_panels = StructuralPage.content_panels + [FieldPanel("welcome"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTION_MODELS

    class Meta:
        verbose_name = _("unit home page")
        verbose_name_plural = _("unit home pages")

    @property
    def unit_home(self):
        return self

    def home_blocks(self):
        """The blocks the editors arranged, or the standard layout if they arranged none."""
        return self.body or default_layout()

    def route(self, request, path_components):
        """An English address with no live English page routes to the Thai page at the same
        address, so that the visitor is told it is not translated yet and given the Thai link
        (unitsites.wagtail_hooks.answer_untranslated_pages) instead of a bare 404."""
        try:
            return route_in_unit(self, request, path_components)
        except Http404:
            source = self.get_translation_or_none(Locale.get_default())
            if source is None or source.pk == self.pk:
                raise
            return source.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = section_pages(self)
        return context
