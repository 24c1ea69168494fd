"""Form สขร.1, the monthly summary of procurement results (REQUIREMENTS C-30): its nine columns
in the official order, filled from a summary page's rows, for the public table and for the
CSV/XLSX downloads (written through web.spreadsheets, so no cell runs as a formula)."""

from django.utils.formats import number_format
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext as _

from unitsites.templatetags.thai_dates import display_date, month_year
from web import spreadsheets

FORM = "form Sor Kor Ror 1"  # the official column names, not the words used elsewhere
COLUMNS = (
    pgettext_lazy(FORM, "No."),
    pgettext_lazy(FORM, "Item procured"),
    pgettext_lazy(FORM, "Budget"),
    pgettext_lazy(FORM, "Reference price"),
    pgettext_lazy(FORM, "Method"),
    pgettext_lazy(FORM, "Bidders and prices offered"),
    pgettext_lazy(FORM, "Selected bidder and agreed price"),
    pgettext_lazy(FORM, "Reason for the selection, in short"),
    pgettext_lazy(FORM, "Contract or agreement: number and date"),
)


def _money(value):
    return "" if value is None else number_format(value, 2, force_grouping=True)


def _number(value):
    return "" if value is None else value


class SummaryForm:
    """One month's form: `header`, `rows` as text cells, and the two downloads."""

    def __init__(self, page):
        self.page = page

    @property
    def title(self):
        return _("Summary of procurement results for %(month)s") % {
            "month": month_year(self.page.month)
        }

    @property
    def unit_name(self):
        unit = self.page.unit
        if unit is None:
            return ""
        return unit.name_en if (get_language() or "th").startswith("en") else unit.name_th

    @property
    def header(self):
        return [str(column) for column in COLUMNS]

    @property
    def rows(self):
        return self._rows(_money)

    def _rows(self, amount):
        """The rows, amounts written by `amount`: grouped text on the page, numbers in a
        spreadsheet."""
        if self.page.no_procurement:
            return [["", _("No procurement this month"), "", "", "", "", "", "", ""]]
        return [
            [
                number,
                result.item,
                amount(result.budget),
                amount(result.reference_price),
                result.get_method_display(),
                result.bidders,
                f"{result.winner} {_money(result.agreed_price)}",
                result.reason,
                f"{result.contract_number} {display_date(result.contract_date, 'short')}",
            ]
            for number, result in enumerate(self.page.results.all(), start=1)
        ]

    def _filename(self, extension):
        unit = self.page.unit
        code = unit.code if unit else "unit"
        return f"sorkorror1-{code}-{self.page.month:%Y-%m}.{extension}"

    def csv_response(self):
        return spreadsheets.csv_response(self._filename("csv"), self.header, self._rows(_number))

    def xlsx_response(self):
        return spreadsheets.xlsx_response(
            self._filename("xlsx"), _("Sor Kor Ror 1"), self.header, self._rows(_number)
        )
