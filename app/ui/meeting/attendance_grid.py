"""出欠: every active member in one table, one key per status, and the non-member attendees.

Keys on a selected member: 1 出席 · 2 欠席 · 3 代理出席 (asks the proxy's name) ·
4 オンライン · 5 遅刻 · 6 早退 (both ask the time) · 7 欠席 (連絡あり) · 0 / Backspace clears.
The cursor then moves to the next member, so a whole roll call is a row of key presses.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.codes import AttendanceStatus
from app.services.dates import now_in_japan, parse_time
from app.services.meetings import attendance
from app.services.meetings.rows import AttendanceEntry, GuestEntry
from app.services.problems import MeetingLocked, NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.key_guide import KeyGuide, keys_text
from app.ui.meeting.guest_dialog import GuestDialog
from app.ui.tablemodels.row_model import Column, RowTableModel
from app.ui.widgets.save_failed import show_not_done, show_not_saved
from app.ui.widgets.table_place import TablePlace

KEYS: dict[int, tuple[AttendanceStatus | None, bool]] = {
    Qt.Key.Key_1: (AttendanceStatus.PRESENT, False),
    Qt.Key.Key_2: (AttendanceStatus.ABSENT, False),
    Qt.Key.Key_3: (AttendanceStatus.PROXY, False),
    Qt.Key.Key_4: (AttendanceStatus.ONLINE, False),
    Qt.Key.Key_5: (AttendanceStatus.LATE, False),
    Qt.Key.Key_6: (AttendanceStatus.LEFT_EARLY, False),
    Qt.Key.Key_7: (AttendanceStatus.ABSENT, True),
    Qt.Key.Key_0: (None, False),
    Qt.Key.Key_Backspace: (None, False),
}


def _details(entry: AttendanceEntry) -> str:
    if entry.status is AttendanceStatus.PROXY:
        return entry.proxy_name
    if entry.absence_notified:
        return AttendanceGrid.notified_text()
    return entry.time_note


def _columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda e: e.name),
        Column(QT_TRANSLATE_NOOP("columns", "Role"), lambda e: label(e.role)),
        Column(
            QT_TRANSLATE_NOOP("columns", "Organization"), lambda e: e.organization, stretch=True
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Attendance"),
            lambda e: label(e.status) if e.status else "—",
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Proxy / time / notice"), _details),
    ]


def _member_id(entry: AttendanceEntry) -> int:
    return entry.member_id


class AttendanceGrid(QWidget):
    changed = Signal()  # attendance or guests changed: who can speak has changed

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.model = RowTableModel(_columns(), self)
        self.model.dimmed = lambda entry: entry.status is None
        self.model.foreground = lambda entry: (
            QBrush(QColor("#a51d2d")) if entry.status is AttendanceStatus.ABSENT else None
        )
        self.view = QTableView(self)
        self.view.setObjectName("attendance")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.view.installEventFilter(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        counts_font = self.counts.font()
        counts_font.setPointSizeF(counts_font.pointSizeF() * 1.3)
        counts_font.setBold(True)
        self.counts.setFont(counts_font)
        keys = QLabel(
            self.tr(
                "Keys: 1 present · 2 absent · 3 proxy · 4 online · 5 late · 6 left early · "
                "7 absent (notice given) · 0 clear"
            ),
            self,
        )
        keys.setStyleSheet("color: palette(mid);")
        keys.setWordWrap(True)
        self.guests = QListWidget(self)
        self.guests.setObjectName("guests")
        self.guests.setMaximumHeight(self.fontMetrics().height() * 7)
        self.guests.installEventFilter(self)
        add_guest = QPushButton(self.tr("Add Attendee…"), self)
        add_guest.setObjectName("add_guest")
        add_guest.clicked.connect(self.add_guest)
        self._make_keys()
        guest_header = QHBoxLayout()
        guest_header.addWidget(
            QLabel(self.tr("Other attendees (secretariat, guests, observers)"), self), 1
        )
        guest_header.addWidget(add_guest)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(keys)
        layout.addLayout(guest_header)
        layout.addWidget(self.guests)
        self.guest_entries: list[GuestEntry] = []  # as the list shows them
        self.reload()

    def _make_keys(self) -> None:
        """The status keys of the table and Ctrl+G, named in the shortcut sheet."""
        guide = self.key_guide = KeyGuide(self, self.tr("Attendance"))
        for key, (status, notified) in KEYS.items():
            if status is None:
                continue  # 0 and Backspace: one line, below
            name = self.tr("Absent (Notice Given)") if notified else label(status)
            guide.add_keys(name, *keys_text(QKeySequence(key).toString()))
        guide.add_keys(self.tr("Not Recorded Yet (Clear)"), *keys_text("0", "Backspace"))
        add_guest = QAction(self.tr("Add Attendee…"), self)
        add_guest.setShortcut(QKeySequence("Ctrl+G"))
        add_guest.triggered.connect(self.add_guest)
        self.addAction(add_guest)  # in the window, while the attendance is shown
        guide.add_action(add_guest)
        guide.add_keys(self.tr("Remove the Attendee (in Their List)"), *keys_text("Del"))

    @staticmethod
    def notified_text() -> str:
        return QCoreApplication.translate("AttendanceGrid", "notice given")

    def reload(self) -> None:
        """Read the attendance again, keeping the member selected and the scroll position
        (a member renamed elsewhere may move in the 五十音 order)."""
        place = TablePlace.of(self.view, _member_id)
        row = self.view.currentIndex().row()
        entries = attendance.grid(self.db, self.meeting_id)
        self.model.set_rows(entries)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        present, absent = attendance.counts(entries)
        unknown = sum(1 for e in entries if e.status is None)
        text = (
            self.tr("Present %1 / Absent %2").replace("%1", str(present)).replace("%2", str(absent))
        )
        if unknown:
            text += "　" + self.tr("(not yet recorded: %1)").replace("%1", str(unknown))
        self.counts.setText(text)
        self.guests.clear()
        self.guest_entries = attendance.guests(self.db, self.meeting_id)
        for guest in self.guest_entries:
            item = QListWidgetItem(
                f"{guest.name}（{label(guest.category)}・{guest.affiliation}）".replace(
                    "・）", "）"
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, guest.id)
            self.guests.addItem(item)
        place.restore(self.view, _member_id)
        if entries and not self.view.currentIndex().isValid():
            self.view.selectRow(max(0, min(row, len(entries) - 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if (
            watched is self.view
            and event.key() in KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            status, notified = KEYS[Qt.Key(event.key())]
            self.set_current(status, notified)
            return True
        if watched is self.guests and event.key() == Qt.Key.Key_Delete:
            self.remove_guest()
            return True
        return False

    def set_current(self, status: AttendanceStatus | None, notified: bool = False) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        entry: AttendanceEntry = self.model.row_at(row)
        proxy, at = "", None
        if status is AttendanceStatus.PROXY:
            proxy, ok = QInputDialog.getText(
                self, self.tr("Proxy"), self.tr("Name of the proxy:"), text=entry.proxy_name
            )
            if not ok:
                return
        if status in (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY):
            now = now_in_japan().strftime("%H:%M")
            text, ok = QInputDialog.getText(
                self, label(status), self.tr("Time (HH:MM):"), text=entry.time_note or now
            )
            if not ok:
                return
            try:
                at = parse_time(text)
            except ValueError:
                at = None
        try:
            settled = save_settling_conflicts(
                self,
                lambda theirs: attendance.set_status(
                    self.db,
                    self.meeting_id,
                    entry.member_id,
                    status,
                    version=(theirs or entry).version,
                    proxy_name=proxy,
                    absence_notified=notified,
                    at=at,
                ),
            )
        except MeetingLocked:
            return
        except NotSaved as error:  # the row stays selected: the same key again retries
            what = self.tr("Recording the attendance of %1").replace("%1", entry.name)
            show_not_done(self, what, error)
            return
        if settled.cancelled:
            self.reload()  # the member stays selected: press the key again, or another
            return
        self.reload()
        self.view.selectRow(min(row + 1, self.model.rowCount() - 1))
        self.changed.emit()

    def add_guest(self) -> None:
        guest = GuestDialog.run(self)
        while guest is not None:
            try:
                attendance.add_guest(
                    self.db, self.meeting_id, guest.name, guest.affiliation, guest.category
                )
            except NotSaved as error:  # asked again as typed, to save once the cause is gone
                show_not_saved(self, self.tr("the other attendee"), error)
                guest = GuestDialog.run(self, guest)
                continue
            self.reload()
            self.changed.emit()
            return

    def remove_guest(self) -> None:
        row = self.guests.currentRow()
        if 0 <= row < len(self.guest_entries):
            shown = self.guest_entries[row]
            try:
                save_settling_conflicts(
                    self, lambda theirs: attendance.remove_guest(self.db, theirs or shown)
                )
            except NotSaved as error:
                show_not_done(self, self.tr("Removing the other attendee"), error)
                return
            self.reload()
            self.changed.emit()
