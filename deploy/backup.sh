#!/usr/bin/env bash
# Back up the portal into a new folder: the database (pg_dump, custom format), then the media,
# object by object from the bucket (or MEDIA_ROOT's files), each with its SHA-256.
#
#   deploy/backup.sh /var/backups/portal/$(date +%Y%m%d-%H%M)
#
# Run from the release folder (/srv/portal) with the portal's environment: the variables of
# /etc/portal/portal.env, read from PORTAL_ENV_FILE (default that file) when DATABASE_URL is not
# already set. docs/deploy.md, "Backups and restore"; deploy/restore.sh puts a backup back.
set -euo pipefail
target=$(realpath -m "${1:?usage: deploy/backup.sh NEW-FOLDER}")
. "$(dirname "$0")/environment.sh"
if [ -e "$target" ]; then
  echo "$target already exists: give a new folder" >&2
  exit 1
fi
mkdir -p "$target"
chmod 700 "$target"

# The database first: a file uploaded during the media copy is then only extra, never missing.
pg_dump --format=custom --no-owner --file="$target/portal.dump" "$DATABASE_URL"
pg_restore --list "$target/portal.dump" >/dev/null

if [ -n "${MEDIA_S3_BUCKET:-}" ]; then
  "$python" deploy/bucket_copy.py download "$target/media"
else
  mkdir -p "$target/media/files"
  cp -a "${MEDIA_ROOT:-media}/." "$target/media/files/"
  (cd "$target/media/files" && find . -type f -print0 | xargs -0 -r sha256sum) >"$target/media/SHA256SUMS"
fi
echo "backup complete: $target"
