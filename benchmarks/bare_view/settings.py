"""Development settings (as every benchmark serves them) with the bare view's URLconf."""

from config.settings.dev import *  # noqa: F403

ROOT_URLCONF = "benchmarks.bare_view.urls"
