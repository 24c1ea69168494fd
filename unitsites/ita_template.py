"""Loading a year's ITA template from its YAML file (unitsites/data/moit-2569.yaml, described in
moit-2569.md beside it) and deriving the next year's from it."""

import datetime
from pathlib import Path

from django.apps import apps as global_apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
MOIT_2569 = DATA_DIR / "moit-2569.yaml"

# The YAML names unit kinds as the ministry does; the portal's kinds do not split hospitals.
UNIT_KINDS = {
    "สสจ.": "provincial_office",
    "สสอ.": "district_office",
    "รพศ./รพท.": "hospital",
    "รพช.": "hospital",
    "รพ.สต.": "health_promoting_hospital",
}


def read(path):
    with open(path, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def _models(apps):
    return (apps.get_model("unitsites", name) for name in ("ItaTemplate", "ItaItem", "ItaSubitem"))


def _assessed_kinds(data):
    """What `applies_to: all` means: every kind the file does not mark as reporting elsewhere."""
    kinds = []
    for kind in data.get("unit_kinds", []):
        value = UNIT_KINDS[kind["code"]]
        if kind.get("assessed_separately", True) and value not in kinds:
            kinds.append(value)
    return kinds


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _subitem_fields(row, position, everyone):
    timing = row.get("timing", {})
    evidence = row.get("evidence", {})
    applies = row.get("applies_to", "all")
    period = timing.get("period") or [None, None]
    month = timing.get("month")
    return {
        "position": position,
        "ref": row.get("ref", ""),
        "title_th": row["title_th"],
        "heading": bool(row.get("heading")),
        "evidence_kind": evidence.get("kind", "document"),
        "evidence_detail": evidence.get("detail", ""),
        "round": timing.get("round", "unspecified"),
        "timing_note": timing.get("text", ""),
        "month": _date(f"{month}-01") if month else None,
        "period_start": _date(period[0]),
        "period_end": _date(period[1]),
        "due": _date(timing.get("due")),
        "unit_kinds": list(everyone)
        if applies == "all"
        else sorted({UNIT_KINDS[code] for code in applies}),
        "uncertain": bool(row.get("uncertain")),
        "uncertain_reason": row.get("uncertain_reason", ""),
    }


@transaction.atomic
def load(data, fiscal_year=None, apps=global_apps):
    """Create or update the template of `fiscal_year` (default: the file's) from the parsed YAML;
    loading the same file again changes nothing and keeps the evidence attached to its slots."""
    template_model, item_model, subitem_model = _models(apps)
    fiscal_year = fiscal_year or data["fiscal_year"]
    template, _created = template_model.objects.update_or_create(
        fiscal_year=fiscal_year, defaults={"title": data.get("assessment", "")[:255]}
    )
    everyone = _assessed_kinds(data)
    for item_row in data["items"]:
        item, _created = item_model.objects.update_or_create(
            template=template,
            code=item_row["code"],
            defaults={
                "number": int(item_row["code"].removeprefix("MOIT")),
                "indicator": item_row.get("indicator"),
                "title_th": item_row["title_th"],
            },
        )
        for position, row in enumerate(item_row["subitems"]):
            subitem_model.objects.update_or_create(
                item=item, code=row["code"], defaults=_subitem_fields(row, position, everyone)
            )
    return template


def _a_year_later(value):
    if value is None:
        return None
    try:
        return value.replace(year=value.year + 1)
    except ValueError:  # 29 February
        return value.replace(year=value.year + 1, day=28)


SHIFTED_DATES = ("month", "period_start", "period_end", "due")


@transaction.atomic
def copy_from(fiscal_year, to_year=None, apps=global_apps):
    """Start the template of `to_year` (default: the next year) as a copy of `fiscal_year`'s,
    its dates a year later; the wording stays for moderators to bring up to date."""
    template_model, item_model, subitem_model = _models(apps)
    source = template_model.objects.get(fiscal_year=fiscal_year)
    to_year = to_year or fiscal_year + 1
    if template_model.objects.filter(fiscal_year=to_year).exists():
        raise ValidationError(
            _("Fiscal year %(year)s already has its template.") % {"year": to_year}
        )
    copy = template_model.objects.create(fiscal_year=to_year, title=source.title)
    for item in item_model.objects.filter(template=source).order_by("number"):
        subitems = list(subitem_model.objects.filter(item=item).order_by("position"))
        item.pk = None
        item.template = copy
        item.save()
        for subitem in subitems:
            subitem.pk = None
            subitem.item = item
            for name in SHIFTED_DATES:
                setattr(subitem, name, _a_year_later(getattr(subitem, name)))
        subitem_model.objects.bulk_create(subitems)
    return copy
