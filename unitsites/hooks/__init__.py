"""Wagtail hook registrations of the unit sites, one module per concern."""
