"""The yearly monitoring report of a unit's website (MOIT 1, REQUIREMENTS W-12): for one Buddhist
Era fiscal year, what was published per category and whether on time, what was taken down, and
which requests were rejected and why. It is read from what the portal already keeps: the
publication records, the pages' audit log and the workflow's task states."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail.models import Locale, Page, PageLogEntry, TaskState

from network.models import PublicationRecord, Signatory, signatory
from network.publication.records import category_of, records_for
from unitsites.models import Executive, OrganisationPage
from unitsites.models.ita_evidence import pages_of
from unitsites.thaidates import fiscal_year_bounds, local, thai_date

from .checks import CHECKS_BY_ID

# Without a requested start, the rule book's approval is due within the days a request may wait
# (the "requests-waiting" check).
APPROVAL_DAYS = CHECKS_BY_ID["requests-waiting"].params["days"]
EXPIRED = "wagtail.unpublish.scheduled"
UNPUBLISHED = "wagtail.unpublish"
TAKE_DOWN_IN_THAI = {EXPIRED: "หมดอายุตามกำหนด", UNPUBLISHED: "ถอนการเผยแพร่"}


def deadline_of(record):
    """When the publication was due: the start the request asked for, else the approval's time
    limit after the request; None when the record names neither."""
    if record.go_live_at:
        day = local(record.go_live_at).date() + timedelta(days=1)
        return timezone.make_aware(datetime.combine(day, time.min)) - timedelta(microseconds=1)
    if record.requested_at:
        return record.requested_at + timedelta(days=APPROVAL_DAYS)
    return None


@dataclass(frozen=True)
class Publication:
    record: PublicationRecord
    deadline: datetime | None

    @property
    def late(self):
        return self.deadline is not None and self.record.published_at > self.deadline


@dataclass(frozen=True)
class CategoryLine:
    category: str
    published: int
    on_time: int
    late: int
    taken_down: int


@dataclass(frozen=True)
class TakeDown:
    title: str
    category: str
    url: str
    at: datetime
    action: str
    by: Signatory

    @property
    def how_in_thai(self):
        return TAKE_DOWN_IN_THAI[self.action]


@dataclass(frozen=True)
class RejectedRequest:
    title: str
    category: str
    at: datetime
    by: Signatory
    reason: str


@dataclass
class MonitoringReport:
    unit: object
    fiscal_year: int
    publications: list
    taken_down: list
    rejected: list
    head: Signatory

    @property
    def bounds(self):
        return fiscal_year_bounds(self.fiscal_year)

    @property
    def late(self):
        return [publication for publication in self.publications if publication.late]

    @property
    def on_time_count(self):
        return len(self.publications) - len(self.late)

    def categories(self):
        """One line per category, in the order of their first publication or take-down."""
        published = Counter(p.record.category for p in self.publications)
        late = Counter(p.record.category for p in self.publications if p.late)
        taken_down = Counter(item.category for item in self.taken_down)
        names = dict.fromkeys([*published, *taken_down])
        return [
            CategoryLine(
                name or "-",
                published[name],
                published[name] - late[name],
                late[name],
                taken_down[name],
            )
            for name in names
        ]


def _year_range(fiscal_year_be):
    first_day, last_day = fiscal_year_bounds(fiscal_year_be)
    start = timezone.make_aware(datetime.combine(first_day, time.min))
    end = timezone.make_aware(datetime.combine(last_day + timedelta(days=1), time.min))
    return start, end


def _taken_down(unit, start, end):
    records = {
        record.page_id: record
        for record in PublicationRecord.objects.filter(unit=unit, page__isnull=False).order_by(
            "published_at", "pk"
        )
    }
    entries = (
        PageLogEntry.objects.filter(
            action__in=TAKE_DOWN_IN_THAI,
            page_id__in=list(records),
            timestamp__gte=start,
            timestamp__lt=end,
        )
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    return [
        TakeDown(
            entry.label or records[entry.page_id].title,
            records[entry.page_id].category,
            records[entry.page_id].url,
            entry.timestamp,
            entry.action,
            signatory(entry.user),
        )
        for entry in entries
    ]


def _rejected(unit, start, end):
    page_ids = [str(pk) for pk in pages_of([unit]).values_list("pk", flat=True)]
    states = (
        TaskState.objects.filter(
            status=TaskState.STATUS_REJECTED,
            finished_at__gte=start,
            finished_at__lt=end,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=page_ids,
        )
        .select_related("finished_by", "revision", "workflow_state")
        .order_by("finished_at", "pk")
    )
    pages = Page.objects.in_bulk([int(state.workflow_state.object_id) for state in states])
    rejected = []
    for state in states:
        page = pages[int(state.workflow_state.object_id)]
        title = state.revision.object_str if state.revision else page.title
        by = signatory(state.finished_by)
        rejected.append(
            RejectedRequest(title, category_of(page), state.finished_at, by, state.comment)
        )
    return rejected


def head_of(unit):
    """The first executive named on the unit's live Thai organisation page, who signs the
    report; blank when there is none."""
    organisations = (
        OrganisationPage.objects.live()
        .filter(locale=Locale.get_default())
        .filter(pk__in=pages_of([unit]).values("pk"))
    )
    executive = (
        Executive.objects.filter(page__in=organisations, is_vacant=False)
        .exclude(name="")
        .order_by("page__path", "sort_order")
        .first()
    )
    return Signatory(executive.name, executive.position) if executive else Signatory()


def monitoring_report(unit, fiscal_year_be):
    start, end = _year_range(fiscal_year_be)
    return MonitoringReport(
        unit,
        fiscal_year_be,
        [Publication(record, deadline_of(record)) for record in records_for(unit, fiscal_year_be)],
        _taken_down(unit, start, end),
        _rejected(unit, start, end),
        head_of(unit),
    )


def _when(value):
    return thai_date(value, "short", with_time=True)


@dataclass(frozen=True)
class Event:
    """One line of the report, its values as the Thai reader sees them."""

    kind: str
    category: str
    title: str
    at: str
    deadline: str = ""
    timeliness: str = ""
    by: str = ""
    reason: str = ""
    url: str = ""


def events(report):
    """{"published" / "taken_down" / "rejected": [Event]} in the order of the year."""
    return {
        "published": [
            Event(
                "เผยแพร่",
                p.record.category,
                p.record.title,
                _when(p.record.published_at),
                _when(p.deadline),
                "ล่าช้า" if p.late else "ตรงเวลา",
                p.record.published_by_name,
                url=p.record.url,
            )
            for p in report.publications
        ],
        "taken_down": [
            Event(
                f"นำลง ({item.how_in_thai})",
                item.category,
                item.title,
                _when(item.at),
                by=item.by.name or "ระบบ",
                url=item.url,
            )
            for item in report.taken_down
        ],
        "rejected": [
            Event(
                "ไม่อนุมัติ",
                item.category,
                item.title,
                _when(item.at),
                by=item.by.name,
                reason=item.reason,
            )
            for item in report.rejected
        ],
    }


# The report is a Thai official document, whatever the reader's admin language: its wording is
# Thai here, as the register's is (network.models.records).
# (Thai header, Event attribute): the spreadsheet, one row per event of the year.
COLUMNS = (
    ("รายการ", "kind"),
    ("หมวดหมู่", "category"),
    ("หัวข้อ", "title"),
    ("วันเวลา", "at"),
    ("กำหนด", "deadline"),
    ("ความตรงเวลา", "timeliness"),
    ("ผู้ดำเนินการ", "by"),
    ("เหตุผล", "reason"),
    ("ลิงก์", "url"),
)
CSV_HEADER = ["ลำดับ", "รหัสหน่วยงาน", "ปีงบประมาณ", *(header for header, _name in COLUMNS)]
# (key in events(), heading, columns): the lists of the printed report.
SECTIONS = (
    ("published", "2. รายการที่เผยแพร่", ("title", "category", "at", "deadline", "timeliness")),
    ("taken_down", "3. รายการที่นำลงจากเว็บไซต์", ("title", "category", "at", "kind", "by")),
    ("rejected", "4. คำขอเผยแพร่ที่ไม่ได้รับอนุมัติและเหตุผล", ("title", "category", "at", "by", "reason")),
)
HEADERS = {name: header for header, name in COLUMNS}


def report_rows(report):
    every_event = [event for listed in events(report).values() for event in listed]
    for number, event in enumerate(every_event, start=1):
        yield [
            number,
            report.unit.code,
            report.fiscal_year,
            *(getattr(event, name) for _header, name in COLUMNS),
        ]


def printed_sections(report):
    """[(heading, header, rows)] of the printed report's lists."""
    listed = events(report)
    return [
        (
            heading,
            ["ลำดับ", *(HEADERS[name] for name in names)],
            [
                [number, *(getattr(event, name) for name in names)]
                for number, event in enumerate(listed[key], start=1)
            ],
        )
        for key, heading, names in SECTIONS
    ]


def export_html(report):
    """The report as a printable Thai page for the head of the unit to sign."""
    first_day, last_day = report.bounds
    context = {
        "report": report,
        "sections": printed_sections(report),
        "first_day": first_day,
        "last_day": last_day,
        "today": timezone.localdate(),
    }
    with translation.override("th"):
        return render_to_string("network/monitoring_report_print.html", context)
