from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from unitsites.blocks import BodyBlock

from .base import UnitPage
from .publication import PublicationRequestMixin


class ContentPage(PublicationRequestMixin, UnitPage):
    """A page of text, images, tables and documents: history, vision, plans, reports, policies."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = UnitPage.search_fields + [index.SearchField("body")]
    content_panels = (
        UnitPage.content_panels
        + [FieldPanel("body")]
        + PublicationRequestMixin.publication_request_panels
    )
    subpage_types = ["unitsites.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
