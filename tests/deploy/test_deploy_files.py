"""The files in deploy/ are valid as written: nginx accepts the site (with either media
snippet) and systemd accepts the units. nginx is tested only where Debian's nginx and the
cache-purge module are installed (apt-get install nginx-light libnginx-mod-http-cache-purge);
systemd-analyze comes with systemd."""

import re
import shutil
import subprocess

import pytest

from tests.cluster.services import PURGE_MODULE, install_nginx_site

from .conftest import ROOT, production_env

DEPLOY = ROOT / "deploy"
NGINX = shutil.which("nginx")
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_nginx = pytest.mark.skipif(
    NGINX is None or not PURGE_MODULE.exists(),
    reason="Debian nginx with libnginx-mod-http-cache-purge is not installed",
)


@needs_nginx
@pytest.mark.parametrize("media_snippet", ["media-local.conf", "media-s3.conf"])
def test_nginx_accepts_the_site(tmp_path, media_snippet):
    install_nginx_site(tmp_path, media_snippet)

    result = subprocess.run(  # noqa: S603
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_the_site_keeps_staff_and_forms_out_of_the_cache_and_passes_the_client():
    site = (DEPLOY / "nginx" / "portal.conf").read_text()
    proxy = (DEPLOY / "nginx" / "portal" / "proxy.conf").read_text()

    personal = re.search(r'map "([^"]+)" \$portal_personal', site).group(1)
    assert {"$cookie_sessionid", "$cookie_csrftoken", "$cookie_messages"} <= set(
        re.findall(r"\$cookie_\w+", personal)
    )
    assert "proxy_cache_bypass $portal_personal;" in site
    assert "proxy_no_cache $portal_personal;" in site
    admin = site.split("location /admin/ {")[1].split("}")[0]
    assert "proxy_cache off;" in admin
    # The cache key has no scheme: PURGE arrives over HTTP for pages served over HTTPS.
    assert set(re.findall(r"proxy_cache_key (\S+);", site)) == {"$host$request_uri"}
    assert "proxy_cache_purge portal $host$request_uri;" in site
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in proxy
    assert "proxy_set_header X-Real-IP $remote_addr;" in proxy
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in proxy


def test_documents_never_come_from_storage_directly():
    site = (DEPLOY / "nginx" / "portal.conf").read_text()

    assert "location /media/documents/ {\n        return 404;" in site
    s3 = (DEPLOY / "nginx" / "portal" / "media-s3.conf").read_text()
    assert set(re.findall(r"location (\S+) \{", s3)) == {
        "/media/images/",
        "/media/original_images/",
        "/media/",
    }


def verify_units(tmp_path):
    """systemd-analyze verify on the units as installed (the template as portal@8001), with the
    release's programs present under a stand-in for /srv/portal."""
    release = tmp_path / "srv-portal"
    (release / ".venv" / "bin").mkdir(parents=True)
    for program in ("gunicorn", "python"):
        (release / ".venv" / "bin" / program).symlink_to("/bin/true")
    units = tmp_path / "units"
    units.mkdir()
    for source, name in [
        ("portal@.service", "portal@8001.service"),
        ("portal-scheduler.service", "portal-scheduler.service"),
    ]:
        text = (DEPLOY / "systemd" / source).read_text().replace("/srv/portal", str(release))
        (units / name).write_text(text)
    return subprocess.run(  # noqa: S603
        [SYSTEMD_ANALYZE, "verify", "portal@8001.service", "portal-scheduler.service"],
        cwd=units,
        capture_output=True,
        text=True,
    )


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="no systemd-analyze")
def test_systemd_accepts_the_units(tmp_path):
    result = verify_units(tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""


def test_units_run_the_app_servers_and_the_scheduler_with_the_environment_file():
    app = (DEPLOY / "systemd" / "portal@.service").read_text()
    scheduler = (DEPLOY / "systemd" / "portal-scheduler.service").read_text()

    assert "--bind ${PORTAL_BIND_ADDRESS}:%i" in app
    assert "config.wsgi:application" in app
    assert "manage.py run_scheduler" in scheduler
    for unit in (app, scheduler):
        assert "EnvironmentFile=/etc/portal/portal.env" in unit
        assert "User=portal" in unit


def test_the_environment_template_names_the_production_settings_and_holds_no_secret():
    template = (DEPLOY / "portal.env.example").read_text()
    values = dict(
        line.split("=", 1) for line in template.splitlines() if line and not line.startswith("#")
    )

    assert values["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    assert values["SECRET_KEY"] == ""
    assert values["MEDIA_S3_SECRET_ACCESS_KEY"] == ""
    assert all(
        "CHANGE-ME" in value for key, value in values.items() if "://" in value and "@" in value
    )
    assert set(production_env()) - {"PATH", "HOME"} <= set(values)


def test_every_variable_is_documented():
    """Every variable the settings read and the template sets has a row in docs/deploy.md."""
    guide = (ROOT / "docs" / "deploy.md").read_text()
    settings_source = "".join(
        (ROOT / "config" / "settings" / name).read_text() for name in ("base.py", "production.py")
    )
    read = set(re.findall(r"^    ([A-Z][A-Z0-9_]+)=\(", settings_source, re.MULTILINE))
    read |= set(re.findall(r'env\.\w+\("([A-Z][A-Z0-9_]+)"', settings_source))
    template = (DEPLOY / "portal.env.example").read_text()
    read |= set(re.findall(r"^([A-Z][A-Z0-9_]+)=", template, re.MULTILINE))

    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", guide, re.MULTILINE))
    assert read - documented == set()
