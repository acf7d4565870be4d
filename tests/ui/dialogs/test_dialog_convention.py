"""Every dialog opens through one classmethod, ``run(parent, ...)``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from PySide6.QtWidgets import QDialog

import app.ui.capture
import app.ui.dialogs
import app.ui.meeting

# Stays open beside the tabs: the main window keeps one and shows it (see app.ui.dialogs).
NOT_RUN = {"SearchDialog"}


def _dialog_classes() -> list[type[QDialog]]:
    found = []
    for package in (app.ui.dialogs, app.ui.meeting, app.ui.capture):
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            found += [
                value
                for value in vars(module).values()
                if inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__ == module.__name__
            ]
    return found


def test_every_dialog_opens_through_run() -> None:
    dialogs = _dialog_classes()
    assert len(dialogs) >= 17
    missing = [
        d.__name__
        for d in dialogs
        if d.__name__ not in NOT_RUN and not inspect.ismethod(getattr(d, "run", None))
    ]
    assert missing == []


def test_no_caller_builds_a_dialog_itself() -> None:
    """Outside its own file a dialog is only ever ``run``, never built and exec()-ed."""
    dialogs = [d for d in _dialog_classes() if d.__name__ not in NOT_RUN]
    ui = Path(app.ui.dialogs.__file__).parent.parent
    built = []
    for path in ui.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for dialog in dialogs:
            if inspect.getsourcefile(dialog) != str(path) and re.search(
                rf"\b{dialog.__name__}\(", text
            ):
                built.append(f"{path.name}: {dialog.__name__}")
    assert built == []
