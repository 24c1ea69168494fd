"""The functions behind the compliance checks, looked up by the name a check gives.

Each takes the unit's facts (network.oversight.facts.UnitFacts), the time of the report and the
check's parameters, and returns an Outcome: whether the unit meets the check, what is wrong,
and where in the admin to fix it."""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from unitsites import thaidates, workingdays
from unitsites.models.public_information import OIA_ITEMS
from unitsites.procurement_year import month_is_due, quarter_is_due
from unitsites.templatetags.thai_dates import month_year

from .moit import completeness

THAI_LETTERS = re.compile(r"[\u0E00-\u0E7F]")
LISTED = 5  # at most this many pages are named in a check's details


@dataclass(frozen=True)
class Outcome:
    ok: bool
    details: tuple = ()
    fix_url: str = ""


def edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id]) if page_id else ""


def explore_url(page_id):
    return reverse("wagtailadmin_explore", args=[page_id]) if page_id else ""


def _pages_outcome(rows, describe):
    """Fails naming the first few pages; the fix link opens the first."""
    if not rows:
        return Outcome(True)
    details = tuple(describe(row) for row in rows[:LISTED])
    if len(rows) > LISTED:
        details += (_("and %(count)d more") % {"count": len(rows) - LISTED},)
    return Outcome(False, details, edit_url(rows[0].id))


def categories_have_content(facts, now, sections):
    empty = [slug for slug in sections if not facts.content_in(slug)]
    if not empty:
        return Outcome(True)
    details = tuple(
        _("No live content in “%(section)s”.") % {"section": facts.section_titles.get(slug, slug)}
        for slug in empty
    )
    return Outcome(False, details, explore_url(facts.section_ids.get(empty[0], facts.home_id)))


CONTACT_FIELDS = {
    "address": gettext_lazy("address"),
    "phone": gettext_lazy("phone"),
    "fax": gettext_lazy("fax"),
    "email": gettext_lazy("e-mail"),
    "latitude": gettext_lazy("map"),
}


def contact_complete(facts, now):
    contact = facts.contact
    if contact is None:
        return Outcome(False, (_("The contact page is not live."),), explore_url(facts.home_id))
    missing = [str(label) for name, label in CONTACT_FIELDS.items() if not contact[name]]
    if contact["longitude"] is None and contact["latitude"]:
        missing.append(str(CONTACT_FIELDS["latitude"]))
    if not missing:
        return Outcome(True)
    return Outcome(
        False,
        (_("Missing: %(fields)s.") % {"fields": ", ".join(missing)},),
        edit_url(contact["id"]),
    )


def executives_complete(facts, now):
    if not facts.organisation_ids:
        return Outcome(
            False,
            (_("There is no live organisation structure page with the executives."),),
            explore_url(facts.section_ids.get("about")),
        )
    if not facts.executives:
        return Outcome(False, (_("No executive is listed."),), edit_url(facts.organisation_ids[0]))
    incomplete = [
        executive
        for executive in facts.executives
        if not executive["is_vacant"]
        and not (executive["name"] and executive["phone"] and executive["photo_id"])
    ]
    if not incomplete:
        return Outcome(True)
    details = tuple(
        _("%(position)s lacks a photo, name or phone.") % {"position": executive["position"]}
        for executive in incomplete[:LISTED]
    )
    return Outcome(False, details, edit_url(incomplete[0]["page_id"]))


def has_pages(facts, now, model, minimum, section):
    count = len(facts.content_of(model))
    if count >= minimum:
        return Outcome(True)
    return Outcome(
        False,
        (_("%(count)d live, at least %(minimum)d needed.") % {"count": count, "minimum": minimum},),
        explore_url(facts.section_ids.get(section)),
    )


def oia_items_present(facts, now, sections):
    missing = [
        item
        for item in OIA_ITEMS
        if item.section in sections and item.code not in facts.oia_sections
    ]
    if not missing:
        return Outcome(True)
    details = (
        _("Missing: %(items)s.")
        % {"items": ", ".join(f"{item.section}({item.number})" for item in missing)},
    )
    return Outcome(False, details, explore_url(facts.section_ids.get("public-information")))


def news_in_fiscal_year(facts, now):
    start, _end = thaidates.fiscal_year_bounds(thaidates.fiscal_year(thaidates.local(now)))
    if any(thaidates.local(date).date() >= start for date in facts.news_dates):
        return Outcome(True)
    return Outcome(
        False,
        (_("No news dated in the current fiscal year."),),
        explore_url(facts.section_ids.get("news")),
    )


def nothing_expired_live(facts, now):
    expired = [row for row in facts.content if row.expire_at and row.expire_at <= now]
    return _pages_outcome(
        expired,
        lambda row: (
            _("“%(title)s” ended %(date)s.")
            % {"title": row.title, "date": thaidates.thai_date(row.expire_at, "short")}
        ),
    )


def overdue_for_review(facts, now):
    """The unit's live pages past their review date, the longest overdue first."""
    overdue = [row for row in facts.content if row.review_due_at and row.review_due_at < now]
    return sorted(overdue, key=lambda row: row.review_due_at)


def nothing_overdue_for_review(facts, now):
    return _pages_outcome(
        overdue_for_review(facts, now),
        lambda row: (
            _("“%(title)s” was due for review on %(date)s.")
            % {"title": row.title, "date": thaidates.thai_date(row.review_due_at, "short")}
        ),
    )


def enough_administrators(facts, now, minimum):
    count = len(facts.administrators)
    if count >= minimum:
        return Outcome(True)
    return Outcome(
        False,
        (
            _("%(count)d active site administrators, at least %(minimum)d needed.")
            % {"count": count, "minimum": minimum},
        ),
        reverse("units:people", args=[facts.unit.pk]),  # the unit's people by role
    )


def no_request_waiting(facts, now, days):
    limit = now - timedelta(days=days)
    waiting = sorted((item for item in facts.pending if item[2] < limit), key=lambda i: i[2])
    if not waiting:
        return Outcome(True)
    details = tuple(
        _("“%(title)s” has waited %(days)d days.")
        % {"title": title, "days": (now - submitted_at).days}
        for _page_id, title, submitted_at in waiting[:LISTED]
    )
    return Outcome(False, details, edit_url(waiting[0][0]))


def no_old_verbal_approval(facts, now, days):
    limit = now - timedelta(days=days)
    old = sorted(
        (approval for approval in facts.unconfirmed if approval["created_at"] < limit),
        key=lambda approval: approval["created_at"],
    )
    if not old:
        return Outcome(True)
    details = tuple(
        _("“%(title)s”, published %(days)d days ago, is not confirmed.")
        % {"title": approval["page_title"], "days": (now - approval["created_at"]).days}
        for approval in old[:LISTED]
    )
    return Outcome(False, details, edit_url(old[0]["page_id"]))


def english_home_translated(facts, now):
    english = facts.homes.get("en")
    if english is None or not english["live"]:
        return Outcome(False, (_("There is no live English home page."),))
    thai = facts.homes.get("th") or {}
    problems = []
    if THAI_LETTERS.search(english["title"]) or THAI_LETTERS.search(english["welcome"]):
        problems.append(_("The English home page still has Thai text."))
    if thai.get("welcome") and not english["welcome"]:
        problems.append(_("The welcome text is not translated."))
    if not problems:
        return Outcome(True)
    return Outcome(False, tuple(problems), edit_url(english["id"]))


def _procurement_gap(facts, message):
    return Outcome(False, (message,), explore_url(facts.procurement.section_id))


def procurement_plan_published(facts, now):
    year = thaidates.fiscal_year(now)
    if year in facts.procurement.plans:
        return Outcome(True)
    return _procurement_gap(
        facts, _("No procurement plan for fiscal year %(year)s.") % {"year": year}
    )


def procurement_plan_on_time(facts, now, working_days):
    """The plan of the current year announced within `working_days` of the allocation (a
    missing plan is the other check's failure)."""
    plan = facts.procurement.plans.get(thaidates.fiscal_year(now))
    if plan is None:
        return Outcome(True)
    taken = workingdays.working_days_between(plan["allocation_date"], plan["announced_on"])
    if taken <= working_days:
        return Outcome(True)
    return Outcome(
        False,
        (
            _(
                "The plan was announced %(taken)d working days after the budget allocation "
                "(limit %(limit)d)."
            )
            % {"taken": taken, "limit": working_days},
        ),
        edit_url(plan["id"]),
    )


def procurement_months_published(facts, now, months_to_publish):
    """A form สขร.1 for every month of the current fiscal year that is due."""
    today = thaidates.local(now).date()
    missing = [
        month
        for month in thaidates.fiscal_months(thaidates.fiscal_year(now))
        if month_is_due(month, today, months_to_publish) and month not in facts.procurement.months
    ]
    if not missing:
        return Outcome(True)
    months = ", ".join(month_year(month, "compact") for month in missing)
    return _procurement_gap(facts, _("No Sor Kor Ror 1 for: %(months)s.") % {"months": months})


def procurement_quarters_published(facts, now, months_to_publish):
    """A plan-result report for every quarter of the current fiscal year that is due."""
    today = thaidates.local(now).date()
    year = thaidates.fiscal_year(now)
    missing = [
        str(quarter)
        for quarter in range(1, 5)
        if quarter_is_due(year, quarter, today, months_to_publish)
        and (year, quarter) not in facts.procurement.quarters
    ]
    if not missing:
        return Outcome(True)
    return _procurement_gap(
        facts,
        _("No plan-result report for quarter %(quarters)s of fiscal year %(year)s.")
        % {"quarters": ", ".join(missing), "year": year},
    )


def procurement_analysis_published(facts, now):
    previous = thaidates.fiscal_year(now) - 1
    if previous in facts.procurement.analyses:
        return Outcome(True)
    return _procurement_gap(
        facts,
        _("No analysis of the procurement of fiscal year %(year)s.") % {"year": previous},
    )


def _evidence_url(facts):
    return reverse("ita_evidence:index") + f"?unit={facts.unit.pk}"


def _no_template(facts, year):
    return Outcome(
        False,
        (_("Fiscal year %(year)s has no ITA template applying to this unit.") % {"year": year},),
        _evidence_url(facts),
    )


def moit_evidence_complete(facts, now):
    """Every MOIT sub-item of the current fiscal year that applies to the unit has evidence."""
    year = thaidates.fiscal_year(now)
    moit = completeness(facts, year)
    if not moit.total:
        return _no_template(facts, year)
    if not moit.missing:
        return Outcome(True)
    details = (
        _(
            "Evidence for %(done)d of %(total)d MOIT sub-items of fiscal year %(year)s; "
            "%(complete)d of %(items)d items complete."
        )
        % {
            "done": moit.done,
            "total": moit.total,
            "year": year,
            "complete": moit.items_complete,
            "items": len(moit.items()),
        },
    )
    gaps = [(number, done, total) for number, done, total in moit.items() if done < total]
    details += tuple(
        _("MOIT %(number)d: %(missing)d of %(total)d sub-items without evidence.")
        % {"number": number, "missing": total - done, "total": total}
        for number, done, total in gaps[:LISTED]
    )
    if len(gaps) > LISTED:
        details += (_("and %(count)d more") % {"count": len(gaps) - LISTED},)
    return Outcome(False, details, _evidence_url(facts))


def moit_series_on_time(facts, now, months_to_publish):
    """No monthly or quarterly MOIT series of the current fiscal year is past its time without
    evidence."""
    year = thaidates.fiscal_year(now)
    moit = completeness(facts, year)
    if not moit.total:
        return _no_template(facts, year)
    overdue = moit.overdue(thaidates.local(now).date(), months_to_publish)
    if not overdue:
        return Outcome(True)
    details = tuple(
        _("%(code)s is overdue: %(title)s") % {"code": slot["code"], "title": slot["title_th"]}
        for slot in overdue[:LISTED]
    )
    if len(overdue) > LISTED:
        details += (_("and %(count)d more") % {"count": len(overdue) - LISTED},)
    return Outcome(False, details, _evidence_url(facts))


def _duties_outcome(facts, missing, message, **values):
    """Fails counting the administrators `missing`; the fix link opens the unit's duties page."""
    if not missing:
        return Outcome(True)
    values.update(count=len(missing), total=len(facts.administrators))
    return Outcome(False, (message % values,), reverse("network_unit_duties", args=[facts.unit.pk]))


def administrators_trained(facts, now):
    """Every site administrator trained at least once in the current fiscal year."""
    year = thaidates.fiscal_year(now)
    first_day, _last_day = thaidates.fiscal_year_bounds(year)
    missing = [
        user_id
        for user_id in facts.administrators
        if facts.last_trained.get(user_id) is None or facts.last_trained[user_id] < first_day
    ]
    message = _(
        "%(count)d of %(total)d site administrators have had no training in fiscal year %(year)s."
    )
    return _duties_outcome(facts, missing, message, year=year)


def duties_acknowledged(facts, now):
    """Every site administrator has acknowledged the Computer Crime Act duties in effect."""
    if facts.duties_version is None:
        return Outcome(True)
    missing = [
        user_id
        for user_id in facts.administrators
        if facts.acknowledged.get(user_id, 0) < facts.duties_version
    ]
    message = _(
        "%(count)d of %(total)d site administrators have not acknowledged the Computer Crime "
        "Act duties in effect."
    )
    return _duties_outcome(facts, missing, message)
