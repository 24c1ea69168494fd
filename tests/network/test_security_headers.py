"""Security headers, CSRF and the production settings (REQUIREMENTS S-01, S-10)."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.test import Client
from django.urls import URLResolver, get_resolver

import pytest
from rest_framework.authentication import SessionAuthentication
from rest_framework.views import APIView

pytestmark = pytest.mark.django_db

TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"


def policy(response):
    """{directive: [sources]} from the Content-Security-Policy header."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def test_public_pages_have_a_strict_policy_and_the_other_headers(unit_a):
    response = Client().get("/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["frame-src"] == ["https://www.openstreetmap.org"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_error_pages_carry_the_policy_too():
    response = Client().get("/no-such-page/", HTTP_HOST="localhost")
    assert response.status_code == 404
    assert policy(response)["script-src"] == ["'self'"]


def test_the_admin_gets_its_own_policy_allowing_its_inline_scripts(login):
    response = login("editor-h-a").get("/admin/", HTTP_HOST="localhost")
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]


def test_https_requests_get_hsts(unit_a):
    response = Client().get("/", HTTP_HOST=unit_a.hostname, secure=True)
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")


def test_a_form_post_without_its_csrf_token_is_refused_with_a_thai_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/admin/login/", {"username": "x", "password": "y"}, HTTP_HOST="localhost"
    )
    assert response.status_code == 403
    assert "ส่งแบบฟอร์มไม่สำเร็จ" in response.content.decode()


def _routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def test_no_view_skips_csrf_except_api_views_that_check_it_on_sessions():
    """Django REST framework views are csrf_exempt for Django, but SessionAuthentication
    enforces the token itself; any other exempt view would be a hole."""
    for route, view in _routes(get_resolver().url_patterns):
        if not getattr(view, "csrf_exempt", False):
            continue
        view_class = getattr(view, "cls", None)
        assert view_class is not None and issubclass(view_class, APIView), route
        authenticators = view_class.authentication_classes
        assert all(issubclass(auth, SessionAuthentication) for auth in authenticators), route


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)


STANDALONE_EXPORT = "{# standalone file export #}"


def public_templates():
    for path in sorted(TEMPLATES_DIR.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        # Admin templates live under the admin policy; file exports are never served.
        if "wagtailadmin/" not in text and STANDALONE_EXPORT not in text:
            yield path, text


@pytest.mark.parametrize(
    ("path", "text"), list(public_templates()), ids=lambda value: getattr(value, "name", "")
)
def test_public_templates_have_no_inline_script_or_style(path, text):
    assert not INLINE_SCRIPT.search(text), f"{path}: inline <script> breaks the CSP"
    assert not INLINE_HANDLER.search(text), f"{path}: inline event handler breaks the CSP"
    assert not INLINE_STYLE.search(text), f"{path}: inline style breaks the CSP"


def test_check_deploy_is_clean_under_production_settings():
    """Loads config.settings.production fresh, with a production-like environment."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),  # noqa: S108  (a fallback HOME for the child)
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "False",
        "CACHE_URL": "redis://127.0.0.1:6379/1",
        "DATABASE_URL": "sqlite:////tmp/never-opened.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
