from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from unitsites.blocks import BodyBlock
from unitsites.sections import POLICY_SECTIONS

from .base import StructuralPage
from .publication import PublicationRequestMixin


class PolicyPage(PublicationRequestMixin, StructuralPage):
    """A policy every unit publishes and links from the footer of every page (REQUIREMENTS C-26):
    the website policy, the privacy policy and the website security policy (S-15). Provisioning
    creates them at fixed addresses; editors write and update their text."""

    review_interval_days = 365

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = StructuralPage.search_fields + [index.SearchField("body")]
    content_panels = (
        StructuralPage.content_panels
        + [FieldPanel("body")]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.UnitHomePage"]
    subpage_types = []
    max_count_per_parent = len(POLICY_SECTIONS)

    class Meta:
        verbose_name = _("policy page")
        verbose_name_plural = _("policy pages")
