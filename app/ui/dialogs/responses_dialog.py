"""意見 → 対応: every remark that waits for a response, across meetings, and what was done.

Pick a remark, choose its status (未対応/対応中/対応済/対応不要), write the response and
save (Ctrl+S). "Open only" hides what is handled.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.codes import ResponseStatus
from app.services.meetings import responses
from app.services.meetings.responses import LedgerRow
from app.services.problems import MeetingLocked, NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.formatting import short_date
from app.ui.tablemodels.row_model import Column, Pages, RowTableModel
from app.ui.widgets.save_failed import show_not_saved
from app.ui.widgets.window_size import resize_within_screen

SIZING_SAMPLE_ROWS = 50  # rows measured for the initial column widths
SIZED_COLUMNS = (0, 1, 2, 4)  # date, meeting, speaker, status: as wide as their text
STRETCH_COLUMNS = (3, 5)  # remark, response: the rest of the width, wrapped
FIT_FIRST_ROWS = 40  # rows fitted to their text before the first paint (a screenful)


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Date"),
            lambda r: short_date(r.held_on),
            lambda r: r.held_on.isoformat(),
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Meeting"), lambda r: r.meeting_title),
        Column(QT_TRANSLATE_NOOP("columns", "Speaker"), lambda r: r.remark.speaker_name),
        Column(QT_TRANSLATE_NOOP("columns", "Remark"), lambda r: r.remark.text, stretch=True),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.remark.response_status)),
        Column(QT_TRANSLATE_NOOP("columns", "Response"), lambda r: r.remark.response_text),
    ]


class ResponsesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.answered: set[int] = set()  # the meetings whose remarks got a response saved
        self.setWindowTitle(self.tr("Remarks and Responses"))
        self.open_only = QCheckBox(self.tr("Open only"), self)
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _on: self.reload())
        self.model = RowTableModel(_columns(), self)
        self.model.BATCH_SIZE = responses.PAGE_SIZE  # rows of wrapped text: 200 are many screens
        self.view = QTableView(self)
        self.view.setObjectName("ledger")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(SIZING_SAMPLE_ROWS)  # not every loaded remark
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in STRETCH_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._columns_sized = False
        # Rows are as tall as their wrapped text, measured as they come into view:
        # measuring every remark of ten years would take seconds.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._fit_visible_rows)
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._fit_timer.start())
        self.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._fit_timer.start())
        header.sectionResized.connect(lambda *_: self._fit_timer.start())
        self.remark = QLabel(self)
        self.remark.setWordWrap(True)
        self.remark.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox(self)
        self.status.setObjectName("response_status")
        for status in ResponseStatus:
            self.status.addItem(label(status), status)
        self.response = QPlainTextEdit(self)
        self.response.setTabChangesFocus(True)  # Tab moves on, as in every form
        self.response.setObjectName("response_text")
        self.response.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        save = QPushButton(self.tr("Save Response (Ctrl+S)"), self)
        save.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        form = QFormLayout()
        form.addRow(self.tr("Remark"), self.remark)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Response"), self.response)
        form.addRow("", save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_only)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        resize_within_screen(self, 1100, 680)
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        open_only = self.open_only.isChecked()
        shown = self.model.rowCount()
        pages = responses.LedgerPages(self.db, open_only=open_only)
        count = partial(responses.count_ledger, self.db, open_only=open_only)  # if asked
        self.model.set_rows(Pages(pages.first(), count, pages.after))
        if not self._columns_sized and self.model.rowCount():
            for column in SIZED_COLUMNS:  # from the first rows (the header's precision)
                self.view.resizeColumnToContents(column)
            self._columns_sized = True
        target = 0
        if keep is not None:  # the remark just saved was shown; gone if no longer open
            target = self.model.load_row_where(lambda row: row.remark.uuid == keep, shown) or 0
        if self.model.rowCount():
            self.view.selectRow(target)
        self._fit_rows(target, FIT_FIRST_ROWS)
        self._show_current()

    def _fit_rows(self, first: int, count: int) -> None:
        for row in range(first, min(first + count, self.model.rowCount())):
            self.view.resizeRowToContents(row)

    def _fit_visible_rows(self) -> None:
        """Fit the rows in view to their text (each pass changes what is in view)."""
        row = max(self.view.rowAt(0), 0)
        height = self.view.viewport().height()
        while row < self.model.rowCount() and self.view.rowViewportPosition(row) < height:
            self.view.resizeRowToContents(row)
            row += 1

    def current(self) -> LedgerRow | None:
        row = self.view.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _show_current(self) -> None:
        row = self.current()
        for widget in (self.status, self.response):
            widget.setEnabled(row is not None)
        if row is None:
            self.remark.setText(self.tr("No remark is waiting for a response."))
            self.response.clear()
            return
        self.remark.setText(
            f"{row.meeting_title}・{row.agenda_title}\n{row.remark.speaker_name}: {row.remark.text}"
        )
        self.status.setCurrentIndex(max(self.status.findData(row.remark.response_status), 0))
        self.response.setPlainText(row.remark.response_text)

    def save(self) -> None:
        row = self.current()
        if row is None:
            return
        status = ResponseStatus(self.status.currentData())
        text = self.response.toPlainText()
        try:
            settled = save_settling_conflicts(
                self,
                lambda theirs: responses.set_response(self.db, theirs or row.remark, status, text),
            )
        except MeetingLocked:
            self.remark.setText(
                self.tr("That meeting is approved: unlock it to record a response.")
            )
            return
        except NotSaved as error:  # the response typed stays in its box
            show_not_saved(self, self.tr("the response"), error)
            return
        if settled.cancelled:
            return  # the response typed stays: nothing saved, nothing lost
        if settled.saved is not None:
            self.answered.add(row.meeting_id)
        self.reload(keep=row.remark.uuid)  # as saved now: mine, or theirs if kept

    @classmethod
    def run(
        cls, parent: QWidget, db: Database, *, select: str | None = None
    ) -> tuple[int, ...] | None:
        """Show the remarks waiting for a response until the user closes the dialog (on
        the remark whose uuid is ``select``, if given); returns the meetings whose remarks
        got a response saved, or None."""
        dialog = cls(db, parent)
        if select is not None:
            dialog.reload(keep=select)
        dialog.exec()
        return tuple(sorted(dialog.answered)) or None
