"""scripts/progress.sh, the stage lines of backup.sh and restore.sh: a stage line with its elapsed
time for every step, progress lines while a long one runs, and a failing step fails the script.
"""

import shutil
import subprocess

from tests.postgres import ROOT

BASH = shutil.which("bash")
# Writes a little, three times, pausing between: long enough for progress lines at 0.2 s.
SLOW_WRITER = 'for i in 1 2 3; do head -c 300000 /dev/zero >> "$1"; sleep 0.4; done'


def run_steps(script, **variables):
    result = subprocess.run(  # noqa: S603 - the project's own helper
        [BASH, "-c", f"set -euo pipefail; source scripts/progress.sh; {script}"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **variables},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.returncode, result.stdout, result.stderr.splitlines()


def test_a_long_step_reports_what_it_has_written_then_its_stage_line(tmp_path):
    written = tmp_path / "dump"
    status, stdout, lines = run_steps(
        f'step "Database dump" "{written}" sh -c \'{SLOW_WRITER}\' writer "{written}"',
        PROGRESS_AFTER_SECONDS="0.2",
        PROGRESS_EVERY_SECONDS="0.2",
    )
    assert status == 0
    assert stdout == ""
    *progress, stage = lines
    assert progress
    assert all(line.startswith("Database dump: ") and " so far, " in line for line in progress)
    assert stage.startswith("Database dump: 0.9 MiB in 1.")
    assert stage.endswith(" s")


def test_a_short_step_prints_its_stage_line_only():
    status, _, lines = run_steps('step "Checksums" "" true')
    assert status == 0
    assert len(lines) == 1
    assert lines[0].startswith("Checksums: done in 0.")


def test_a_failing_step_fails_with_its_status_and_prints_no_stage_line():
    status, _, lines = run_steps('step "Media" "" sh -c "exit 3"; echo not reached')
    assert status == 3
    assert lines == []
