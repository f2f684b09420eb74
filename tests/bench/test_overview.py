"""`make bench` (bench/overview.py): every kind of page rendered and counted, one table."""

from bench import dataset, pages_run
from bench.overview import markdown


def test_every_kind_of_page_is_measured_and_shown_in_one_table(db):
    dataset.generate(40, seed=5)
    page_figures = pages_run.run(requests_per_page=1, searches=2)

    assert set(page_figures) >= {"home page", "case-study listing", "case study", "search"}
    for name, figures in page_figures.items():
        assert figures["errors"] == [], name
        assert figures["queries"] is not None, name
        assert figures["p50"] <= figures["p95"], name

    report = {
        "machine": {"date": "2026-12-03", "cores": 2, "cpu": "Test CPU"},
        "case_studies": 40,
        "database": "PostgreSQL 15.19",
        "load_average_before": (0.5, 0, 0),
        "load_average_after": (0.7, 0, 0),
        "pages": page_figures,
        "timings_s": {"update_index": 12.34},
        "worker_rss_mib": {"workers": 2, "warmed_mib": {1: 120.0, 2: 130.0}, "max_mib": 130.0},
        "cold_start_s": {"demo content": 18.2, "total": 80.5},
    }
    table = markdown(report)
    assert table.startswith("40 case studies, PostgreSQL 15.19, 2026-12-03, 2 cores (Test CPU)")
    case_study = page_figures["case study"]
    assert f"| case study | {case_study['queries']} | {case_study['p50']:.1f} ms |" in table
    assert "| `update_index`, whole site | | 12.3 s | |" in table
    assert "| gunicorn worker RSS after warm-up (2 workers) | | 130 MiB | 130 MiB (max) |" in table
    assert "| `make run`: demo content | | 18.2 s | |" in table
    assert "| `make run`, fresh clone to serving | | 80.5 s | |" in table
