"""MOIT completeness of a unit in one fiscal year: the sub-items of the year's ITA template that
apply to the unit's kind, which of them have evidence attached, and which monthly and quarterly
series are past their time without it (REQUIREMENTS section 0, C-27, W-15)."""

from dataclasses import dataclass

from unitsites.procurement_year import month_is_due, quarter_is_due

QUARTERS = {"Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4}


@dataclass(frozen=True)
class MoitCompleteness:
    fiscal_year: int
    slots: list  # the sub-items (values) that want the unit's evidence
    evidenced: frozenset  # their ids that have it

    @property
    def total(self):
        return len(self.slots)

    @property
    def done(self):
        return sum(slot["id"] in self.evidenced for slot in self.slots)

    @property
    def missing(self):
        return [slot for slot in self.slots if slot["id"] not in self.evidenced]

    @property
    def percent(self):
        """Per cent of the sub-items with evidence, rounded down: 100 only when none is missing."""
        return 100 * self.done // self.total if self.total else 0

    def items(self):
        """[(MOIT number, sub-items with evidence, sub-items)] in item order."""
        counts = {}
        for slot in self.slots:
            done, total = counts.get(slot["item__number"], (0, 0))
            counts[slot["item__number"]] = (done + (slot["id"] in self.evidenced), total + 1)
        return [(number, done, total) for number, (done, total) in counts.items()]

    @property
    def items_complete(self):
        return sum(done == total for _number, done, total in self.items())

    def overdue(self, today, months_to_publish):
        """The missing sub-items of a monthly or quarterly series whose time has passed."""
        return [
            slot
            for slot in self.missing
            if _series_due(slot, self.fiscal_year, today, months_to_publish)
        ]


def _series_due(slot, fiscal_year, today, months_to_publish):
    if slot["month"] is None and slot["round"] not in QUARTERS:
        return False  # not a series
    if slot["due"] is not None:
        return today > slot["due"]
    if slot["month"] is not None:
        return month_is_due(slot["month"], today, months_to_publish)
    return quarter_is_due(fiscal_year, QUARTERS[slot["round"]], today, months_to_publish)


def completeness(facts, fiscal_year):
    """The unit's MOIT completeness in `fiscal_year` (no slots when the year has no template)."""
    slots = [slot for slot in facts.ita_slots if slot["item__template__fiscal_year"] == fiscal_year]
    return MoitCompleteness(fiscal_year, slots, frozenset(facts.ita_evidenced))
