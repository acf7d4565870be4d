"""Start the GUI: application, translations, fonts, database (safely), main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.demo import loader as demo
from app.services import workspace
from app.settings import Settings
from app.texts import i18n
from app.ui import error_reporting
from app.ui.fonts import FontsMissing, apply_ui_font, register_bundled_fonts
from app.ui.icons import icon
from app.ui.opening import (
    EXIT_DAMAGED,
    EXIT_FAILED,
    EXIT_IN_USE,
    EXIT_OK,
    OpenRequest,
    close_when_opened,
    database_path,
    open_with_dialogs,
    start_opening,
)

if TYPE_CHECKING:  # imported by run_gui while the database is being opened
    from app.services.workspace import Database
    from app.ui.main_window import MainWindow

EXIT_USAGE = 2
__all__ = ["EXIT_DAMAGED", "EXIT_FAILED", "EXIT_IN_USE", "EXIT_OK", "EXIT_USAGE", "run_gui"]
SCREENSHOT_SIZE = (1280, 800)
DAILY_BACKUP_DELAY_MS = 2000  # let the window settle before the copy competes for the disk


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    i18n.install(app)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Jimukyoku Desk"))
    app.setWindowIcon(icon("jimukyoku"))
    register_bundled_fonts()
    apply_ui_font(app)
    return app


def offer_sample_data(window: MainWindow) -> None:
    if window.db.read_only or not demo.is_empty(window.db):
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("app", "Welcome"),
        QCoreApplication.translate(
            "app",
            "This database is empty.\nLoad the sample data (a fictional committee) to try the app?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        demo.load_demo(window.db)
        window.hub.databaseReplaced.emit()


def run_gui(
    target: str,
    settings: Settings,
    *,
    screenshot: Path | None = None,
    tab: str | None = None,
) -> int:
    """Run the GUI until the window closes (or save a screenshot and return)."""
    interactive = screenshot is None
    request = OpenRequest.first(target, settings.backup_keep)
    opening = start_opening(request)
    try:
        app = make_application()
    except FontsMissing as error:
        print(error, file=sys.stderr)
        close_when_opened(opening)
        return EXIT_FAILED
    error_reporting.install(app, interactive=interactive)  # no exception goes unseen
    from app.ui.main_window import MainWindow  # meanwhile, the database is being checked
    from app.ui.tabs import declared_tabs

    keys = [spec.key for spec in declared_tabs()]
    if tab is not None and tab not in keys:  # the tabs are the ones their files declare
        print(
            i18n.translate("cli", "There is no tab %1; the tabs are: %2.")
            .replace("%1", tab)
            .replace("%2", ", ".join(keys)),
            file=sys.stderr,
        )
        close_when_opened(opening)
        return EXIT_USAGE
    workspace.prepare_mappers()
    opened = open_with_dialogs(request, interactive=interactive, first_attempt=opening)
    if isinstance(opened, int):
        return opened
    db = opened
    try:
        if screenshot is not None:
            return _save_screenshot(app, MainWindow(db, settings), screenshot, tab)
        window = show_main_window(db, settings, tab)
        _listen_for_second_starts(window)
        greet(window)
        if not db.read_only:  # (the window that has the database for writing makes it)
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window.backups.back_up_today_if_due)
        # What start-up made lives as long as the app: the cycle collector's full passes
        # (one every few thousand rows read, 60-70 ms over all of it) skip it from now on.
        gc.freeze()
        return app.exec()
    finally:
        db.close()


def show_main_window(db: Database, settings: Settings, tab: str | None = None) -> MainWindow:
    """The main window, shown on ``tab`` (else the last tab, the first time ホーム)."""
    from app.ui.main_window import MainWindow

    window = MainWindow(db, settings)
    if tab:
        window.show_tab(tab)
    window.show()
    return window


def greet(window: MainWindow) -> None:
    """Once the window is up: an empty database offers the sample data, and a remark left
    unfinished by a crash opens in its meeting's record."""
    from app.ui.home.recovery import resume_unfinished_capture

    offer_sample_data(window)
    resume_unfinished_capture(window)


def _listen_for_second_starts(window: MainWindow) -> None:
    """A second start on this database can bring this window to the front."""
    path = database_path(window.db)
    if path is None:
        return
    from app.ui.single_instance import InstanceServer, bring_to_front  # QtNetwork: not before

    server = InstanceServer(path, window)
    server.raiseRequested.connect(lambda: bring_to_front(window))
    server.listen()


def _save_screenshot(app: QApplication, window: MainWindow, path: Path, tab: str | None) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show_tab(tab or window.current_tab_key())
    window.show()
    for _ in range(3):
        app.processEvents()
    saved = window.grab().save(str(path))
    window.hide()
    window.deleteLater()
    if not saved:
        print(f"could not write {path}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
