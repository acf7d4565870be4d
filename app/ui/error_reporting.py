"""No exception is swallowed: every error nobody handled is logged and told to the user.

:func:`install` (once, at GUI start) makes the app's hooks the process's: ``sys.excepthook``
(a slot or an event handler that raised), ``threading.excepthook`` (a thread), and Qt's
message handler (Qt's own warnings go to the log, its critical errors also to the user).
A background job's failure that its caller does not handle goes the same way
(:func:`report`). Each error is written with its traceback to ``logs/jimukyoku.log`` in
the data folder (rotated, owner-only), then a dialog says that something went wrong, that
whether the last action was saved is not known, that the text being typed is kept as a
draft, and where the log is.

Errors the app does handle (a save refused with ``NotSaved``) are logged with
:func:`log_handled`, so the log tells the whole story.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services import workspace

LOGGER_NAME = "jimukyoku"
LOG_BYTES = 1_000_000  # per file; three files kept: a long session's errors, bounded
LOG_FILES_KEPT = 3
SAME_ERROR_QUIET_S = 30.0  # the same error again within this time is logged, not shown

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def logger() -> logging.Logger:
    return logging.getLogger(LOGGER_NAME)


def log_handled(error: BaseException, what: str) -> None:
    """Log an error the app handled and told the user about (with its cause chain)."""
    logger().warning("%s: %s", what, error, exc_info=error)


def report(error: BaseException) -> None:
    """A failure nobody else handles (a background job's): the same path as an uncaught
    exception, so it is logged and shown when the hooks are installed."""
    sys.excepthook(type(error), error, error.__traceback__)


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every new file is created 0600 (personal data may appear in
    a traceback), whatever the umask."""

    def _open(self) -> TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(descriptor, "a", encoding=self.encoding)


class ErrorDialog(QMessageBox):
    """Something went wrong: what is known, what is kept, where the details are."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(self.tr("Something went wrong in Jimukyoku Desk."))
        where = str(log_path) if log_path is not None else self.tr("(no log file)")
        self.setInformativeText(
            self.tr(
                "Whether your last action was saved is not known: check it, and do it again "
                "if it is missing. The text you were typing in the minutes is kept as a "
                "draft.\n\nThe details were written to the log:\n%1"
            ).replace("%1", where)
        )
        self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    @classmethod
    def run(cls, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        """Show the report (modal) until the user closes it."""
        dialog = cls(details, log_path, parent)
        dialog.exec()


class ErrorReporter(QObject):
    """The installed hooks; :meth:`uninstall` puts the previous ones back."""

    _show = Signal(str)  # the details: shown on the UI thread, after the failing event

    def __init__(self, log_path: Path | None, *, interactive: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.interactive = interactive
        self._showing = False
        self._last_shown: dict[str, float] = {}
        self._handler: logging.Handler | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], Any] | None = None
        self._previous_qt_handler: object = None
        self._previous_unraisable_hook: Callable[[Any], Any] | None = None
        self._show.connect(self._on_show, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ installing

    def install(self) -> None:
        if self.log_path is not None:
            handler = _PrivateRotatingFileHandler(
                self.log_path, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
            )
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(message)s")
            )
            logger().addHandler(handler)
            logger().setLevel(logging.INFO)
            self._handler = handler
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle_exception
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self.handle_thread_exception
        self._previous_qt_handler = qInstallMessageHandler(self.handle_qt_message)
        self._previous_unraisable_hook = sys.unraisablehook
        sys.unraisablehook = self.handle_unraisable

    def uninstall(self) -> None:
        """The hooks as they were before :meth:`install` (tests; the end of the app)."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)  # type: ignore[arg-type]
        if self._previous_unraisable_hook is not None:
            sys.unraisablehook = self._previous_unraisable_hook
        if self._handler is not None:
            logger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    # ------------------------------------------------------------------ the hooks

    def handle_exception(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: log with the traceback, then tell the user (any thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(exc_type, error, tb))
        logger().error("Unhandled error\n%s", details.rstrip())
        print(details, file=sys.stderr, end="")
        self._show.emit(details)

    def handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: a thread's error, reported like any other."""
        error = args.exc_value or args.exc_type()
        self.handle_exception(args.exc_type, error, args.exc_traceback)

    def handle_unraisable(self, unraisable: Any) -> None:
        """``sys.unraisablehook``: an error Python could not raise (a finaliser, a closing
        file after a failed write). Logged with its traceback, not shown: it follows an
        error already reported, or cleans up after one."""
        error = unraisable.exc_value
        where = f" in {unraisable.object!r}" if unraisable.object is not None else ""
        message = unraisable.err_msg or "Exception ignored"
        details = "".join(
            traceback.format_exception(unraisable.exc_type, error, unraisable.exc_traceback)
        )
        logger().warning("%s%s\n%s", message, where, details.rstrip())

    def handle_qt_message(self, mode: QtMsgType, context: QMessageLogContext, text: str) -> None:
        """Qt's own messages: warnings to the log (and the terminal, as Qt would); a
        critical or fatal one is also shown, since Qt may not be able to go on."""
        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        where = f" ({context.file}:{context.line})" if context.file else ""
        print(f"Qt: {text}{where}", file=sys.stderr)
        if mode == QtMsgType.QtWarningMsg:
            logger().warning("Qt: %s%s", text, where)
            return
        logger().error("Qt: %s%s", text, where)
        if self._handler is not None:
            self._handler.flush()  # a fatal message aborts the process when we return
        if mode == QtMsgType.QtCriticalMsg:
            self._show.emit(f"Qt: {text}{where}")

    # ------------------------------------------------------------------ showing

    def _on_show(self, details: str) -> None:
        if not self.interactive or self._showing:
            return  # logged already; one dialog at a time
        key = details.strip().splitlines()[-1] if details.strip() else ""
        now = time.monotonic()
        if now - self._last_shown.get(key, -SAME_ERROR_QUIET_S) < SAME_ERROR_QUIET_S:
            return  # the same error repeating (a timer, a paint): one dialog is enough
        self._last_shown[key] = now
        self._showing = True
        try:
            ErrorDialog.run(QApplication.activeWindow(), details, self.log_path)
        finally:
            self._showing = False


def install(app: QApplication, *, interactive: bool = True) -> ErrorReporter:
    """Log and show every error nobody handled, from now on (see the module's doc).

    ``interactive`` False (a screenshot run): logged and printed, never a dialog."""
    try:
        log_path: Path | None = workspace.log_file()
    except OSError as error:  # no log is no reason not to report: say so on the terminal
        print(f"The log file could not be created: {error}", file=sys.stderr)
        log_path = None
    for earlier in app.findChildren(ErrorReporter):  # installed twice: the newest counts
        earlier.uninstall()
        earlier.setParent(None)
    reporter = ErrorReporter(log_path, interactive=interactive, parent=app)
    reporter.install()
    return reporter
