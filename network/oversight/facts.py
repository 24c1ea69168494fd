"""What the oversight checks look at, gathered for the whole network in a fixed number of
queries (about a dozen, whatever the number of units), never per unit or per check."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max, Q

from wagtail.models import Locale, Page, WorkflowState, get_page_models

from network.acknowledgement import latest_versions, statement_in_effect
from network.models import Role, TrainingAttendance, Unit, VerbalApproval
from unitsites.models import (
    ContactPage,
    Executive,
    ItaEvidence,
    ItaSubitem,
    NewsPage,
    OrganisationPage,
    ProcurementPlanPage,
    ProcurementReportPage,
    ProcurementSection,
    ProcurementSummaryPage,
    PublicationRequestMixin,
    PublicInformationPage,
    ReportKind,
    StructuralPage,
    UnitHomePage,
)

ROOT_PATH_LENGTH = Page.steplen * 2
SECTION_PATH_LENGTH = Page.steplen * 3


@dataclass
class PageRow:
    """A live page as the checks see it."""

    id: int
    title: str
    model: type
    section: str
    last_published_at: object
    expire_at: object

    @property
    def review_due_at(self):
        """When the page is due for review: its last publication plus its type's interval."""
        days = getattr(self.model, "review_interval_days", None)
        if days is None or self.last_published_at is None:
            return None
        return self.last_published_at + timedelta(days=days)


@dataclass
class ProcurementFacts:
    """The unit's live procurement records (Thai tree), by what the checks count."""

    plans: dict = field(default_factory=dict)  # fiscal year -> plan values
    months: set = field(default_factory=set)  # first days of months with a form สขร.1
    quarters: set = field(default_factory=set)  # (fiscal year, quarter) with a report
    analyses: set = field(default_factory=set)  # fiscal years analysed
    section_id: int | None = None  # the procurement page, where records are added


@dataclass
class UnitFacts:
    """Everything the checks need to know about one unit, in its Thai tree unless said."""

    unit: Unit
    home_id: int | None = None
    section_ids: dict = field(default_factory=dict)  # slug -> Thai section page id
    content: list = field(default_factory=list)  # PageRow of live content pages
    contact: dict | None = None
    organisation_ids: list = field(default_factory=list)
    executives: list = field(default_factory=list)
    oia_sections: set = field(default_factory=set)
    news_dates: list = field(default_factory=list)
    administrators: set = field(default_factory=set)  # active editor and approver user ids
    pending: list = field(default_factory=list)  # (page id, title, submitted at), both languages
    unconfirmed: list = field(default_factory=list)  # VerbalApproval values
    homes: dict = field(default_factory=dict)  # "th"/"en" -> home values
    procurement: ProcurementFacts = field(default_factory=ProcurementFacts)
    section_titles: dict = field(default_factory=dict)  # slug -> Thai section title
    ita_slots: list = field(default_factory=list)  # ItaSubitem values that want the unit's evidence
    ita_evidenced: set = field(default_factory=set)  # sub-item ids with live evidence attached
    last_trained: dict = field(default_factory=dict)  # administrator id -> latest training date
    acknowledged: dict = field(default_factory=dict)  # administrator id -> highest version
    duties_version: int | None = None  # the Computer Crime Act duties in effect

    def content_in(self, section):
        return [row for row in self.content if row.section == section]

    def content_of(self, model_name):
        return [row for row in self.content if row.model.__name__ == model_name]


def _content_models():
    return {
        model
        for model in get_page_models()
        if issubclass(model, PublicationRequestMixin) and not issubclass(model, StructuralPage)
    }


def gather(units):
    """{unit id: UnitFacts} for `units` (an iterable of Unit)."""
    facts = {unit.pk: UnitFacts(unit) for unit in units}
    thai = Locale.get_default()
    by_root = {}
    for home in UnitHomePage.objects.filter(unit__in=facts).values(
        "id", "path", "unit_id", "locale_id", "live", "title", "welcome"
    ):
        unit_facts = facts[home["unit_id"]]
        by_root[home["path"]] = unit_facts
        language = "th" if home["locale_id"] == thai.pk else "en"
        unit_facts.homes[language] = home
        if language == "th":
            unit_facts.home_id = home["id"]

    def owner(path):
        return by_root.get(path[:ROOT_PATH_LENGTH])

    _gather_pages(owner, thai)
    _gather_details(owner, thai)
    _gather_procurement(owner, thai)
    _gather_people(facts)
    _gather_duties(facts)
    _gather_waiting(facts, owner)
    _gather_ita(facts)
    return facts


def _gather_pages(owner, thai):
    content_models = _content_models()
    rows = Page.objects.live().filter(locale=thai, depth__gte=3).order_by("path")
    section_slugs = {}
    for row in rows.values(
        "id", "path", "depth", "slug", "title", "content_type_id", "last_published_at", "expire_at"
    ):
        unit_facts = owner(row["path"])
        if unit_facts is None:
            continue
        if row["depth"] == 3:
            section_slugs[row["path"]] = row["slug"]
            unit_facts.section_ids[row["slug"]] = row["id"]
            unit_facts.section_titles[row["slug"]] = row["title"]
            continue
        model = ContentType.objects.get_for_id(row["content_type_id"]).model_class()
        if model not in content_models:
            continue
        unit_facts.content.append(
            PageRow(
                row["id"],
                row["title"],
                model,
                section_slugs.get(row["path"][:SECTION_PATH_LENGTH], ""),
                row["last_published_at"],
                row["expire_at"],
            )
        )


def _gather_details(owner, thai):
    for contact in (
        ContactPage.objects.live()
        .filter(locale=thai)
        .values("id", "path", "address", "phone", "fax", "email", "latitude", "longitude")
    ):
        if unit_facts := owner(contact["path"]):
            unit_facts.contact = contact
    organisations = {}
    for page in OrganisationPage.objects.live().filter(locale=thai).values("id", "path"):
        if unit_facts := owner(page["path"]):
            unit_facts.organisation_ids.append(page["id"])
            organisations[page["id"]] = unit_facts
    for executive in Executive.objects.filter(page_id__in=organisations).values(
        "page_id", "position", "is_vacant", "name", "phone", "photo_id"
    ):
        organisations[executive["page_id"]].executives.append(executive)
    for item in (
        PublicInformationPage.objects.live().filter(locale=thai).values("path", "oia_section")
    ):
        if unit_facts := owner(item["path"]):
            unit_facts.oia_sections.add(item["oia_section"])
    for news in NewsPage.objects.live().filter(locale=thai).values("path", "date"):
        if unit_facts := owner(news["path"]):
            unit_facts.news_dates.append(news["date"])


def _gather_procurement(owner, thai):
    for section in ProcurementSection.objects.filter(locale=thai).values("id", "path"):
        if unit_facts := owner(section["path"]):
            unit_facts.procurement.section_id = section["id"]
    for plan in (
        ProcurementPlanPage.objects.live()
        .filter(locale=thai)
        .values("id", "path", "fiscal_year", "allocation_date", "announced_on")
    ):
        if unit_facts := owner(plan["path"]):
            unit_facts.procurement.plans[plan["fiscal_year"]] = plan
    for summary in (
        ProcurementSummaryPage.objects.live().filter(locale=thai).values("path", "month")
    ):
        if unit_facts := owner(summary["path"]):
            unit_facts.procurement.months.add(summary["month"])
    for report in (
        ProcurementReportPage.objects.live()
        .filter(locale=thai)
        .values("path", "kind", "fiscal_year", "quarter")
    ):
        if unit_facts := owner(report["path"]):
            if report["kind"] == ReportKind.ANALYSIS:
                unit_facts.procurement.analyses.add(report["fiscal_year"])
            else:
                unit_facts.procurement.quarters.add((report["fiscal_year"], report["quarter"]))


def _gather_people(facts):
    unit_roles = Role.unit_roles()
    members = get_user_model().objects.filter(
        is_active=True,
        groups__unit_role__role__in=unit_roles,
        groups__unit_role__unit__in=facts,
    )
    for unit_id, user_id in members.values_list("groups__unit_role__unit_id", "pk"):
        facts[unit_id].administrators.add(user_id)


def _gather_duties(facts):
    """The administrators' latest training and acknowledged version (seed §3.4, §3.5)."""
    administrators = set().union(*(unit_facts.administrators for unit_facts in facts.values()))
    last_trained = dict(
        TrainingAttendance.objects.filter(user__in=administrators)
        .values("user_id")
        .annotate(latest=Max("training__date"))
        .values_list("user_id", "latest")
    )
    acknowledged = latest_versions(administrators)
    statement = statement_in_effect()
    for unit_facts in facts.values():
        unit_facts.duties_version = statement.version if statement else None
        for user_id in unit_facts.administrators:
            if user_id in last_trained:
                unit_facts.last_trained[user_id] = last_trained[user_id]
            if user_id in acknowledged:
                unit_facts.acknowledged[user_id] = acknowledged[user_id]


def _gather_waiting(facts, owner):
    # In progress only: a rejected request ("needs changes") waits for its editor, not for
    # an approver.
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
    )
    submitted = dict(states.values_list("object_id", "created_at"))
    pages = Page.objects.filter(pk__in=[int(pk) for pk in submitted]).values("id", "path", "title")
    for page in pages:
        if unit_facts := owner(page["path"]):
            unit_facts.pending.append((page["id"], page["title"], submitted[str(page["id"])]))
    for approval in (
        VerbalApproval.objects.unconfirmed()
        .filter(unit__in=facts)
        .values("id", "unit_id", "page_id", "page_title", "created_at")
    ):
        facts[approval["unit_id"]].unconfirmed.append(approval)


def _gather_ita(facts):
    """The ITA slots (sub-items, every fiscal year) that apply to each unit's kind, and those
    answered by a public page or a document (as the public evidence page counts them)."""
    slots = (
        ItaSubitem.objects.filter(heading=False)
        .order_by("item__number", "position")
        .values(
            "id",
            "code",
            "title_th",
            "round",
            "month",
            "due",
            "unit_kinds",
            "item__number",
            "item__template__fiscal_year",
        )
    )
    for unit_facts in facts.values():
        unit_facts.ita_slots = [
            slot for slot in slots if unit_facts.unit.kind in slot["unit_kinds"]
        ]
    public_pages = Page.objects.live().public().values("pk")
    answered = ItaEvidence.objects.filter(unit__in=facts).filter(
        Q(document__isnull=False) | Q(page__in=public_pages)
    )
    for unit_id, subitem_id in answered.values_list("unit_id", "subitem_id"):
        facts[unit_id].ita_evidenced.add(subitem_id)
