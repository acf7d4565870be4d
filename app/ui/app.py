"""Start the GUI: application, translations, fonts, database (safely), main window."""

from __future__ import annotations

import gc
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.demo import loader as demo
from app.services import workspace
from app.services.workspace import Database, DatabaseDamaged, DatabaseInUse
from app.settings import Settings
from app.texts import i18n
from app.ui import error_reporting
from app.ui.dialogs.startup_messages import offer_restore, report_failure, report_in_use
from app.ui.fonts import FontsMissing, apply_ui_font, register_bundled_fonts
from app.ui.icons import icon

if TYPE_CHECKING:  # imported by run_gui while the database is being opened
    from app.ui.main_window import MainWindow

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_IN_USE = 3
EXIT_DAMAGED = 4
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


def _open(target: str, backup_keep: int) -> Database:
    # Today's backup is made once the window is shown (BackupRunner), not before.
    return workspace.open_database(target, backup_keep=backup_keep, daily_backup=False)


def start_opening(target: str, settings: Settings) -> Future[Database]:
    """Open the database on a thread while the UI is built: its start-up check
    (``quick_check``, inside SQLite, without the GIL) overlaps the UI's imports.
    The settings are read here, on the UI thread: the thread never touches them."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-database")
    opening = pool.submit(_open, target, settings.backup_keep)
    pool.shutdown(wait=False)  # the thread ends with the work
    return opening


def open_with_dialogs(
    target: str,
    settings: Settings,
    *,
    interactive: bool,
    first_attempt: Future[Database] | None = None,
) -> Database | int:
    """Open the database, telling the user plainly what is wrong; an exit code on failure.

    ``first_attempt`` is an opening already under way (:func:`start_opening`); its
    failure is handled as any other (a retry after a restore opens here)."""
    while True:
        try:
            if first_attempt is not None:
                attempt, first_attempt = first_attempt, None
                return attempt.result()
            return _open(target, settings.backup_keep)
        except DatabaseInUse as error:
            report_in_use(error, interactive=interactive)
            return EXIT_IN_USE
        except DatabaseDamaged as error:
            if not offer_restore(error, interactive=interactive) or error.newest_backup is None:
                return EXIT_DAMAGED
            try:
                workspace.restore_database(target, error.newest_backup.path)
            except Exception as failure:  # say why; never a traceback
                title = QCoreApplication.translate("startup", "The backup could not be restored")
                report_failure(title, failure, interactive=interactive)
                return EXIT_DAMAGED
        except Exception as error:  # migration or backup failure: say so, change nothing
            title = QCoreApplication.translate("startup", "The database could not be opened")
            report_failure(title, error, interactive=interactive)
            return EXIT_FAILED


def offer_sample_data(window: MainWindow) -> None:
    if not demo.is_empty(window.db):
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
    opening = start_opening(target, settings)
    try:
        app = make_application()
    except FontsMissing as error:
        print(error, file=sys.stderr)
        _close_when_opened(opening)
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
        _close_when_opened(opening)
        return EXIT_USAGE
    workspace.prepare_mappers()
    opened = open_with_dialogs(target, settings, interactive=interactive, first_attempt=opening)
    if isinstance(opened, int):
        return opened
    db = opened
    try:
        window = MainWindow(db, settings)
        if screenshot is not None:
            return _save_screenshot(app, window, screenshot, tab)
        if tab:
            window.show_tab(tab)
        window.show()
        offer_sample_data(window)
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window.backups.back_up_today_if_due)
        # What start-up made lives as long as the app: the cycle collector's full passes
        # (one every few thousand rows read, 60-70 ms over all of it) skip it from now on.
        gc.freeze()
        return app.exec()
    finally:
        db.close()


def _close_when_opened(opening: Future[Database]) -> None:
    try:
        opening.result().close()
    except Exception:  # nothing was opened: nothing to close
        return


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
