"""ホーム: what needs doing now, the first tab (the page itself is in app/ui/home)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.ui.home.home_tab import HomeTab
from app.ui.tabs import TabSpec

TAB = TabSpec(
    key="home",
    title=str(QT_TRANSLATE_NOOP("MainWindow", "Home")),
    rank=0,
    make=HomeTab,
    records=frozenset(),
)
