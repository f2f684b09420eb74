"""The search benchmark's report as Markdown tables, for the terminal and docs/benchmarks.md."""

TARGETS_MS = {"search": 150, "suggest": 50}  # p95, on PostgreSQL


def milliseconds(value):
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def markdown(report):
    """The report as Markdown tables, for the terminal and the README."""
    lines = []
    pages = report.get("pages", {})
    case_studies = pages.get("CaseStudy (en)", 0)
    translations = sum(count for kind, count in pages.items() if not kind.endswith("(en)"))
    machine_info = report["machine"]
    lines.append(
        f"**{report['database_version']}**, {machine_info['cores']} cores ({machine_info['cpu']}), "
        f"Python {machine_info['python']}, {machine_info['date']}; backend "
        f"{report['search_backend']}; load average during the run "
        f"{report['load_average_before'][0]:.1f} → {report['load_average_after'][0]:.1f}"
    )
    lines.append("")
    timings = report["timings_s"]
    if pages:
        lines += [
            "| dataset | value |",
            "| --- | --- |",
            f"| pages generated | {sum(pages.values()):,}: {case_studies:,} case studies with "
            f"cities, topics and events, {translations:,} of all these translated (de, es) |",
            f"| generation | {timings['dataset_generation']:.1f} s "
            f"({sum(pages.values()) / timings['dataset_generation']:,.0f} pages/s) |",
            f"| `update_index` | {timings['update_index']:.1f} s for "
            f"{report['indexed_objects']:,} objects "
            f"({report['indexing_objects_per_s']:,.0f} objects/s) |",
            f"| `migrate` (relaxed durability) | {timings['migrate']:.1f} s |",
            f"| first search request (cold caches) | {report['first_request_ms']:.0f} ms |",
            "",
        ]
    lines += [
        "| requests | count | p50 ms | p95 ms | p99 ms | max ms | timed out | p95 target |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, label in (("search", "search page"), ("suggest", "autocomplete")):
        stats = report[name]
        if not stats:
            lines.append(f"| {label} | not available | | | | | | |")
            continue
        lines.append(
            f"| {label} | {stats['count']} | {milliseconds(stats['p50'])} | "
            f"{milliseconds(stats['p95'])} | {milliseconds(stats['p99'])} | "
            f"{milliseconds(stats['max'])} | {report[f'{name}_timeouts']} | "
            f"< {TARGETS_MS[name]} ms |"
        )
        cpu = report[f"{name}_cpu"]
        lines.append(
            f"| {label}: CPU time of the Django process | {cpu['count']} | "
            f"{milliseconds(cpu['p50'])} | {milliseconds(cpu['p95'])} | "
            f"{milliseconds(cpu['p99'])} | {milliseconds(cpu['max'])} | | |"
        )
    errors = len(report["search_errors"]) + len(report["suggest_errors"])
    lines += [
        "",
        f"Failed requests: {errors}. Timed out: stopped after {report['timeout_s']:g} s, "
        "counted at that duration. CPU time leaves out the database server (PostgreSQL) and "
        "time spent waiting for the CPU on a busy machine.",
        "",
        "| search requests by kind | count | p50 ms | p95 ms | max ms | timed out |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for category, stats in report["search_by_category"].items():
        lines.append(
            f"| {category} | {stats['count']} | {milliseconds(stats['p50'])} | "
            f"{milliseconds(stats['p95'])} | {milliseconds(stats['max'])} | {stats['timeouts']} |"
        )
    lines += [
        "",
        "| SQL statements per search request | many results | few results |",
        "| --- | --- | --- |",
    ]
    for row in report["query_counts"]:
        lines.append(f"| {row['scenario']} | {row['many results']} | {row['few results']} |")
    lines += ["", "Slowest requests (measured again, with their SQL):", ""]
    for row in report["slowest_search"] + report["slowest_suggest"]:
        lines.append(
            f"- `{row['url']}`: {row['ms_measured']:.0f} ms (again: {row['ms_again']:.0f} ms), "
            f"{row['queries']} SQL statements taking {row['sql_ms']:.0f} ms"
        )
    return "\n".join(lines)
