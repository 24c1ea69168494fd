"""Hooks of the procurement records: staff saving a procurement plan announced more than 30
working days after its budget allocation are warned at once (REQUIREMENTS C-32); the compliance
dashboard says the same to the province."""

from django.contrib import messages
from django.utils.translation import gettext as _

from wagtail import hooks

from unitsites.models import ProcurementPlanPage
from unitsites.templatetags.thai_dates import display_date


def late_plan_warning(page):
    """The warning for a plan announced after its deadline, or None."""
    if not isinstance(page, ProcurementPlanPage) or not page.is_late:
        return None
    return _(
        "The plan was announced %(days)d working days after the budget allocation; the limit is "
        "30 working days (deadline %(deadline)s, Thai public holidays counted)."
    ) % {"days": page.working_days_taken, "deadline": display_date(page.deadline)}


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_a_late_plan(request, page):
    warning = late_plan_warning(page.specific)
    if warning:
        messages.warning(request, warning)
