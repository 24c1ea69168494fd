"""CSV cells that spreadsheet programs open safely (CSV/formula injection, OWASP): text starting
with =, +, -, @, a tab or a carriage return would run as a formula, so it gets a leading
apostrophe. Every CSV export of the portal writes its text cells through `formula_safe`."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
