#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into DATABASE_URL and MEDIA_ROOT.
# Usage: scripts/restore.sh [--yes] BACKUP_FOLDER
#
# Replaces the content of the target database (pg_restore --clean --if-exists, in one
# transaction: on an error nothing changes) and puts the backup's files into MEDIA_ROOT
# (files uploaded since the backup stay; the restored database does not refer to them).
# Then empties the site's caches (`manage.py clear_caches`, with the Python of $PYTHON, else
# .venv, else python3). Stop the web, worker and scheduler processes first, and run
# `manage.py migrate` after restoring into a newer release. Without --yes it asks first.
# Its stages and their progress go to stderr (scripts/progress.sh).
set -euo pipefail

usage() { sed -n '2,3s/^# \{0,1\}//p' "$0"; }
confirmed=false
case "${1:-}" in
    -h | --help) usage; exit 0 ;;
    --yes) confirmed=true; shift ;;
esac
if [ $# -ne 1 ]; then usage >&2; exit 2; fi

cd "$(dirname "$0")/.."
source scripts/progress.sh
started=$(progress_now)
backup="${1%/}"
database_url="${DATABASE_URL:?DATABASE_URL must be set to the PostgreSQL database to restore into}"
case "$database_url" in
    postgres://* | postgresql://*) ;;
    *) echo "restore.sh: DATABASE_URL must be a postgres:// URL" >&2; exit 2 ;;
esac
media_root="${MEDIA_ROOT:-var/media}"

if [ ! -f "$backup/database.dump" ]; then
    echo "restore.sh: $backup holds no database.dump" >&2
    exit 1
fi
step "Checksums" "" sh -c 'cd "$1" && sha256sum --check --quiet SHA256SUMS' checksums "$backup"

database_name="${database_url##*/}"
database_name="${database_name%%\?*}"
if ! $confirmed; then
    if [ ! -t 0 ]; then
        echo "restore.sh: this replaces database $database_name and $media_root; pass --yes" >&2
        exit 1
    fi
    read -r -p "Replace database $database_name and $media_root with $backup? Type yes: " answer
    [ "$answer" = yes ] || { echo "Nothing restored."; exit 1; }
fi

# Owners and grants of the source server may not exist here: the connecting user owns all.
step "Database $database_name" "" \
    pg_restore --dbname="$database_url" --clean --if-exists --no-owner --no-privileges \
    --single-transaction --exit-on-error "$backup/database.dump"

if [ -f "$backup/media.tar.gz" ]; then
    mkdir -p "$media_root"
    step "Media into $media_root" "" \
        tar --extract --gzip --file="$backup/media.tar.gz" --directory="$media_root"
fi

# Pages, image renditions and the search catalogue's token cached from the content before the
# restore would otherwise be served for minutes: empty every cache of the site (REDIS_URL).
if [ -f manage.py ]; then
    if [ -n "${PYTHON:-}" ]; then python="$PYTHON"
    elif [ -x .venv/bin/python ]; then python=.venv/bin/python
    else python=python3
    fi
    step "Caches" "" "$python" manage.py clear_caches
else
    echo "restore.sh: no manage.py here: run \`manage.py clear_caches\` before the site serves" \
        "again (docker compose's migrate service does it at \`up\`)" >&2
fi
echo "Restore: $backup in $(progress_since "$started")" >&2
