# Progress of scripts/backup.sh and scripts/restore.sh, sourced by both: one line per stage
# with its elapsed time, in the format of core/progress.py ("Database dump: 12.0 MiB in 3.1 s"),
# and while a long step runs a line every few seconds with what it has written so far (redrawn
# in place on a terminal). Everything goes to stderr: backup.sh's stdout is the backup's path.
# Needs nothing beyond coreutils and awk (no pv), like the image and CI.

# A step that ends sooner shows no progress, only its stage line (both may be set beforehand).
PROGRESS_AFTER_SECONDS=${PROGRESS_AFTER_SECONDS:-2}
PROGRESS_EVERY_SECONDS=${PROGRESS_EVERY_SECONDS:-2}

progress_now() { date +%s.%N; }

# Seconds since $1 (from progress_now), as core/progress.format_seconds writes them.
progress_since() {
    awk -v started="$1" -v now="$(progress_now)" 'BEGIN {
        seconds = now - started
        if (seconds < 60) { printf "%.1f s", seconds; exit }
        seconds = int(seconds + 0.5)
        printf "%d min %02d s", seconds / 60, seconds % 60
    }'
}

# The size of a file or folder, in MiB; nothing while it does not exist yet.
progress_size() {
    [ -e "$1" ] || return 0
    du -sk -- "$1" | awk '{ printf "%.1f MiB", $1 / 1024 }'
}

progress_line() {
    if [ -t 2 ]; then printf '\r%s\033[K' "$1" >&2; else printf '%s\n' "$1" >&2; fi
}

# Run by `step` beside the command: reports until the command (process $3) has ended.
progress_report() {
    local label=$1 watched=$2 worker=$3 started=$4
    sleep "$PROGRESS_AFTER_SECONDS"
    while kill -0 "$worker" 2>/dev/null; do
        if [ -n "$watched" ]; then
            progress_line "$label: $(progress_size "$watched") so far, $(progress_since "$started")"
        else
            progress_line "$label: running, $(progress_since "$started")"
        fi
        sleep "$PROGRESS_EVERY_SECONDS"
    done
}

# step LABEL WATCHED COMMAND...: runs the command with progress lines (the size of WATCHED, a
# file or folder it writes; "" for none), then its stage line. Fails with the command's status.
step() {
    local label=$1 watched=$2 started status=0 worker reporter
    shift 2
    started=$(progress_now)
    "$@" &
    worker=$!
    progress_report "$label" "$watched" "$worker" "$started" &
    reporter=$!
    wait "$worker" || status=$?
    kill "$reporter" 2>/dev/null || true
    wait "$reporter" 2>/dev/null || true
    [ "$status" -eq 0 ] || return "$status"
    local summary="done"
    [ -z "$watched" ] || summary=$(progress_size "$watched")
    progress_line "$label: $summary in $(progress_since "$started")"
    [ ! -t 2 ] || printf '\n' >&2
}
