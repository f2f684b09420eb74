"""Proofs of the layout in DESIGN.md: dependencies between apps point one way, files stay short.

Every project module is parsed with `ast`, so imports inside functions and under
`if TYPE_CHECKING:` count as much as those at the top of a file. A project app is a top-level
folder with an `__init__.py` (tests aside); migrations and tests are not part of the graph.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 400

# Folders that hold no project code of ours, wherever they appear.
NOT_PROJECT = {".venv", "node_modules", "__pycache__"}


def _python_files(*, skip=frozenset()):
    """Every project .py file, as paths relative to ROOT, leaving out folders named in `skip`."""
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        folders = relative.parts[:-1]
        if any(part.startswith(".") or part in NOT_PROJECT or part in skip for part in folders):
            continue
        yield relative


def project_apps():
    return frozenset(
        path.name
        for path in ROOT.iterdir()
        if path.is_dir() and (path / "__init__.py").is_file() and path.name != "tests"
    )


def _imported_modules(tree, module_parts):
    """(line, dotted name) for every import anywhere in the module, relative ones resolved."""
    package = module_parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                yield node.lineno, node.module
            elif node.level <= len(package):
                base = package[: len(package) - node.level + 1]
                yield node.lineno, ".".join([*base, *([node.module] if node.module else [])])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and not node.args[0].value.startswith(".")
        ):
            yield node.lineno, node.args[0].value


def app_imports():
    """{(importing app, imported app): ["file:line", ...]} over every project module."""
    apps = project_apps()
    edges = defaultdict(list)
    for relative in _python_files(skip={"tests", "migrations"}):
        source_app = relative.parts[0]
        if source_app not in apps:
            continue
        parts = relative.with_suffix("").parts
        if parts[-1] == "__init__":
            parts = (*parts[:-1], "__init__")
        tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"), filename=str(relative))
        for line, module in _imported_modules(tree, parts):
            target_app = module.split(".")[0]
            if target_app in apps and target_app != source_app:
                edges[source_app, target_app].append(f"{relative}:{line}")
    return edges


def _strongly_connected(nodes, edges):
    """Tarjan's algorithm: the groups of apps that can each reach the others."""
    successors = defaultdict(set)
    for source, target in edges:
        successors[source].add(target)
    index, low, on_stack, stack, groups = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(successors[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            groups.append(group)

    for node in sorted(nodes):
        if node not in index:
            visit(node)
    return groups


def _describe(edges, pairs):
    lines = []
    for source, target in sorted(pairs):
        places = edges[source, target]
        shown = ", ".join(places[:3]) + (f" and {len(places) - 3} more" if len(places) > 3 else "")
        lines.append(f"  {source} -> {target}: {shown}")
    return "\n".join(lines)


def test_no_import_cycle_between_apps():
    edges = app_imports()
    cycles = [group for group in _strongly_connected(project_apps(), edges) if len(group) > 1]
    report = [
        f"apps {', '.join(sorted(group))} import each other:\n"
        + _describe(edges, [pair for pair in edges if set(pair) <= group])
        for group in cycles
    ]
    assert not cycles, "Import cycles between apps (DESIGN.md, Layout):\n" + "\n".join(report)


def test_core_imports_no_project_app():
    edges = app_imports()
    outward = [pair for pair in edges if pair[0] == "core"]
    assert not outward, "core/ imports project apps (DESIGN.md, Layout):\n" + _describe(
        edges, outward
    )


def is_demo_data(relative):
    """A demo module that only holds data: no function or class of its own."""
    if relative.parts[0] != "demo":
        return False
    tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
    code = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return not any(isinstance(node, code) for node in ast.walk(tree))


def test_no_long_python_files():
    offenders = []
    for relative in _python_files(skip={"migrations"}):
        with (ROOT / relative).open(encoding="utf-8") as source:
            lines = sum(1 for _ in source)
        if lines > MAX_LINES and not is_demo_data(relative):
            offenders.append(f"  {relative}: {lines} lines")
    assert not offenders, f"Python files over {MAX_LINES} lines (demo data aside):\n" + "\n".join(
        offenders
    )


def test_the_proofs_see_the_project():
    """Guard against a test that passes because it looked at nothing."""
    assert {"cms", "core", "home", "casestudies", "search"} <= project_apps()
    assert ("cms", "core") in app_imports()
    assert is_demo_data(Path("demo/translations/de_case_studies.py"))
    assert not is_demo_data(Path("demo/translate.py"))
