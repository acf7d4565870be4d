"""No module in app/ registers a SQLAlchemy event listener when it is imported.

Session hooks belong to the database that runs them (``workspace.open_database`` hands
them to it); a listener installed at import time would run for every session in the
process, and only if someone happened to import its module first.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
_EVENT_FUNCTIONS = frozenset({"listen", "listens_for"})


def _event_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to the ``sqlalchemy.event`` module, and to its listen functions."""
    modules = {"event"}
    functions = {"listens_for"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in {"sqlalchemy", "sqlalchemy.event"}:
            for alias in node.names:
                bound = alias.asname or alias.name
                if node.module == "sqlalchemy" and alias.name == "event":
                    modules.add(bound)
                elif node.module == "sqlalchemy.event" and alias.name in _EVENT_FUNCTIONS:
                    functions.add(bound)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "sqlalchemy.event" and alias.asname:
                    modules.add(alias.asname)
    return modules, functions


def _run_on_import(statements: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every node the interpreter evaluates when the module is imported: module-level
    statements and class bodies, and of functions only their decorators, defaults and
    annotations, never their bodies."""
    pending: list[ast.AST] = list(statements)
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            pending.extend(node.decorator_list)
            pending.extend(node.args.defaults)
            pending.extend(d for d in node.args.kw_defaults if d is not None)
        elif isinstance(node, ast.Lambda):
            pending.extend(node.args.defaults)
            pending.extend(d for d in node.args.kw_defaults if d is not None)
        else:
            pending.extend(ast.iter_child_nodes(node))


def _is_listen(call: ast.Call, modules: set[str], functions: set[str]) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in functions
    if isinstance(func, ast.Attribute):
        if func.attr == "listens_for":
            return True
        if func.attr in _EVENT_FUNCTIONS:
            owner = func.value
            if isinstance(owner, ast.Name):
                return owner.id in modules
            return isinstance(owner, ast.Attribute) and owner.attr == "event"
    return False


def listeners_on_import(source: str, filename: str = "<source>") -> list[int]:
    """Line numbers of the event registrations that run when ``source`` is imported."""
    tree = ast.parse(source, filename)
    modules, functions = _event_names(tree)
    return sorted(
        node.lineno
        for node in _run_on_import(tree.body)
        if isinstance(node, ast.Call) and _is_listen(node, modules, functions)
    )


def test_no_module_in_app_registers_a_listener_on_import() -> None:
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 50  # the walk found the package
    found = [
        f"{path.relative_to(APP.parent)}:{line}"
        for path in files
        for line in listeners_on_import(path.read_text(encoding="utf-8"), str(path))
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy import event\n"
        "from sqlalchemy.orm import Session\n"
        "@event.listens_for(Session, 'before_flush')\n"
        "def hook(session, context, instances): ...\n",
        "from sqlalchemy import event\nevent.listen(Session, 'after_flush', hook)\n",
        "import sqlalchemy\nsqlalchemy.event.listen(Session, 'after_flush', hook)\n",
        "from sqlalchemy.event import listens_for\n"
        "class Hooks:\n"
        "    @listens_for(Session, 'after_flush')\n"
        "    def hook(session, context): ...\n",
        "from sqlalchemy.event import listen as on\nif True:\n    on(Session, 'after_flush', f)\n",
    ],
)
def test_the_check_sees_registrations_at_import(source: str) -> None:
    assert listeners_on_import(source) != []


def test_the_check_leaves_registrations_inside_functions_alone() -> None:
    source = (
        "from sqlalchemy import event\n"
        "def make_engine(url):\n"
        "    engine = create_engine(url)\n"
        "    event.listen(engine, 'connect', on_connect)\n"
        "    return engine\n"
    )
    assert listeners_on_import(source) == []
