"""Wagtail loads this module; each concern registers its hooks in its own module of
network/hooks/, imported here."""

from network.hooks import (  # noqa: F401
    duties,
    files,
    notices,
    oversight,
    publication,
    roles,
    security,
    units,
)
