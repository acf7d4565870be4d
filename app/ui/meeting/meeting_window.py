"""One meeting in its own window: attendance (出欠), agenda (議題) and live capture (記録).

The secretary opens it in the meeting room and stays in it; every change is saved at
once. Approving locks it; 承認を解除 asks for a reason, and every later change is
written to the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from app.services.meetings import editing as meeting_editing
from app.services.meetings import listing as meetings
from app.services.problems import MeetingLocked, NotSaved
from app.services.workspace import Database
from app.settings import Settings
from app.texts.labels import label
from app.ui.capture.capture_console import CaptureConsole
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.meeting_dialog import MeetingDialog
from app.ui.meeting.agenda_editor import AgendaEditor
from app.ui.meeting.attendance_grid import AttendanceGrid
from app.ui.read_only import freeze, status_text, title_suffix
from app.ui.signal_hub import RecordKind, SignalHub, concerns
from app.ui.widgets import screen_fit
from app.ui.widgets.save_failed import show_not_done, show_not_saved

TAB_ATTENDANCE, TAB_AGENDA, TAB_CAPTURE = range(3)
WINDOW_NAME = "meeting"  # where the last meeting window was left (settings)


class MeetingWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        hub: SignalHub | None = None,
        settings: Settings | None = None,
    ) -> None:
        """The meeting's window; ``hub`` brings it the news of saves elsewhere and takes
        its own (a window on its own, as in a test, hears and tells nothing); ``settings``
        (the user's by default) keep where it was left and how the record is typed."""
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.setObjectName("MeetingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.meeting_id = meeting_id
        self.hub = hub if hub is not None else SignalHub(self)
        self.attendance = AttendanceGrid(db, meeting_id, self)
        self.agenda = AgendaEditor(db, meeting_id, self)
        self.console = CaptureConsole(db, meeting_id, self, settings=self.settings)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.console, self.tr("Record"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.attendance.changed.connect(self._on_attendance_changed)
        self.agenda.changed.connect(self._on_agenda_changed)
        self.console.recorded.connect(self._on_console_recorded)
        self.hub.recordsChanged.connect(self._on_hub_records_changed)
        self.hub.databaseReplaced.connect(self._on_hub_database_replaced)
        for widget in (self.console, self.agenda):
            widget.messageRequested.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._build_menu()
        if db.read_only:
            self._set_read_only()
        self.refresh_title()
        self.statusBar()  # there from the start: the first message moves nothing up
        # as big as it helps on a large screen; all of it visible on a 1280×720 laptop
        screen_fit.place(self, QSize(1180, 800), self.settings, WINDOW_NAME)

    def _set_read_only(self) -> None:
        """Look, never write: the record takes no input (its source is locked), the
        agenda and attendance no keys or edits, and the window says so."""
        freeze(self.attendance)
        freeze(self.agenda)
        self.details_action.setEnabled(False)
        self.console.controller.modeChanged.connect(self._on_console_mode_changed)
        self._on_console_mode_changed("")

    def _on_console_mode_changed(self, _text: str) -> None:
        # The record is locked because the database is read-only, not because approved.
        self.console.view.show_mode(status_text())

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Meeting"))

        def add(
            text: str, shortcut: str | QKeySequence | QKeySequence.StandardKey, slot: object
        ) -> QAction:
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)  # active while any tab has the focus
            return action

        for index, (text, key) in enumerate(
            ((self.tr("Attendance"), "A"), (self.tr("Agenda"), "G"), (self.tr("Record"), "R"))
        ):
            add(text, f"Ctrl+Shift+{key}", lambda _checked=False, i=index: self.show_tab(i))
        menu.addSeparator()
        self.details_action = add(self.tr("Edit Meeting &Details…"), "Ctrl+E", self.edit_details)
        add(self.tr("Create &Document…"), "Ctrl+P", self.create_document)
        self.advance_action = add(self.tr("&Advance Status"), "Ctrl+Shift+Right", self.advance)
        self.reopen_action = add(self.tr("&Unlock for Correction…"), "", self.reopen)
        menu.addSeparator()
        add(self.tr("Full &Screen"), "F11", self.toggle_full_screen)
        add(self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_CAPTURE:
            self.console.reload()
            self.console.focus_speaker()
        elif index == TAB_AGENDA:
            self.agenda.reload()
        elif index == TAB_ATTENDANCE:
            self.attendance.view.setFocus()

    def refresh_title(self) -> None:
        row = next(r for r in meetings.list_meetings(self.db) if r.id == self.meeting_id)
        self.shown_version = row.version  # what a status change checks
        suffix = title_suffix() if self.db.read_only else ""
        self.setWindowTitle(f"{row.title} — {label(row.status)}{suffix}")
        locked = meeting_editing.is_locked(self.db, self.meeting_id)
        self.reopen_action.setEnabled(locked and not self.db.read_only)
        self.advance_action.setEnabled(not locked and not self.db.read_only)

    def edit_details(self) -> None:
        if MeetingDialog.run(self, self.db, self.meeting_id) is not None:
            self.refresh_title()
            self.console.reload()
            self._announce(RecordKind.MEETING)

    def create_document(self) -> None:
        """文書を作成: minutes (and more to come) as PDF and Word, with preview."""
        self.console.save_draft_now()
        created = DocumentDialog.run(self, self.db, self.meeting_id)
        if created is not None and created.letters_registered:  # a notice took its number
            self.hub.announce(RecordKind.LETTER, origin=self)

    def advance(self) -> None:
        shown = self.shown_version
        try:
            settled = save_settling_conflicts(
                self,
                lambda theirs: meeting_editing.advance_status(
                    self.db, self.meeting_id, version=(theirs.version if theirs else shown)
                ),
            )
        except MeetingLocked:
            return
        except NotSaved as error:
            show_not_done(self, self.tr("Changing the meeting's status"), error)
            return
        finally:
            self.refresh_title()  # as saved now: mine, or theirs if kept
        if meeting_editing.is_locked(self.db, self.meeting_id):
            self.console.reload()  # approved (by me, or by the one whose version I kept)
        self._announce(RecordKind.MEETING)
        if settled.saved is not None:
            text = self.tr("Now: %1").replace("%1", label(settled.saved))
            self.statusBar().showMessage(text, 6000)

    def reopen(self) -> None:
        reason = ""
        while True:  # asked again, as typed, when it could not be saved
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Unlock Approved Minutes"),
                self.tr(
                    "These minutes are approved. Every change from now on is recorded in the "
                    "audit trail.\nReason for the correction:"
                ),
                text=reason,
            )
            if not ok:
                return
            if not reason.strip():
                QMessageBox.information(self, self.windowTitle(), self.tr("A reason is required."))
                return
            try:
                save_settling_conflicts(self, self._reopening(reason))
            except NotSaved as error:
                show_not_saved(self, self.tr("the unlocking of the minutes"), error)
                continue
            break
        self.refresh_title()
        self.console.reload()
        self._announce(RecordKind.MEETING)

    def _reopening(self, reason: str) -> Callable[[Any | None], None]:
        """Reopen with ``reason``, against the version shown (or theirs, from the dialog)."""
        shown = self.shown_version

        def reopen(theirs: Any | None) -> None:
            version = theirs.version if theirs else shown
            meeting_editing.reopen(self.db, self.meeting_id, reason, version=version)

        return reopen

    # ----- news: what this window saved, and what was saved elsewhere ----------------

    def _announce(self, kind: RecordKind) -> None:
        self.hub.announce(kind, [self.meeting_id], origin=self)

    def _on_attendance_changed(self) -> None:
        self.console.reload()  # who can speak
        self._announce(RecordKind.ATTENDANCE)

    def _on_agenda_changed(self) -> None:
        self.console.reload()
        self._announce(RecordKind.AGENDA)

    def _on_console_recorded(self) -> None:
        self._announce(RecordKind.MINUTES)

    def _on_hub_records_changed(self, kind: str, ids: tuple[int, ...], origin: object) -> None:
        if origin is self:
            return  # this window's own save: it shows it already
        ours = concerns(ids, self.meeting_id)
        people = kind in (RecordKind.MEMBER, RecordKind.ORGANIZATION)
        if people or (kind == RecordKind.ATTENDANCE and ours):
            self.attendance.reload()  # names, roles, organizations
            self._reload_console()  # the speakers and the attendee list
        if kind == RecordKind.MEETING and ours:
            self.refresh_title()
            self._reload_console()  # approved elsewhere: the record locks
        others = ids != (self.meeting_id,)
        if kind == RecordKind.VISIT or (
            kind in (RecordKind.MEETING, RecordKind.MINUTES) and others
        ):
            self.agenda.refresh_carried_over()  # what earlier meetings and visits left open

    def _reload_console(self) -> None:
        # Only who can speak and the lock: the secretary may be typing in the console.
        self.console.reload_people()

    def _on_hub_database_replaced(self) -> None:
        if not any(row.id == self.meeting_id for row in meetings.list_meetings(self.db)):
            return  # the data is from before this meeting: nothing of it left to show
        self.attendance.reload()
        self.agenda.reload()
        self.refresh_title()
        self.console.save_draft_now()  # what was being typed goes into the new data
        self.console.reload()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.console.may_close():  # text that could not be saved stays on screen
            event.ignore()
            return
        screen_fit.remember(self, self.settings, WINDOW_NAME)
        super().closeEvent(event)
