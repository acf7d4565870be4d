"""Backups from the main window: now (menu), today's (after start-up) and on close.

The first two run on the thread pool, so the window stays usable: the copy is a
consistent snapshot even while remarks are being saved. The close-time backup runs on
the UI thread, after waiting for a backup still running.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.services import workspace
from app.services.workspace import Database
from app.settings import Settings
from app.texts.failures import failure_text
from app.ui import error_reporting
from app.ui.worker import run_in_background

# The texts keep the main window's translation context, where they were first written.


class BackupRunner(QObject):
    def __init__(
        self, window: QMainWindow, db: Database, settings: Settings, action: QAction
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._settings = settings
        self._action = action
        self._job: object | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def back_up_now(self) -> None:
        message = QCoreApplication.translate("MainWindow", "Backing up…")
        self._start(lambda: workspace.backup_database(self._db), message)

    def back_up_today_if_due(self) -> None:
        """Today's backup, if none was made yet (started once the window is shown)."""
        if self.running or not workspace.daily_backup_due(self._db):
            return
        message = QCoreApplication.translate("MainWindow", "Making today's backup…")
        keep = self._settings.backup_keep
        self._start(lambda: workspace.make_daily_backup(self._db, keep), message)

    def back_up_on_close(self) -> None:
        """The end-of-session backup; waits for a background backup first."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backing up…")
        )
        try:
            QThreadPool.globalInstance().waitForDone()
            workspace.backup_on_close(self._db, self._settings.backup_keep)
        except Exception as error:  # the data itself is safe; say the copy failed
            error_reporting.log_handled(error, "backup on close failed")
            self._show_failure(error)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _start(self, work: Callable[[], Path | None], message: str) -> None:
        if self.running:
            return
        self._action.setEnabled(False)
        self._window.statusBar().showMessage(message)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._job = run_in_background(work, self._on_done, self._on_failed)

    def _finished(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self._action.setEnabled(True)
        self._job = None

    def _on_done(self, path: object) -> None:
        self._finished()
        if path is None:
            self._window.statusBar().clearMessage()
            return
        text = QCoreApplication.translate("MainWindow", "Backup saved and verified: %1")
        self._window.statusBar().showMessage(text.replace("%1", str(path)), 10000)

    def _on_failed(self, error: BaseException) -> None:
        self._finished()
        self._window.statusBar().clearMessage()
        self._show_failure(error)

    def _show_failure(self, error: BaseException) -> None:
        QMessageBox.critical(
            self._window,
            QCoreApplication.translate("MainWindow", "Backup failed"),
            QCoreApplication.translate(
                "MainWindow", "The backup could not be made. Your data is unchanged.\n\n%1"
            ).replace("%1", failure_text(error)),
        )
