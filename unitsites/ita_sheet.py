"""A unit's ITA evidence for one fiscal year, slot by slot, as the public page shows it: every item
and sub-item of the year's template that applies to the unit's kind, each with the live pages and
documents attached to it. Staff of the unit (and moderators) also see the empty slots and the
request-to-publish record of each page; the public never sees a gap."""

from dataclasses import dataclass, field

from django.urls import reverse

from wagtail.models import Page

from network.access import pages_in_care_of
from network.models import PublicationRecord
from unitsites.models.ita_evidence import ItaEvidence
from unitsites.models.ita_template import ItaItem, ItaSubitem, ItaTemplate
from unitsites.view_restrictions import public


def is_unit_staff(user, unit):
    """Signed in with edit or publish permission on the unit's pages (its staff, moderators)."""
    if not (user.is_authenticated and user.is_active):
        return False
    return pages_in_care_of(user).filter(path__in=unit.home_pages.values("path")).exists()


@dataclass
class Link:
    title: str
    url: str
    record_url: str = ""


@dataclass
class Slot:
    subitem: ItaSubitem
    links: list = field(default_factory=list)

    @property
    def is_gap(self):
        return not self.subitem.heading and not self.links


@dataclass
class ItemSheet:
    item: ItaItem
    slots: list


def template_years():
    return list(ItaTemplate.objects.values_list("fiscal_year", flat=True))


def _in_language(pages, locale):
    """{translation_key: the live public translation in `locale`} of `pages` in other languages."""
    keys = {page.translation_key for page in pages if page.locale_id != locale.pk}
    translations = public(Page.objects.filter(translation_key__in=keys, locale=locale).live())
    return {page.translation_key: page for page in translations}


def _links_by_subitem(unit, subitems, request, with_records, locale):
    evidence = (
        ItaEvidence.objects.filter(unit=unit, subitem__in=subitems)
        .select_related("page", "document")
        .order_by("pk")
    )
    page_ids = [e.page_id for e in evidence if e.page_id]
    shown = set(public(Page.objects.filter(pk__in=page_ids).live()).values_list("pk", flat=True))
    live = [e for e in evidence if e.document_id or e.page_id in shown]
    records = {}
    if with_records:
        page_ids = [e.page_id for e in live if e.page_id]
        for record in PublicationRecord.objects.filter(page_id__in=page_ids).order_by("pk"):
            records[record.page_id] = reverse("network_publication_record", args=[record.pk])
    # On the English site a Thai page answers through its English twin where there is one.
    twins = _in_language([e.page for e in live if e.page_id], locale) if locale else {}
    links = {}
    for item in live:
        if item.page_id:
            # Its own class for its address, without reading its own fields: no query a link.
            page = twins.get(item.page.translation_key, item.page).specific_deferred
            title = item.label or page.title
            link = Link(title, page.get_url(request), records.get(item.page_id, ""))
        else:
            link = Link(item.title, item.document.url)
        links.setdefault(item.subitem_id, []).append(link)
    return links


def sheet(unit, fiscal_year, request, staff, locale=None):
    """[ItemSheet] for the unit and year (empty without a template); gaps only for `staff`;
    pages in `locale` where they are translated."""
    subitems = [
        subitem
        for subitem in ItaSubitem.objects.filter(item__template__fiscal_year=fiscal_year)
        .select_related("item")
        .order_by("item__number", "position")
        if subitem.applies_to(unit.kind)
    ]
    links = _links_by_subitem(unit, subitems, request, staff, locale)
    items = {}
    for subitem in subitems:
        slot = Slot(subitem, links.get(subitem.pk, []))
        items.setdefault(subitem.item_id, ItemSheet(subitem.item, [])).slots.append(slot)
    if staff:
        return list(items.values())
    return [ItemSheet(i.item, _answered(i.slots)) for i in items.values() if _answered(i.slots)]


def _answered(slots):
    """The slots with evidence, and the headings above them: what the public sees."""
    filled_refs = [slot.subitem.ref for slot in slots if slot.links]
    return [
        slot
        for slot in slots
        if slot.links
        or (
            slot.subitem.heading
            and any(ref.startswith(f"{slot.subitem.ref}.") for ref in filled_refs)
        )
    ]
