"""Web links (ลิงก์หน่วยงาน, REQUIREMENTS C-21): the unit's affiliated units, taken from the
registry so they never go stale, and groups of links to outside sites kept by the editors."""

from dataclasses import dataclass

from django.db import models
from django.http.request import split_domain_port
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from network.models import Unit, UnitKind

from .base import UnitPage
from .publication import PublicationRequestMixin
from .section import SectionPage


def unit_site_url(unit, request, language):
    """The address of `unit`'s site as seen from this request: same scheme and port, so the
    links also work on a development server (pho-satun.localhost:8000)."""
    _host, port = split_domain_port(request.get_host())
    default_port = "443" if request.is_secure() else "80"
    netloc = unit.hostname if port in ("", default_port) else f"{unit.hostname}:{port}"
    return f"{request.scheme}://{netloc}{'/en/' if language == 'en' else '/'}"


@dataclass
class AffiliatedUnit:
    name: str
    url: str


class LinkGroupPage(PublicationRequestMixin, UnitPage):
    """A heading with a list of links to outside sites, e.g. "Government agencies"."""

    content_panels = (
        UnitPage.content_panels
        + [InlinePanel("links", label=_("Links"), min_num=1)]
        + PublicationRequestMixin.publication_request_panels
    )

    parent_page_types = ["unitsites.LinksSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("group of links")
        verbose_name_plural = _("groups of links")


class OutsideLink(Orderable):
    """A link to a site outside the network."""

    page = ParentalKey(LinkGroupPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(
        _("title"), max_length=255, help_text=_("The name of the site or agency.")
    )
    url = models.URLField(_("address (URL)"), help_text=_("The full address, https://…"))
    description = models.CharField(
        _("description"),
        max_length=255,
        blank=True,
        help_text=_("What visitors find there, in a few words."),
    )

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")


class LinksSection(SectionPage):
    """Web links: หน่วยงานในสังกัดและเว็บไซต์ที่เกี่ยวข้อง."""

    subpage_types = ["unitsites.LinkGroupPage"]

    class Meta:
        verbose_name = _("Web links section")
        verbose_name_plural = _("Web links sections")

    def listed_items(self, request):
        return (
            LinkGroupPage.objects.child_of(self)
            .live()
            .public()
            .order_by("path")
            .prefetch_related("links")
        )

    def affiliated_units(self, request):
        """This unit's relatives in the registry, by relation: the unit it reports to
        ("parent"), the units reporting to it ("children"), for a health-promoting hospital
        the other units under the same district office ("siblings"), and for the provincial
        office every other unit of the network ("network", REQUIREMENTS C-21)."""
        unit = self.unit
        language = (get_language() or "th")[:2]
        units = Unit.objects.filter(is_active=True, site__isnull=False).order_by("kind", "code")
        relatives = {
            "parent": units.filter(pk=unit.parent_id),
            "children": units.filter(parent=unit),
            "siblings": units.none(),
            "network": units.none(),
        }
        if unit.kind == UnitKind.HEALTH_PROMOTING_HOSPITAL and unit.parent_id:
            relatives["siblings"] = units.filter(parent_id=unit.parent_id).exclude(pk=unit.pk)
        if unit.kind == UnitKind.PROVINCIAL_OFFICE:
            relatives["network"] = units.exclude(pk=unit.pk).exclude(parent=unit)
        return {
            relation: [
                AffiliatedUnit(
                    relative.name_for(language), unit_site_url(relative, request, language)
                )
                for relative in queryset
            ]
            for relation, queryset in relatives.items()
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["affiliated"] = self.affiliated_units(request)
        return context
