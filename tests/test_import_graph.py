"""No import cycle between files in app/ (ARCHITECTURE.md).

The graph is read from the sources with ``ast``, not from ``sys.modules``: every import
counts, including those inside functions and under ``if TYPE_CHECKING:``, because a cycle
hidden from the interpreter is still a circle a reader has to untangle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"


def module_name(path: Path) -> str:
    """``app/ui/capture/view.py`` → ``app.ui.capture.view``; a package is its ``__init__``."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_modules() -> dict[str, Path]:
    """Every module of app/, by dotted name."""
    return {module_name(path): path for path in sorted(APP.rglob("*.py"))}


def _package_of(name: str, path: Path) -> str:
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _absolute(node: ast.ImportFrom, package: str) -> str:
    """The module a ``from … import`` names, with relative levels resolved."""
    if not node.level:
        return node.module or ""
    base = package.split(".")
    if node.level > 1:
        base = base[: -(node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _existing(name: str, modules: dict[str, Path]) -> str | None:
    """The module of app/ that ``name`` stands for: itself, or the nearest enclosing one
    (``import app.x.y`` where y is not a module still loads ``app.x``)."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of app/ that the file imports, anywhere in it."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, _package_of(name, path))
            # from app.x import y: app/x/y.py when y is a module, else app/x itself
            targets = [
                f"{module}.{alias.name}" if f"{module}.{alias.name}" in modules else module
                for alias in node.names
            ]
        for target in targets:
            ours = target == "app" or target.startswith("app.")
            resolved = _existing(target, modules) if ours else None
            if resolved is not None and resolved != name:
                found.add(resolved)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = app_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def strongly_connected(graph: dict[str, set[str]]) -> Iterator[list[str]]:
    """Tarjan's algorithm, iterative (a deep chain of imports must not hit the recursion
    limit). Yields every component, singletons included."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                yield sorted(component)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or around a circle."""
    return sorted(
        component
        for component in strongly_connected(graph)
        if len(component) > 1 or component[0] in graph[component[0]]
    )


def describe(cycle: list[str], graph: dict[str, set[str]]) -> str:
    """A cycle as the imports that make it: ``a → b, c`` for each module in it."""
    return "\n".join(
        f"  {module} → {', '.join(sorted(graph[module] & set(cycle)))}" for module in cycle
    )


def test_the_graph_is_read_from_the_sources() -> None:
    graph = import_graph()
    # a plain import, an import of a module from its package, and a TYPE_CHECKING one
    assert "app.services.capture.rows" in graph["app.services.capture.sources"]
    assert "app.ui.capture.capture_console" in graph["app.ui.meeting.meeting_window"]
    assert len(graph) > 100


def test_every_kind_of_import_is_resolved(tmp_path: Path) -> None:
    source = tmp_path / "view.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "import app.p.rows as rows\n"
        "from . import state\n"
        "from .keys import KeyFilter\n"
        "from ..shared import helpers, NAME\n"
        "if TYPE_CHECKING:\n"
        "    from app.p.console import Console\n"
        "def later():\n"
        "    from app.q import Thing\n",
        encoding="utf-8",
    )
    names = ["app.p.rows", "app.p.state", "app.p.keys", "app.shared", "app.shared.helpers"]
    modules = {name: tmp_path / "x.py" for name in [*names, "app.p.console", "app.q"]}
    assert imports_of("app.p.view", source, modules) == {*names, "app.p.console", "app.q"}


def test_the_cycle_finder_finds_circles_and_only_them() -> None:
    graph = {
        "a": {"b"},
        "b": {"c"},
        "c": {"a", "d"},
        "d": {"e"},
        "e": set(),
        "f": {"f"},
        "g": {"d"},
    }
    assert cycles(graph) == [["a", "b", "c"], ["f"]]


def test_no_import_cycle_in_app() -> None:
    graph = import_graph()
    found = cycles(graph)
    assert not found, f"{len(found)} import cycle(s) in app/:\n" + "\n\n".join(
        describe(cycle, graph) for cycle in found
    )
