"""Demo content for the demo network, one module per family of page types.

Each seeder is `seed(home_th, home_en, rich)`: it fills its section under the unit's Thai home
(and the English one when `home_en` is given), creating only what is missing, so running the
demo twice changes nothing. `rich` is False for the lighter health-promoting-hospital sites.
"""

from importlib import import_module
from importlib.util import find_spec

from unitsites.demo.pages import DEMO
from unitsites.publishing import system_publication

# One module per family, in the order of the site's sections (then the footer's policy pages
# and contact details); each defines `seed`.
FAMILIES = (
    "about",
    "laws",
    "knowledge",
    "links",
    "public_information",
    "manuals",
    "citizen_guide",
    "news",
    "eservices",
    "questions",
    "statistics",
    "ita",
    "policies",
    "site_settings",
)


def seed_unit_content(home_th, home_en, rich):
    with system_publication(DEMO):
        for family in FAMILIES:
            name = f"{__name__}.{family}"
            if find_spec(name) is not None:  # families land one by one (issue #3)
                import_module(name).seed(home_th, home_en, rich)
