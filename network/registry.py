"""Adding and updating units from plain records (a command line, a CSV row), then provisioning.

Every record is validated before anything is written; a batch with one bad record writes
nothing. Records name their parent by code, which may be another record of the same batch.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Site

from network.models import Unit, UnitKind, hostname_validator
from network.models.unit import code_validator
from network.provisioning import provision_unit

RECORD_FIELDS = ("code", "kind", "name_th", "name_en", "hostname", "district", "parent_code")


class UnitRecordForm(forms.Form):
    """One unit as plain text, checked field by field."""

    code = forms.CharField(max_length=32, validators=[code_validator])
    kind = forms.ChoiceField(choices=UnitKind.choices)
    name_th = forms.CharField(max_length=255)
    name_en = forms.CharField(max_length=255)
    hostname = forms.CharField(max_length=253)
    district = forms.CharField(max_length=100, required=False)
    parent_code = forms.CharField(max_length=32, required=False)

    error_messages = {"required": gettext_lazy("This field is required.")}

    def clean_hostname(self):
        hostname = self.cleaned_data["hostname"].strip().lower()
        hostname_validator(hostname)
        return hostname


@dataclass(frozen=True)
class RecordError:
    line: int
    column: str
    message: str

    def __str__(self):
        return _("line %(line)s, column %(column)s: %(message)s") % {
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


class RecordsInvalid(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


def _field_errors(line, form):
    for column, messages in form.errors.items():
        for message in messages:
            yield RecordError(line, column, message)


def validate_records(numbered_records):
    """Check [(line, {field: text})]; returns the cleaned records or raises RecordsInvalid."""
    errors, cleaned = [], []
    for line, record in numbered_records:
        form = UnitRecordForm({name: (record.get(name) or "").strip() for name in RECORD_FIELDS})
        if form.is_valid():
            cleaned.append((line, form.cleaned_data))
        else:
            errors.extend(_field_errors(line, form))
    errors.extend(_batch_errors(cleaned))
    if errors:
        raise RecordsInvalid(sorted(errors, key=lambda error: error.line))
    return [record for _line, record in cleaned]


def portal_hostnames():
    """Host names taken by sites that are not units' (the portal's own front door)."""
    return {settings.PORTAL_HOSTNAME} | set(
        Site.objects.filter(unit__isnull=True).values_list("hostname", flat=True)
    )


def slug_owners(codes):
    """{slug: code}. Codes become page slugs (provisioning), so "H-A", "h-a" and "H--A" clash."""
    return {slugify(code): code for code in codes}


def clashing_code(code, owners):
    """The other code in `owners` (from slug_owners) that takes `code`'s slug, or None."""
    other = owners.get(slugify(code))
    return other if other not in (None, code) else None


def _batch_errors(cleaned):
    existing = {unit.code: unit for unit in Unit.objects.select_related("parent")}
    owners = slug_owners(existing)
    owner_of_host = dict(Unit.objects.values_list("hostname", "code"))
    reserved_hosts = portal_hostnames()
    batch_codes, batch_hosts = {}, {}
    parents = {code: unit.parent.code if unit.parent else "" for code, unit in existing.items()}
    for line, record in cleaned:
        code, hostname = record["code"], record["hostname"]
        if code in batch_codes:
            yield RecordError(
                line,
                "code",
                _("Code %(code)s already appears on line %(other)s.")
                % {"code": code, "other": batch_codes[code]},
            )
        batch_codes.setdefault(code, line)
        clash = clashing_code(code, owners)
        owners.setdefault(slugify(code), code)
        if clash is not None:
            yield RecordError(
                line,
                "code",
                _(
                    "Code %(code)s is too like the code %(other)s (they differ only in case or hyphens)."
                )
                % {"code": code, "other": clash},
            )
        if hostname in batch_hosts:
            yield RecordError(
                line,
                "hostname",
                _("Host name %(host)s already appears on line %(other)s.")
                % {"host": hostname, "other": batch_hosts[hostname]},
            )
        batch_hosts.setdefault(hostname, line)
        if hostname in reserved_hosts:
            yield RecordError(line, "hostname", _("This host name belongs to the portal itself."))
        owner = owner_of_host.get(hostname)
        if owner is not None and owner != code:
            yield RecordError(
                line,
                "hostname",
                _("Host name %(host)s belongs to unit %(owner)s.")
                % {"host": hostname, "owner": owner},
            )
        parents[code] = record["parent_code"]
    for line, record in cleaned:
        parent_code = record["parent_code"]
        if parent_code and parent_code not in parents:
            yield RecordError(
                line, "parent_code", _("No unit has the code %(code)s.") % {"code": parent_code}
            )
        elif parent_code and _has_cycle(record["code"], parents):
            yield RecordError(
                line, "parent_code", _("This parent would make the unit its own ancestor.")
            )


def _has_cycle(code, parents):
    seen, current = set(), code
    while current:
        if current in seen:
            return True
        seen.add(current)
        current = parents.get(current, "")
    return False


def _parents_first(records):
    by_code = {record["code"]: record for record in records}
    ordered, placed = [], set()

    def place(record):
        if record["code"] in placed:
            return
        parent = by_code.get(record["parent_code"])
        if parent is not None:
            place(parent)
        placed.add(record["code"])
        ordered.append(record)

    for record in records:
        place(record)
    return ordered


@transaction.atomic
def save_records(numbered_records, user=None):
    """Validate every record, then create or update each unit and provision it.

    Returns [(unit, created, report)] in parents-first order.
    """
    return [_save(record, user) for record in _parents_first(validate_records(numbered_records))]


def save_records_one_by_one(numbered_records, user=None):
    """As `save_records`, but each unit is committed as soon as it is provisioned and yielded,
    so a portal serving the same database shows the units arrive. Nothing is written unless
    every record is valid."""
    for record in _parents_first(validate_records(numbered_records)):
        with transaction.atomic():
            result = _save(record, user)
        yield result


def _save(record, user):
    parent = Unit.objects.get(code=record["parent_code"]) if record["parent_code"] else None
    values = {
        "kind": record["kind"],
        "name_th": record["name_th"],
        "name_en": record["name_en"],
        "hostname": record["hostname"],
        "district": record["district"],
        "parent": parent,
    }
    unit = Unit.objects.filter(code=record["code"]).first()
    created = unit is None
    if created:
        unit = Unit.objects.create(code=record["code"], **values)
    elif any(getattr(unit, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(unit, name, value)
        unit.save()
    return unit, created, provision_unit(unit, user=user)
