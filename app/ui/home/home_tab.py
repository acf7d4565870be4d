"""ホーム: what needs doing now, the first tab. Each section is one short read; a line
opens its record (a meeting in its window, a letter, member or visit in its tab), and a
remark being typed when the app stopped is offered back (記録途中の会議を開く)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.dates import now_in_japan
from app.services.desk import drafts
from app.services.workspace import Database
from app.ui.formatting import short_date
from app.ui.home.draft_banner import DraftBanner
from app.ui.home.lines import How, Target
from app.ui.home.section_box import SectionBox
from app.ui.home.sections import SECTIONS, SectionSpec
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.widgets.tab_page import TabPage

REFRESH_DELAY_MS = 150  # news comes in bursts (a roll call): one read for a burst
REREAD_ON_SHOW_S = 2.0  # shown again after this long: read again (drafts tell no news)


def _today() -> date:
    return now_in_japan().date()


class HomeTab(TabPage):
    def __init__(
        self,
        db: Database,
        hub: SignalHub,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.hub = hub
        self.today = today or _today  # (tests fix the day)
        self.stale = False
        self._read_at = 0.0
        self._news = frozenset().union(*(spec.news for spec in SECTIONS))
        hub.recordsChanged.connect(self._on_hub_records_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)

        self.date_label = QLabel(self)
        self.date_label.setObjectName("today")
        self.date_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.all_clear = QLabel(QCoreApplication.translate("HomeTab", "Nothing to do today."), self)
        self.all_clear.setObjectName("all_clear")
        self.all_clear.setStyleSheet("color: #26a269; font-size: 12pt;")
        self.all_clear.hide()
        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addSpacing(16)
        top.addWidget(self.all_clear)
        top.addStretch(1)

        self.banner = DraftBanner(self)
        self.banner.openRequested.connect(self.hub.captureRequested)

        self.boxes: dict[str, SectionBox] = {}
        page = QWidget(self)
        page.setObjectName("home_page")
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        rows = [0, 0]
        for spec in SECTIONS:
            box = self.boxes[spec.key] = SectionBox(spec.key, page)
            box.openRequested.connect(lambda row, s=spec: self.open_row(s, row))
            grid.addWidget(box, rows[spec.column], spec.column, Qt.AlignmentFlag.AlignTop)
            rows[spec.column] += 1
        grid.setRowStretch(max(rows), 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("home_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self.setFocusProxy(self.boxes[SECTIONS[0].key].lines)

    # ----- reading -----------------------------------------------------------

    def reload(self) -> None:
        """Read every section again (one short read each)."""
        self._refresh_timer.stop()
        self.stale = False
        today = self.today()
        self.date_label.setText(
            QCoreApplication.translate("HomeTab", "Today: %1").replace("%1", short_date(today))
        )
        self.banner.show_captures(drafts.captures_in_progress(self.db))
        anything = False
        for spec in SECTIONS:
            section = spec.read(self.db, today)
            self.boxes[spec.key].show_lines(
                QCoreApplication.translate("HomeTab", spec.title),
                section.rows,
                [spec.line(row, today) for row in section.rows],
                section.total,
                QCoreApplication.translate("HomeTab", spec.empty),
            )
            anything = anything or section.total > 0
        self.all_clear.setVisible(not anything and self.banner.isHidden())
        self._focus_first_lines()
        self.loaded = True
        self._read_at = time.monotonic()

    def _focus_first_lines(self) -> None:
        """The first section with lines takes the keys (Tab moves to the next)."""
        for spec in SECTIONS:
            lines = self.boxes[spec.key].lines
            if lines.count():
                self.setFocusProxy(lines)
                return

    def set_read_only(self, read_only: bool) -> None:
        # A read-only record takes no input: its draft cannot be put back to go on typing.
        self.banner.button.setEnabled(not read_only)

    def ensure_loaded(self) -> None:
        if not self.loaded or self.stale:
            self.reload()

    # ----- opening -------------------------------------------------------------

    def open_row(self, spec: SectionSpec, row: Any) -> None:
        """Open the record of a line of ``spec``'s section."""
        self.open_target(spec.target(row))

    def open_target(self, target: Target) -> None:
        if target.how is How.OPEN:
            self.hub.openRequested.emit(target.record, target.record_id)
        elif target.how is How.SHOW:
            self.hub.showRequested.emit(target.record, target.record_id)
        else:
            from app.ui.dialogs.responses_dialog import ResponsesDialog  # when first asked

            answered = ResponsesDialog.run(self, self.db, select=target.remark_uuid)
            if answered is not None:
                self.hub.announce(RecordKind.MINUTES, answered, origin=self)
                self.reload()

    # ----- news ------------------------------------------------------------------

    def _on_hub_records_changed(self, kind: str, _ids: tuple[int, ...], origin: object) -> None:
        if origin is self or kind not in self._news or not self.loaded:
            return
        self.stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        if self.stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loaded and time.monotonic() - self._read_at > REREAD_ON_SHOW_S:
            self.stale = True  # (drafts, and the day, change without news)
        if self.stale:
            self._refresh_timer.start()
        QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        """Shown: the keys go to the first lines (Enter opens), unless already inside."""
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.setFocus(Qt.FocusReason.TabFocusReason)
