"""bench/memory.py's reading of /proc: the resident set of a process and the workers of gunicorn's
arbiter (the measurement itself starts gunicorn: `python -m bench.memory DATABASE_URL`)."""

import os

import pytest

from bench.memory import child_pids, process_rss_mib, rss_mib

STATUS = """Name:\tgunicorn
Umask:\t0022
State:\tS (sleeping)
VmPeak:\t  412000 kB
VmRSS:\t  153600 kB
RssAnon:\t  120000 kB
"""


def test_the_resident_set_is_read_in_mib():
    assert rss_mib(STATUS) == 150.0


def test_a_process_without_a_resident_set_has_none():
    assert rss_mib("Name:\tzombie\nState:\tZ (zombie)\n") is None


def test_another_unit_is_refused():
    with pytest.raises(ValueError, match="MB"):
        rss_mib("VmRSS:\t 150 MB\n")


def test_the_workers_are_the_children_of_the_arbiter(tmp_path):
    # /proc/<pid>/stat: the parent is the second field after the command name, which may hold
    # spaces and parentheses.
    for pid, name, parent in [(10, "gunicorn", 1), (11, "gunicorn: worker (a) b", 10),
                              (12, "python", 10), (13, "other", 99)]:  # fmt: skip
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "stat").write_text(f"{pid} ({name}) S {parent} {pid} 0 0\n")
    (tmp_path / "self").mkdir()
    assert child_pids(10, proc=tmp_path) == [11, 12]


def test_this_process_has_a_resident_set():
    assert process_rss_mib(os.getpid()) > 1
