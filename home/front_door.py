"""What the portal's front door shows of the whole network: the provincial office, the latest
news of every unit by kind, coming activities and the office's e-services.

Each list is one query however many units there are; the unit of each item is found from its
path among the unit homes, read once (a page's unit home is its ancestor at the top of its tree).
"""

from dataclasses import dataclass

from django.db.models import F, Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone

from wagtail.models import Locale

from network.models import Unit, UnitKind
from unitsites.models import (
    EventPage,
    ExternalServicePage,
    NewsPage,
    ServiceFormPage,
    UnitHomePage,
    UnitSiteSettings,
)
from unitsites.models.news import NewsKind
from unitsites.references import unit_tree_top
from unitsites.view_restrictions import public

NEWS_KINDS = (NewsKind.PROCUREMENT, NewsKind.JOB, NewsKind.GENERAL)
NEWS_PER_KIND = 5
EVENTS_SHOWN = 6


@dataclass
class NetworkItem:
    page: object
    unit: Unit


class NetworkHomes:
    """The unit homes in one language: open ones name their items, closed ones hide theirs."""

    def __init__(self, locale):
        self.locale = locale
        homes = UnitHomePage.objects.filter(locale=locale).select_related("unit")
        self.open = {}
        self.closed = []
        for home in homes:
            if home.live and home.unit.is_active and home.unit.site_id:
                self.open[home.path] = home
            else:
                self.closed.append(home.path)

    def pages(self, queryset):
        """`queryset` narrowed to live public pages of open units in this language."""
        queryset = public(queryset.live()).filter(locale=self.locale)
        for path in self.closed:
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    def named(self, pages):
        """[NetworkItem] of `pages` with the unit each belongs to."""
        items = []
        for page in pages:
            home = self.open.get(unit_tree_top(page))
            if home is not None:
                items.append(NetworkItem(page, home.unit))
        return items

    def home_of(self, unit):
        return next((home for home in self.open.values() if home.unit_id == unit.pk), None)


def latest_news(homes):
    """[(kind label, kind, [NetworkItem])] for procurement, jobs and general news: the latest
    of each kind, numbered within its kind so that one query holds them all."""
    newest_first = [F("date").desc(), F("pk").desc()]
    news = (
        homes.pages(NewsPage.objects.filter(kind__in=NEWS_KINDS))
        .annotate(rank=Window(RowNumber(), partition_by=F("kind"), order_by=newest_first))
        .filter(rank__lte=NEWS_PER_KIND)
        .order_by(*newest_first)
    )
    items = homes.named(news)
    return [
        (kind.label, kind.value, [item for item in items if item.page.kind == kind])
        for kind in NEWS_KINDS
    ]


def coming_events(homes):
    """[NetworkItem] of the activities not yet over, soonest first."""
    events = homes.pages(EventPage.objects.all()).annotate(finish=Coalesce("end", "start"))
    return homes.named(
        events.filter(finish__gte=timezone.now()).order_by("start", "pk")[:EVENTS_SHOWN]
    )


def provincial_office(units):
    """The first provincial office among `units` (the active ones with a site)."""
    offices = [unit for unit in units if unit.kind == UnitKind.PROVINCIAL_OFFICE]
    return min(offices, key=lambda unit: unit.pk, default=None)


def office_settings(office):
    if office is None:
        return None
    return UnitSiteSettings.objects.filter(site_id=office.site_id).select_related("logo").first()


def office_services(homes, office):
    """[NetworkItem] of the provincial office's e-services, the portal's quick links."""
    home = homes.home_of(office) if office else None
    if home is None:
        return []
    services = homes.pages(
        home.get_descendants().type(ServiceFormPage, ExternalServicePage)
    ).order_by("path")
    return homes.named(services)


def front_door(language_code, units):
    """The front door's lists; `units` are the active units with a site."""
    locale = Locale.get_active()
    homes = NetworkHomes(locale)
    office = provincial_office(units)
    return {
        "office": office,
        "office_name": office.name_for(language_code) if office else "",
        "office_settings": office_settings(office),
        "news_by_kind": latest_news(homes),
        "events": coming_events(homes),
        "services": office_services(homes, office),
    }
