"""The one place cross-tab news travels through, wired in MainWindow (tabs never meet)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    databaseReplaced = Signal()  # a restore or import swapped the data under every tab
    dataChanged = Signal(str)  # "members", "meetings", … after an edit elsewhere
