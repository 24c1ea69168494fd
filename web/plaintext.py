"""Text as visitors and editors type it, made safe to keep: control characters (other than tab
and line breaks) hide text, and XML feeds and spreadsheet files refuse them outright."""

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_control_characters(value):
    """`value` without control characters when it is text; anything else unchanged."""
    return CONTROL_CHARACTERS.sub("", value) if isinstance(value, str) else value
