"""Web links (ลิงก์หน่วยงาน, REQUIREMENTS C-21): the unit's affiliated units, taken from the
registry so they never go stale, and groups of links to outside sites kept by the editors."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from network.models import Unit, UnitKind
from unitsites.view_restrictions import public

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
            public(LinkGroupPage.objects.child_of(self).live())
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
        # Each relation as a query condition and the same rule for a unit already read: the
        # relatives come in one query, then are sorted into their relations.
        relations = {
            "parent": (Q(pk=unit.parent_id), lambda other: other.pk == unit.parent_id),
            "children": (Q(parent=unit), lambda other: other.parent_id == unit.pk),
        }
        if unit.kind == UnitKind.HEALTH_PROMOTING_HOSPITAL and unit.parent_id:
            relations["siblings"] = (
                Q(parent_id=unit.parent_id) & ~Q(pk=unit.pk),
                lambda other: other.parent_id == unit.parent_id and other.pk != unit.pk,
            )
        if unit.kind == UnitKind.PROVINCIAL_OFFICE:
            relations["network"] = (
                ~Q(pk=unit.pk) & ~Q(parent=unit),
                lambda other: other.pk != unit.pk and other.parent_id != unit.pk,
            )
        if not unit.parent_id:
            del relations["parent"]
        relatives = list(
            Unit.objects.filter(is_active=True, site__isnull=False)
            .filter(reduce(or_, (condition for condition, _rule in relations.values())))
            .order_by("kind", "code")
        )
        return {
            relation: [
                AffiliatedUnit(
                    relative.name_for(language), unit_site_url(relative, request, language)
                )
                for relative in relatives
                if relation in relations and relations[relation][1](relative)
            ]
            for relation in ("parent", "children", "siblings", "network")
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["affiliated"] = self.affiliated_units(request)
        return context
