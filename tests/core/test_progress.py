"""Long commands say what they do: one line per stage, and a bar while a stage runs."""

import io

from django.core.management.base import OutputWrapper

from core.progress import ProgressBar, Stages, format_seconds


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_log_gets_a_line_at_each_tenth_and_the_stage_line():
    output = io.StringIO()
    with Stages(output).stage("Cities", 20, unit="pages") as stage:
        for _ in stage.counting(range(20)):
            pass
    lines = output.getvalue().splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("Cities [")
    assert "10 % 2/20" in lines[0]
    assert lines[-1].startswith("Cities: 20 pages in ")


def test_a_terminal_gets_one_line_redrawn_in_place():
    output = Terminal()
    bar = ProgressBar("Search index", 3, output, unit="objects")
    bar.advance(3)
    bar.finish()
    text = output.getvalue()
    assert text.startswith("\rSearch index [")
    assert text.count("\n") == 1
    assert "\rSearch index: 3 objects in " in text


def test_the_stage_line_gives_the_summary_computed_at_the_end():
    output = io.StringIO()
    counts = {"created": 0}
    with Stages(output).stage("Topics", summary=lambda: f"{counts['created']} created"):
        counts["created"] = 12
    assert output.getvalue().startswith("Topics: 12 created in ")


def test_a_failed_stage_prints_no_closing_line():
    output = io.StringIO()
    try:
        with Stages(output).stage("Events", 2):
            raise RuntimeError
    except RuntimeError:
        pass
    assert "Events:" not in output.getvalue()


def test_a_commands_output_keeps_the_bar_on_one_line():
    output = Terminal()
    with Stages(OutputWrapper(output)).stage("Images", 2) as stage:
        stage.advance(2)
    assert output.getvalue().count("\n") == 1


def test_times_read_as_seconds_then_minutes():
    assert format_seconds(4.26) == "4.3 s"
    assert format_seconds(75) == "1 min 15 s"
