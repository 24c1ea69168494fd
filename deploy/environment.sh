# Sourced by deploy/backup.sh and deploy/restore.sh: run from the release folder, with the
# portal's environment (PORTAL_ENV_FILE, default /etc/portal/portal.env, unless DATABASE_URL is
# already set) and its Python (PORTAL_PYTHON, default the release's .venv).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${DATABASE_URL:-}" ]; then
  set -a; . "${PORTAL_ENV_FILE:-/etc/portal/portal.env}"; set +a
fi
python=${PORTAL_PYTHON:-.venv/bin/python}
