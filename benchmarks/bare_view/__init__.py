"""The portal with a bare Django view beside it, for benchmarks only (benchmarks/pages.py):
DJANGO_SETTINGS_MODULE=benchmarks.bare_view.settings. Never part of the portal's own URLs."""
