"""The pane beside a list: the selected record's details, or a quiet placeholder.

A pane reads only for the selected record, once the selection has settled (holding ↓
through a long list reads nothing until the key is let go), and again when news from
the hub may concern what it shows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.workspace import Database
from app.ui.signal_hub import SignalHub, concerns

SETTLE_MS = 60  # a selection this long unchanged is read


class DetailPane(QStackedWidget):
    """Subclasses say how to read (:meth:`read`) and show (:meth:`describe`) a record."""

    # The news that may change what the pane shows: kind → whether the news's ids are
    # of the shown record (news of the record itself, or of its meeting's attendance …)
    # rather than of some other record (an organization renamed: read again anyway).
    NEWS: ClassVar[Mapping[str, bool]] = {}
    SHARE: ClassVar[int] = 38  # percent of the width the pane takes at first

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id: int | None = None
        self._stale = False
        self.setMinimumWidth(240)
        self.placeholder = QLabel(self._placeholder_text(), self)
        self.placeholder.setObjectName("detail_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #888;")
        self.content = QWidget(self)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(6, 0, 0, 0)
        self.browser = QTextBrowser(self.content)
        self.browser.setObjectName("detail_text")
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes list → filters
        self.content_layout.addWidget(self.browser, 1)
        self.addWidget(self.placeholder)
        self.addWidget(self.content)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        hub.recordsChanged.connect(self._on_hub_records_changed)

    # ----- for subclasses ---------------------------------------------
    def read(self, record_id: int) -> Any:
        """The record's details (a frozen dataclass), or None when it no longer exists."""
        raise NotImplementedError

    def describe(self, detail: Any) -> str:
        """The details as rich text (see app.ui.details.rich_text)."""
        raise NotImplementedError

    def show_detail(self, detail: Any) -> None:
        """Show what :meth:`read` returned (subclasses with more than text extend this)."""
        self.browser.setHtml(self.describe(detail))

    # ----- public -----------------------------------------------------
    def show_record(self, record_id: int | None) -> None:
        """Show this record (None: nothing selected) once the selection has settled."""
        if record_id == self.record_id and not self._stale:
            return
        self.record_id = record_id
        self._timer.start()

    def refresh(self) -> None:
        """Read the shown record again now."""
        self._timer.stop()
        self._stale = False
        detail = None if self.record_id is None else self.read(self.record_id)
        if detail is None:
            self.placeholder.setText(
                self._placeholder_text() if self.record_id is None else self._gone_text()
            )
            self.setCurrentWidget(self.placeholder)
            return
        self.show_detail(detail)
        self.setCurrentWidget(self.content)

    def shown_text(self) -> str:
        """What the pane says now, as plain text."""
        if self.currentWidget() is self.placeholder:
            return self.placeholder.text()
        return self.browser.toPlainText()

    # ----- slots and events -------------------------------------------
    def _on_hub_records_changed(self, kind: str, ids: tuple[int, ...], _origin: object) -> None:
        if self.record_id is None or kind not in self.NEWS:
            return
        if self.NEWS[kind] and not concerns(ids, self.record_id):
            return
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    @staticmethod
    def _placeholder_text() -> str:
        return QCoreApplication.translate("DetailPane", "Select a row to see its details here.")

    @staticmethod
    def _gone_text() -> str:
        return QCoreApplication.translate("DetailPane", "This record no longer exists.")
