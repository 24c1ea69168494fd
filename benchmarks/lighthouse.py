"""Lighthouse scores of the public pages at phone size (issue #18 item 7).

Seeds a small demo network (the provincial office and one hospital, with content) in a
throw-away database, serves it like production (DEBUG off, collected static files served by
whitenoise) with gunicorn on loopback (benchmarks/serving.py), and runs Lighthouse from npm
(package.json) on Debian's Chromium over the portal home, the hospital's home, one of its news
items and one of its e-service forms, with Lighthouse's mobile form factor and screen emulation
and its default simulated mobile network and CPU. Chromium resolves every `*.localhost` unit
host to loopback by itself; every other host name fails to resolve, so nothing leaves the machine.
"""

import csv
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks import Table
from benchmarks.serving import ROOT, database_url, environment, gunicorn, manage, python

UNITS_CSV = ROOT / "network" / "data" / "satun-units.csv"  # the demo's network
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM_PATHS = [Path("/usr/lib/chromium/chromium"), Path("/usr/bin/chromium")]
UNIT_CODES = ["PHO-STN", "10746"]  # the provincial office (the portal home's own unit), a hospital
MEASURED_UNIT = "10746"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGET = 95
# Besides chrome-launcher's own (no background networking, component updates, sync, first-run
# or domain reliability reports: node_modules/chrome-launcher/dist/flags.js).
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-pings",
    # Loopback only: any other host name fails to resolve (maps' OpenStreetMap frames included).
    '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE *.localhost, '
    'EXCLUDE 127.0.0.1"',
]
# (label, hostname, path) of each measured page, printed as JSON by the portal itself.
PAGES = f"""
import json
from home.models import PortalHomePage
from benchmarks.serving import page_address
from unitsites.models import NewsPage, ServiceFormPage, UnitHomePage

def address(label, page):
    return [label, *page_address(page)]

thai = {{"locale__language_code": "th"}}
unit_home = UnitHomePage.objects.get(unit__code="{MEASURED_UNIT}", **thai)
in_unit = {{"path__startswith": unit_home.path, **thai}}
print(json.dumps([
    address("portal home", PortalHomePage.objects.get(**thai)),
    address("unit home", unit_home),
    address("news item", NewsPage.objects.live().filter(**in_unit).order_by("path").first()),
    address("e-service form", ServiceFormPage.objects.live().filter(**in_unit).order_by("path").first()),
]))
"""


def _chromium():
    for path in CHROMIUM_PATHS:
        if path.exists():
            return path
    raise RuntimeError(
        "Chromium is missing: `apt-get install -y chromium fonts-thai-tlwg` (looked for "
        + ", ".join(map(str, CHROMIUM_PATHS))
        + ")"
    )


def _version(chromium):
    """E.g. "Chromium 150.0.7871.100" (the user agent in Lighthouse's report hides the minor parts)."""
    output = subprocess.run([chromium, "--version"], check=True, capture_output=True, text=True)
    return re.search(r"Chromium [\d.]+", output.stdout).group(0)


def _check_lighthouse():
    if shutil.which("node") is None or not LIGHTHOUSE.exists():
        raise RuntimeError(
            f"Lighthouse is missing ({LIGHTHOUSE}): run `make install-dev` "
            "(npm ci installs package.json's devDependencies)"
        )


def _units_csv(workdir):
    """A units CSV with only UNIT_CODES' rows of the shipped Satun network."""
    with UNITS_CSV.open(encoding="utf-8", newline="") as source:
        reader = csv.DictReader(source)
        rows = [row for row in reader if row["code"] in UNIT_CODES]
        path = workdir / "units.csv"
        with path.open("w", encoding="utf-8", newline="") as target:
            writer = csv.DictWriter(target, reader.fieldnames)
            writer.writeheader()
            writer.writerows(rows)
    return path


def _prepare_portal(env, workdir):
    # The checks want Redis for the rate limits of submissions, which Lighthouse never makes.
    manage(env, "migrate", "--no-input", "-v0", "--skip-checks")
    manage(env, "collectstatic", "--no-input", "-v0", "--skip-checks")
    manage(env, "seed_demo", "--units", str(_units_csv(workdir)), "--skip-checks")
    return json.loads(python(env, PAGES))


def _lighthouse(url, chromium, report_path):
    """Lighthouse's report (JSON) of `url` at phone size."""
    subprocess.run(
        [
            "node",
            str(LIGHTHOUSE),
            url,
            "--quiet",
            f"--chrome-flags={' '.join(CHROME_FLAGS)}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--form-factor=mobile",
            "--output=json",
            f"--output-path={report_path}",
        ],
        cwd=ROOT,
        env={**os.environ, "CHROME_PATH": str(chromium)},
        check=True,
        capture_output=True,
    )
    return json.loads(report_path.read_text(encoding="utf-8"))


def _scores(report):
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def _costly_audits(report, category):
    """Ids of the audits that cost `category` points, the heaviest first."""
    refs = report["categories"][category]["auditRefs"]
    costly = [
        (ref["weight"], ref["id"])
        for ref in refs
        if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
    ]
    return [audit for _weight, audit in sorted(costly, reverse=True)]


def run():
    chromium = _chromium()
    _check_lighthouse()
    workdir = Path(tempfile.mkdtemp(prefix="bench-lighthouse-"))
    env = environment(
        workdir,
        database_url(workdir),
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECURE_SSL_REDIRECT="False",  # plain HTTP on loopback
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(workdir / "static"),
        CACHE_URL=f"filecache://{workdir / 'cache'}",
    )
    table = Table(
        "Lighthouse at phone size (mobile form factor, simulated throttling), scores of 100",
        ["page", *CATEGORIES, "address"],
    )
    try:
        pages = _prepare_portal(env, workdir)
        with gunicorn(env, workdir / "gunicorn.log", host="localhost") as server:
            port = urlsplit(server.url).port
            for number, (label, hostname, path) in enumerate(pages):
                url = f"http://{hostname}:{port}{path}"
                report = _lighthouse(url, chromium, workdir / f"page-{number}.json")
                scores = _scores(report)
                table.rows.append([label, *scores.values(), f"{hostname}{path}"])
                for category, score in scores.items():
                    if score < TARGET:
                        audits = ", ".join(_costly_audits(report, category))
                        table.notes.append(f"{label}, {category} {score}: {audits}")
        table.notes.append(
            f"Lighthouse {report['lighthouseVersion']} on {_version(chromium)} ({chromium})"
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return table
