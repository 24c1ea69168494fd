#!/usr/bin/env bash
# Put a backup made by deploy/backup.sh back: the database into an EMPTY database (create it
# first: `createdb -O portal portal`), then the media into the bucket (or MEDIA_ROOT), every file
# checked against the SHA-256 taken at backup time.
#
#   deploy/restore.sh /var/backups/portal/STAMP
#
# Stop the app servers and the scheduler first; afterwards run `manage.py migrate` (a backup
# from an older release) and empty the front cache (docs/deploy.md, "Backups and restore").
# The environment as for deploy/backup.sh.
set -euo pipefail
source=$(realpath -m "${1:?usage: deploy/restore.sh BACKUP-FOLDER}")
. "$(dirname "$0")/environment.sh"

tables=$(psql --no-psqlrc -Atc "select count(*) from pg_tables where schemaname = 'public'" "$DATABASE_URL")
if [ "$tables" != "0" ]; then
  echo "The database in DATABASE_URL is not empty ($tables tables): restore into a new one" >&2
  exit 1
fi
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DATABASE_URL" \
  "$source/portal.dump"

if [ -n "${MEDIA_S3_BUCKET:-}" ]; then
  "$python" deploy/bucket_copy.py upload "$source/media"
else
  (cd "$source/media/files" && sha256sum --check --quiet ../SHA256SUMS)
  mkdir -p "${MEDIA_ROOT:-media}"
  cp -a "$source/media/files/." "${MEDIA_ROOT:-media}/"
fi
echo "restore complete from $source"
