"""Progress of long commands: one line per stage with counts and elapsed time, and a progress bar
for work that takes more than a moment (loading the demo, indexing, generating data, backups).

On a terminal the bar redraws itself on one line; in a log (CI, containers) it writes a line at
every tenth instead, so the log stays short but still shows the work moving.
"""

import io
import sys
import time

from django.core.management.base import OutputWrapper

BAR_WIDTH = 28
# A terminal gets at most this many redraws a second: drawing must not slow the work.
REDRAWS_PER_SECOND = 10


def format_seconds(seconds):
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes} min {seconds:02d} s"


class ProgressBar:
    """`bar.advance(n)` as work is done; `finish()` prints the stage's line with its total."""

    def __init__(self, label, total, stream, unit="items"):
        self.label = label
        self.total = max(total, 0)
        self.stream = stream
        self.unit = unit
        self.done = 0
        self.started = time.monotonic()
        self.is_terminal = getattr(stream, "isatty", lambda: False)()
        self.last_drawn = 0.0
        self.last_tenth = 0

    def advance(self, count=1):
        self.done = min(self.done + count, self.total) if self.total else self.done + count
        if self.is_terminal:
            now = time.monotonic()
            if now - self.last_drawn >= 1 / REDRAWS_PER_SECOND or self.done == self.total:
                self.last_drawn = now
                self._write(f"\r{self._bar()}")
        elif self.total:
            tenth = self.done * 10 // self.total
            if tenth > self.last_tenth and self.done < self.total:
                self.last_tenth = tenth
                self._write(f"{self._bar()}\n")

    def finish(self, summary=None):
        """The stage's closing line: what was done and how long it took."""
        elapsed = format_seconds(time.monotonic() - self.started)
        line = f"{self.label}: {summary or f'{self.done} {self.unit}'} in {elapsed}"
        self._write(f"\r{line:<{len(self._bar())}}\n" if self.is_terminal else f"{line}\n")

    def _bar(self):
        elapsed = format_seconds(time.monotonic() - self.started)
        if not self.total:
            return f"{self.label}: {self.done} {self.unit}, {elapsed}"
        filled = BAR_WIDTH * self.done // self.total
        bar = "█" * filled + "·" * (BAR_WIDTH - filled)
        percent = 100 * self.done // self.total
        return f"{self.label} [{bar}] {percent:3d} % {self.done}/{self.total} {elapsed}"

    def _write(self, text):
        self.stream.write(text)
        self.stream.flush()


class Stages:
    """One line per stage of a command: `with stages.stage("Cities", total=25) as bar: ...`."""

    def __init__(self, stream=None):
        stream = stream or sys.stdout
        # A management command's stdout would end every redraw with a newline.
        self.stream = _UnendedOutput(stream) if isinstance(stream, OutputWrapper) else stream
        self.started = time.monotonic()
        self.timings = []

    @classmethod
    def silent(cls):
        """Stages that print nowhere, for callers that want no progress."""
        return cls(io.StringIO())

    def stage(self, label, total=0, unit="items", summary=None):
        """A stage; its closing line gives `summary` (text, or a function called at the end)
        instead of the count done."""
        return _Stage(self, label, total, unit, summary)

    def elapsed(self):
        return time.monotonic() - self.started


class _Stage:
    def __init__(self, stages, label, total, unit, summary):
        self.stages = stages
        self.bar = ProgressBar(label, total, stages.stream, unit)
        self.summary = summary

    def __enter__(self):
        return self

    def advance(self, count=1):
        self.bar.advance(count)

    def counting(self, items):
        """The items, one at a time, advancing the bar after each."""
        for item in items:
            yield item
            self.advance()

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is None:
            summary = self.summary() if callable(self.summary) else self.summary
            self.bar.finish(summary)
            self.stages.timings.append((self.bar.label, time.monotonic() - self.bar.started))
        return False


class _UnendedOutput:
    def __init__(self, output):
        self.output = output

    def write(self, text):
        self.output.write(text, ending="")

    def flush(self):
        self.output.flush()

    def isatty(self):
        return self.output.isatty()
