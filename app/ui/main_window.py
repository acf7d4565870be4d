"""The main window: the declared tabs, the menus (:mod:`app.ui.main_menus`), and a status
bar saying where the data is and when it was last saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QTabWidget,
    QWidget,
)

from app.services import workspace
from app.services.audit import trail as audit_trail
from app.services.council import info as council
from app.services.workspace import Database
from app.settings import Settings
from app.ui import read_only
from app.ui.main_menus import MenuWindow
from app.ui.shortcut_sheet import ShortcutGroup, shortcut_groups
from app.ui.signal_hub import SignalHub
from app.ui.tabs import declared_tabs
from app.ui.widgets.list_tab import ListTab
from app.ui.widgets.tab_page import TabPage

if TYPE_CHECKING:  # loaded when first used: not needed to show the window
    from app.services.search.rows import Hit
    from app.ui.dialogs.search_dialog import SearchDialog
    from app.ui.meeting.meeting_window import MeetingWindow


class MainWindow(MenuWindow):
    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        audit_trail.set_actor(db, settings.staff_name)  # who changed approved minutes
        self.hub = SignalHub(self)
        self._search_dialog: SearchDialog | None = None
        self.setObjectName("MainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tab_specs = declared_tabs()
        self.tab_keys = tuple(spec.key for spec in self.tab_specs)
        self.list_tabs: dict[str, TabPage] = {}
        for spec in self.tab_specs:
            tab = self.list_tabs[spec.key] = spec.make(db, self.hub)
            tab.setObjectName(f"tab_{spec.key}")
            tab.set_read_only(db.read_only)
            tab.messageRequested.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.tabs.addTab(tab, QCoreApplication.translate("MainWindow", spec.title))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.setCentralWidget(self.tabs)

        self.build_menus()
        self._build_status_bar()
        if db.read_only:
            self._set_read_only()
        self.hub.databaseReplaced.connect(self._on_hub_database_replaced)
        self.hub.showRequested.connect(self.show_record)
        self.hub.openRequested.connect(self.open_record)
        self.hub.captureRequested.connect(self.open_capture)
        db.add_save_listener(self._on_db_saved)
        self.update_title()
        self._restore_window_state()
        self.list_tabs[self.current_tab_key()].take_focus()  # not the tab bar: its keys work

    # ----- construction -------------------------------------------------
    def show_shortcuts(self) -> None:
        """ヘルプ › キーボード ショートカット: every shortcut, read from the actions."""
        from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        active = QApplication.activeWindow() or self
        in_window = active.windowTitle() if active is not self else ""
        ShortcutsDialog.run(active, self.shortcut_groups(), self.current_tab_key(), in_window)

    def shortcut_groups(self) -> list[ShortcutGroup]:
        """Every action with a shortcut: menus, the window, each tab, open windows."""
        pages = [
            (key, self.tabs.tabText(index), self.list_tabs[key])
            for index, key in enumerate(self.tab_keys)
        ]
        return shortcut_groups(self, pages)

    def show_search(self) -> SearchDialog:
        """The search window (one per main window), in front with the query selected."""
        if self._search_dialog is None:
            from app.ui.dialogs.search_dialog import SearchDialog

            self._search_dialog = SearchDialog(self.db, self)
            self._search_dialog.openRequested.connect(self._on_search_open_requested)
        else:
            self._search_dialog.run_search()  # records may have changed since
        self._search_dialog.show()
        self._search_dialog.raise_()
        self._search_dialog.activateWindow()
        self._search_dialog.focus_query()
        return self._search_dialog

    def _on_search_open_requested(self, hit: Hit) -> None:
        """Show a search result in the tab that lists its record: a meeting's remark, agenda
        item or action item shows (and opens) the meeting, a visit's impression the visit, a
        participant the event."""
        if hit.meeting_id is not None:
            record, record_id = "meeting", hit.meeting_id
        elif hit.visit_id is not None:
            record, record_id = "visit", hit.visit_id
        elif hit.event_id is not None:  # an event, or one of its participants
            record, record_id = "event", hit.event_id
        else:
            record, record_id = hit.kind, hit.record_id
        key = self._tab_listing(record)
        if key is None:
            return
        self.show_tab(key)
        self.raise_()
        self.activateWindow()
        if not self.list_tabs[key].reveal(record_id, inside=record != hit.kind):
            self.statusBar().showMessage(self.tr("That record no longer exists."), 8000)

    def _tab_listing(self, record: str) -> str | None:
        return next((s.key for s in self.tab_specs if record in s.records), None)

    def show_record(self, record: str, record_id: int) -> bool:
        """The tab that lists ``record``, with the record ``record_id`` selected."""
        key = self._tab_listing(record)
        if key is None:
            return False
        self.show_tab(key)
        if self.list_tabs[key].reveal(record_id, inside=False):
            return True
        self.statusBar().showMessage(self.tr("That record no longer exists."), 8000)
        return False

    def open_record(self, record: str, record_id: int) -> bool:
        """Open ``record`` in its own window (a meeting's), leaving the current tab as is."""
        key = self._tab_listing(record)
        if key is None:
            return False
        if self.list_tabs[key].reveal(record_id, inside=True):
            return True
        self.statusBar().showMessage(self.tr("That record no longer exists."), 8000)
        return False

    def open_capture(self, meeting_id: int) -> MeetingWindow | None:
        """The meeting's window on its record (記録), where a draft left is put back."""
        from app.ui.meeting.meeting_window import TAB_CAPTURE, MeetingWindow

        if not self.open_record("meeting", meeting_id):
            return None
        window = next(
            (w for w in self.findChildren(MeetingWindow) if w.meeting_id == meeting_id), None
        )
        if window is not None:
            window.show_tab(TAB_CAPTURE)
        return window

    def _build_status_bar(self) -> None:
        self.location_label = QLabel(self.tr("Data: %1").replace("%1", self.db.display_location))
        self.location_label.setObjectName("location")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("saved")
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._show_saved(workspace.last_saved_at(self.db))

    def update_title(self) -> None:
        info = council.council_info(self.db)
        product = self.tr("Jimukyoku Desk")
        title = f"{info.name} — {product}" if info else product
        self.setWindowTitle(title + (read_only.title_suffix() if self.db.read_only else ""))

    def _set_read_only(self) -> None:
        """Every action that would write is off (backing up, which only reads, stays)."""
        for action in (
            self.restore_action,
            self.import_package_action,
            self.export_package_action,  # it records what was exported, for the merge back
            self.activities_action,
        ):
            action.setEnabled(False)
        notice = QLabel(read_only.status_text(), self)
        notice.setObjectName("read_only")
        notice.setStyleSheet("color: #a51d2d; font-weight: bold;")
        self.statusBar().addPermanentWidget(notice)

    def _restore_window_state(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        for key, tab in self.list_tabs.items():
            splitter = self.settings.splitter_state(key)
            if splitter is not None and isinstance(tab, ListTab):
                tab.splitter.restoreState(splitter)
        self.show_tab(self.settings.last_tab)

    # ----- public --------------------------------------------------------
    def show_tab(self, key: str) -> None:
        """Make the tab ``key`` (members, meetings, visits, correspondence) current and load it."""
        if key not in self.list_tabs:
            key = self.tab_keys[0]
        self.tabs.setCurrentWidget(self.list_tabs[key])
        self.list_tabs[key].ensure_loaded()

    def current_tab_key(self) -> str:
        return self.tab_keys[max(self.tabs.currentIndex(), 0)]

    # ----- slots ----------------------------------------------------------
    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys):
            page = self.list_tabs[self.tab_keys[index]]
            page.ensure_loaded()
            # into the page (its list): its keys work at once, not the tab bar's arrows
            focus = QApplication.focusWidget()
            if focus is None or not page.isAncestorOf(focus):
                page.take_focus()

    def _on_db_saved(self, saved_at: datetime) -> None:
        self._show_saved(saved_at)

    def _show_saved(self, saved_at: datetime | None) -> None:
        if saved_at is None:
            self.saved_label.setText(self.tr("Not saved yet"))
            return
        local = saved_at.astimezone()
        stamp = (
            local.strftime("%H:%M:%S")
            if local.date() == datetime.now().date()
            else (local.strftime("%Y/%m/%d %H:%M"))
        )
        self.saved_label.setText(self.tr("Last saved: %1").replace("%1", stamp))

    def _on_hub_database_replaced(self) -> None:
        for tab in self.list_tabs.values():
            tab.loaded = False
        self.list_tabs[self.current_tab_key()].ensure_loaded()
        self.update_title()
        self._show_saved(workspace.last_saved_at(self.db))

    def import_package(self, path: Path) -> None:
        """Show what the package would change; the tabs reload after an import."""
        from app.ui.dialogs.import_package_dialog import ImportPackageDialog

        applied = ImportPackageDialog.run(self, self.db, path)
        if applied is not None:
            self.hub.databaseReplaced.emit()
            self.statusBar().showMessage(
                self.tr("Imported: %1 added, %2 updated, %3 conflicts left as they are.")
                .replace("%1", str(applied.added))
                .replace("%2", str(applied.updated))
                .replace("%3", str(len(applied.undecided))),
                10000,
            )

    # ----- Qt events ------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for key, tab in self.list_tabs.items():
            if isinstance(tab, ListTab):  # (ホーム has no list and detail to share)
                self.settings.set_splitter_state(key, tab.splitter.saveState())
        self.settings.last_tab = self.current_tab_key()
        self.settings.sync()
        self.backups.back_up_on_close()
        super().closeEvent(event)
