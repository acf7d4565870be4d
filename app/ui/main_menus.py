"""The main window's menus (ファイル, 記録, ヘルプ), the Ctrl+number key of each tab, and
what their items open: :class:`MenuWindow`, which the main window is. The texts keep
the ``MainWindow`` translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow

from app.services.activities import editing as activities
from app.services.audit import trail as audit_trail
from app.ui.backup_runner import BackupRunner
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.activities_dialog import ActivitiesDialog
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.restore_dialog import RestoreDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.signal_hub import RecordKind
from app.ui.widgets.save_failed import show_not_done

if TYPE_CHECKING:
    from app.services.workspace import Database
    from app.settings import Settings
    from app.ui.signal_hub import SignalHub
    from app.ui.tabs import TabSpec


class MenuWindow(QMainWindow):
    """A main window with the menus; the main window gives what they need and open."""

    db: Database
    settings: Settings
    hub: SignalHub
    tab_keys: tuple[str, ...]
    tab_specs: tuple[TabSpec, ...]
    backups: BackupRunner
    backup_action: QAction
    restore_action: QAction
    export_package_action: QAction
    import_package_action: QAction
    council_action: QAction
    settings_action: QAction
    search_action: QAction
    activities_action: QAction
    year_documents_action: QAction
    calendar_action: QAction
    shortcuts_action: QAction

    # what the main window itself does for the menus
    def show_tab(self, key: str) -> None:
        raise NotImplementedError

    def show_search(self) -> object:
        raise NotImplementedError

    def show_shortcuts(self) -> None:
        raise NotImplementedError

    def import_package(self, path: Path) -> None:
        raise NotImplementedError

    def update_title(self) -> None:
        raise NotImplementedError

    def build_menus(self) -> None:
        """The menus and their actions (kept as ``self.backup_action`` …)."""
        self._build_file_menu()
        self._build_records_menu()
        self._build_help_menu()
        for number, (key, spec) in enumerate(zip(self.tab_keys, self.tab_specs, strict=True), 1):
            title = QCoreApplication.translate("MainWindow", spec.title)
            action = QAction(
                QCoreApplication.translate("MainWindow", "Show the %1 Tab").replace("%1", title),
                self,
            )
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_tab(k))
            self.addAction(action)

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.backup_action = QAction(QCoreApplication.translate("MainWindow", "&Back Up Now"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backups = BackupRunner(self, self.db, self.settings, self.backup_action)
        self.backup_action.triggered.connect(self.backups.back_up_now)
        self.restore_action = QAction(
            QCoreApplication.translate("MainWindow", "&Restore from Backup…"), self
        )
        self.restore_action.triggered.connect(lambda: self._restore())
        self.export_package_action = QAction(
            QCoreApplication.translate("MainWindow", "&Export for the Field…"), self
        )
        self.export_package_action.triggered.connect(lambda: self._export_package())
        self.import_package_action = QAction(
            QCoreApplication.translate("MainWindow", "&Import Field Data…"), self
        )
        self.import_package_action.triggered.connect(lambda: self._choose_package())
        self.council_action = QAction(
            QCoreApplication.translate("MainWindow", "&Council Settings…"), self
        )
        self.council_action.triggered.connect(lambda: self._council())
        self.settings_action = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), self)
        # Explicit: the platform's Preferences key is empty on Windows and X11 (Ctrl is ⌘
        # on macOS, so this is also the Mac's own ⌘, there).
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self._change_settings())
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(self.db.path is not None)  # PostgreSQL: the server's own tools
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_package_action)
        file_menu.addAction(self.import_package_action)
        file_menu.addSeparator()
        file_menu.addAction(self.council_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _build_records_menu(self) -> None:
        # Re&cords: Alt+R is the tabs' Remove, Received, Responses buttons.
        records_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "Re&cords"))
        self.search_action = records_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Search…")
        )
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action.triggered.connect(self.show_search)
        records_menu.addSeparator()
        self.activities_action = records_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Activities…")
        )
        self.activities_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.activities_action.triggered.connect(lambda: self._activities())
        self.year_documents_action = records_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Fiscal-Year Documents (report, registers)…")
        )
        self.year_documents_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.year_documents_action.triggered.connect(
            lambda: DocumentDialog.run(
                self, self.db, fiscal_year=activities.current_fiscal_year(self.db)
            )
        )
        self.calendar_action = records_menu.addAction(
            QCoreApplication.translate("MainWindow", "Export &Calendar (.ics)…")
        )
        self.calendar_action.triggered.connect(lambda: self._export_calendar())

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.shortcuts_action = help_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts")
        )
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        # Also from a meeting window: the sheet lists its keys too.
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addSeparator()
        about_action = QAction(
            QCoreApplication.translate("MainWindow", "&About Jimukyoku Desk"), self
        )
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(lambda: AboutDialog.run(self, self.db))
        help_menu.addAction(about_action)

    # ----- what the items open -----------------------------------------------
    def _activities(self) -> None:
        saved = ActivitiesDialog.run(self, self.db)
        if saved is not None:
            self.hub.announce(RecordKind.ACTIVITY, saved, origin=self)

    def _export_calendar(self) -> None:
        """Meetings, visits and events for Outlook or Google Calendar (importing again
        updates them, never doubles them)."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Export Calendar"),
            "jimukyoku.ics",
            "iCalendar (*.ics)",
        )
        if not name:
            return
        from app.services.calendar import export as calendar_export  # icalendar: only now

        try:
            count = calendar_export.export(self.db, Path(name))
        except OSError as error:
            show_not_done(
                self,
                QCoreApplication.translate("MainWindow", "Writing %1").replace("%1", name),
                error,
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "%1 meetings, visits and events written to %2."
            )
            .replace("%1", str(count))
            .replace("%2", name),
            8000,
        )

    def _export_package(self) -> None:
        from app.ui.dialogs.export_package_dialog import ExportPackageDialog

        result = ExportPackageDialog.run(self, self.db)
        if result is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "%1 records written to %2.")
                .replace("%1", str(result.records))
                .replace("%2", str(result.path)),
                10000,
            )

    def _choose_package(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import Field Data"),
            "",
            QCoreApplication.translate("MainWindow", "Data package (*.zip *.json)"),
        )
        if name:
            self.import_package(Path(name))

    def _restore(self) -> None:
        if RestoreDialog.run(self, self.db) is not None:
            self.hub.databaseReplaced.emit()

    def _change_settings(self) -> None:
        """The settings dialog; the staff name it sets signs the audit trail from now on."""
        SettingsDialog.run(self, self.settings)
        audit_trail.set_actor(self.db, self.settings.staff_name)

    def _council(self) -> None:
        from app.ui.dialogs.council_dialog import CouncilDialog  # not needed to show the window

        if CouncilDialog.run(self, self.db) is not None:
            self.update_title()
