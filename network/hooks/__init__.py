"""Wagtail hook registrations of the network app, one module per concern."""
