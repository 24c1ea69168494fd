"""Demo content for the demo network, one module per family of page types.

Each seeder is `seed(home_th, home_en, rich)`: it fills its section under the unit's Thai home
(and the English one when `home_en` is given), creating only what is missing, so running the
demo twice changes nothing. `rich` is False for the lighter health-promoting-hospital sites.
"""

import time

from django.db import transaction

from unitsites.demo import (
    about,
    citizen_guide,
    eservices,
    ita,
    knowledge,
    laws,
    links,
    manuals,
    news,
    policies,
    procurement,
    public_information,
    questions,
    site_settings,
    statistics,
)
from unitsites.demo.pages import DEMO
from unitsites.indexing import indexing_held
from unitsites.publishing import system_publication

# One module per family, in the order of the site's sections (then the footer's policy pages
# and contact details).
FAMILIES = (
    about,
    laws,
    knowledge,
    links,
    public_information,
    procurement,
    manuals,
    citizen_guide,
    news,
    eservices,
    questions,
    statistics,
    ita,
    policies,
    site_settings,
)


def seed_unit_content(home_th, home_en, rich, pause=0):
    """`pause`: seconds to leave the database to other writers after each family (SQLite
    lets a writer that keeps committing starve the others, such as a portal serving it).
    The unit's pages are indexed once at the end, not at each of their many saves."""
    with system_publication(DEMO), indexing_held():
        for family in FAMILIES:
            with transaction.atomic():
                family.seed(home_th, home_en, rich)
            time.sleep(pause)
