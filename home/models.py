from itertools import groupby

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.front_door import front_door
from network.models import Unit, UnitKind
from unitsites.view_restrictions import restrictions_on_path


class PortalHomePage(Page):
    """The network's front door: the provincial office, the search box, the latest news and
    activities of every unit, the office's e-services and the directory of units by district."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the directory of units."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = []
    max_count = 2  # the Thai portal home and its English translation

    class Meta:
        verbose_name = _("portal home page")

    def directory(self, units):
        """`units` (the active ones with a site) as [(district, [(kind label, [units])])],
        districts in Thai order."""
        kind_order = {kind: index for index, kind in enumerate(UnitKind.values)}
        units = sorted(units, key=lambda unit: (unit.district, kind_order[unit.kind], unit.name_th))
        return [
            (
                district,
                [
                    (UnitKind(kind).label, list(kind_units))
                    for kind, kind_units in groupby(district_units, key=lambda unit: unit.kind)
                ],
            )
            for district, district_units in groupby(units, key=lambda unit: unit.district)
        ]

    def get_view_restrictions(self):
        return restrictions_on_path(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units = list(Unit.objects.filter(is_active=True, site__isnull=False))
        context["directory"] = self.directory(units)
        context.update(front_door(get_language(), units))
        return context
