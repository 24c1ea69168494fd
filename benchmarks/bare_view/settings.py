"""Development settings (as every benchmark serves them) with the bare view's URLconf."""

from config.settings.dev import *  # noqa: F403
from config.settings.dev import DATABASES

ROOT_URLCONF = "benchmarks.bare_view.urls"
# Each worker keeps its database connection, as in production (config/settings/production.py).
DATABASES["default"]["CONN_MAX_AGE"] = 60
