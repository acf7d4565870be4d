"""The main window's tabs, one file each. Every ``*_tab.py`` declares its ``TAB``: its key,
title, place and which records it lists; the main window collects the declarations
(:func:`declared_tabs`), so a new area's tab is found without editing the window."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.workspace import Database
    from app.ui.signal_hub import SignalHub
    from app.ui.widgets.tab_page import TabPage


@dataclass(frozen=True, slots=True)
class TabSpec:
    key: str  # remembered as the last tab; ``jimukyoku gui --tab KEY``
    title: str  # English source in the "MainWindow" context (QT_TRANSLATE_NOOP)
    rank: int  # its place among the tabs, and so its Ctrl+number
    make: Callable[[Database, SignalHub], TabPage]
    records: frozenset[str]  # the records it lists, which a search hit shows here


@cache
def declared_tabs() -> tuple[TabSpec, ...]:
    """Every tab's declaration, in the order the tabs stand."""
    found: list[TabSpec] = []
    for module in pkgutil.iter_modules(__path__):
        if module.name.endswith("_tab"):
            declared = importlib.import_module(f"{__name__}.{module.name}").TAB
            assert isinstance(declared, TabSpec), f"{module.name}.TAB is not a TabSpec"
            found.append(declared)
    return tuple(sorted(found, key=lambda spec: spec.rank))
