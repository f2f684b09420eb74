#!/usr/bin/env bash
# Back up the site: a PostgreSQL dump of DATABASE_URL and a tar of MEDIA_ROOT, into a new
# timestamped folder. Usage: scripts/backup.sh [BACKUP_DIR]   (default: $BACKUP_DIR or ./backups)
#
# Reads DATABASE_URL (postgres://user:password@host:port/name) and MEDIA_ROOT (default
# var/media) like the site does. pg_dump must be at least the server's major version. Media on
# S3-compatible storage is not in MEDIA_ROOT: back up the bucket with the storage's own means
# (versioning, replication). scripts/restore.sh puts a backup back. Prints the backup's folder;
# its stages and their progress go to stderr (scripts/progress.sh).
set -euo pipefail
# The dump holds every account's password hash and e-mail address: readable by its owner only.
umask 077

usage() { sed -n '2,3s/^# \{0,1\}//p' "$0"; }
case "${1:-}" in -h | --help) usage; exit 0 ;; esac

cd "$(dirname "$0")/.."
source scripts/progress.sh
started=$(progress_now)
database_url="${DATABASE_URL:?DATABASE_URL must be set to the PostgreSQL database to back up}"
case "$database_url" in
    postgres://* | postgresql://*) ;;
    *) echo "backup.sh: DATABASE_URL must be a postgres:// URL" >&2; exit 2 ;;
esac
media_root="${MEDIA_ROOT:-var/media}"
backup_root="${1:-${BACKUP_DIR:-backups}}"

target="$backup_root/iscn-$(date -u +%Y%m%dT%H%M%SZ)"
if [ -e "$target" ]; then
    echo "backup.sh: $target exists already" >&2
    exit 1
fi
mkdir -p "$target"
# Half-written backups must not look like good ones.
trap 'echo "backup.sh: failed, removing $target" >&2; rm -rf "$target"' ERR

# Custom format: compressed, and pg_restore can restore it into any database.
step "Database dump" "$target/database.dump" \
    pg_dump --dbname="$database_url" --format=custom --compress=6 --file="$target/database.dump"

if [ -d "$media_root" ]; then
    step "Media" "$target/media.tar.gz" \
        tar --create --gzip --file="$target/media.tar.gz" --directory="$media_root" .
else
    echo "backup.sh: no media folder at $media_root, database only" >&2
fi

step "Checksums" "" sh -c 'cd "$1" && sha256sum -- * > SHA256SUMS' checksums "$target"
trap - ERR
echo "Backup: $target in $(progress_since "$started")" >&2
echo "$target"
