"""The brand colour a unit may choose for its site. The header and menu show white text on it,
so it must reach the WCAG 2.1 AA contrast of 4.5:1 against white (success criterion 1.4.3)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
MIN_CONTRAST_WITH_WHITE = 4.5


def _channels(hex_colour):
    return [int(hex_colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]


def relative_luminance(hex_colour):
    """WCAG 2.1's relative luminance of an sRGB colour written #rrggbb."""
    linear = [
        channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
        for channel in _channels(hex_colour)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def darken(hex_colour, factor=0.7):
    """The same hue, darker: for the menu bar under the header (still readable with white)."""
    return "#" + "".join(
        f"{round(channel * 255 * factor):02x}" for channel in _channels(hex_colour)
    )


def validate_brand_colour(value):
    if not HEX_COLOUR.match(value):
        raise ValidationError(
            _("Enter a colour as # followed by six hexadecimal digits, such as #0b5e55."),
            code="invalid",
        )
    ratio = contrast_ratio(value, WHITE)
    if ratio < MIN_CONTRAST_WITH_WHITE:
        raise ValidationError(
            _(
                "White text on this colour has a contrast of %(ratio).2f:1; at least 4.5:1 is "
                "needed so that everyone can read the header. Choose a darker colour."
            ),
            code="low_contrast",
            params={"ratio": ratio},
        )
