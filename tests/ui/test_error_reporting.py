"""No exception is swallowed: an error nobody handled (in a slot, a thread, a background
job, or Qt's own) is logged with its traceback in the data folder and shown in a dialog."""

from __future__ import annotations

import gc
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal, qCritical, qWarning
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui import error_reporting
from app.ui.app import make_application
from app.ui.error_reporting import ErrorDialog, ErrorReporter
from app.ui.worker import run_in_background

pytestmark = pytest.mark.qt_no_exception_capture  # the hook under test takes them


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path | None]]:
    """The dialogs that would have been shown: (details, log file)."""
    dialogs: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(
        ErrorDialog,
        "run",
        classmethod(lambda _cls, _parent, details, log: dialogs.append((details, log))),
    )
    return dialogs


@pytest.fixture
def reporter() -> Iterator[ErrorReporter]:
    app = make_application()
    installed = error_reporting.install(app)
    yield installed
    installed.uninstall()
    installed.setParent(None)


class _Emitter(QObject):
    fired = Signal()


def _log(reporter: ErrorReporter) -> str:
    assert reporter.log_path is not None
    return reporter.log_path.read_text(encoding="utf-8")


def test_an_error_in_a_slot_is_logged_and_shown(
    qtbot: QtBot, reporter: ErrorReporter, shown: list[tuple[str, Path | None]], tmp_path: Path
) -> None:
    def broken_slot() -> None:
        raise ValueError("壊れたスロット")

    emitter = _Emitter()
    emitter.fired.connect(broken_slot)
    emitter.fired.emit()
    qtbot.waitUntil(lambda: len(shown) == 1)
    details, log_path = shown[0]
    assert "ValueError: 壊れたスロット" in details and "broken_slot" in details
    assert log_path == tmp_path / "data" / "logs" / "jimukyoku.log"
    log = _log(reporter)
    assert "Unhandled error" in log and "broken_slot" in log and "壊れたスロット" in log
    if os.name == "posix":
        assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_path.parent.stat().st_mode) == 0o700


def test_the_same_error_again_is_logged_but_shown_once(
    qtbot: QtBot, reporter: ErrorReporter, shown: list[tuple[str, Path | None]]
) -> None:
    for _ in range(3):
        reporter.handle_exception(RuntimeError, RuntimeError("毎回同じ"), None)
    qtbot.wait(50)
    assert len(shown) == 1
    assert _log(reporter).count("RuntimeError: 毎回同じ") == 3


def test_an_error_in_a_thread_is_shown_on_the_ui_thread(
    qtbot: QtBot, reporter: ErrorReporter, shown: list[tuple[str, Path | None]]
) -> None:
    def work() -> None:
        raise OSError("スレッドで")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "OSError: スレッドで" in shown[0][0]


def test_a_background_job_nobody_handles_is_reported(
    qtbot: QtBot, reporter: ErrorReporter, shown: list[tuple[str, Path | None]]
) -> None:
    def work() -> None:
        raise KeyError("背景")

    run_in_background(work, lambda _result: None)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert "KeyError: '背景'" in shown[0][0] and "in work" in shown[0][0]


def test_a_background_job_handled_by_its_caller_is_logged_not_shown(
    qtbot: QtBot, reporter: ErrorReporter, shown: list[tuple[str, Path | None]]
) -> None:
    handled: list[BaseException] = []

    def work() -> None:
        raise KeyError("処理済み")

    run_in_background(work, lambda _result: None, handled.append)
    qtbot.waitUntil(lambda: len(handled) == 1, timeout=5000)
    qtbot.wait(50)
    assert shown == []
    assert "background job failed" in _log(reporter) and "処理済み" in _log(reporter)


def test_qt_warnings_are_logged_and_critical_messages_shown(
    qtbot: QtBot, reporter: ErrorReporter, shown: list[tuple[str, Path | None]]
) -> None:
    qWarning("a Qt warning")
    qCritical("a Qt critical error")
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "a Qt critical error" in shown[0][0]
    log = _log(reporter)
    assert "WARNING [MainThread] Qt: a Qt warning" in log
    assert "ERROR [MainThread] Qt: a Qt critical error" in log


def test_an_error_in_a_finaliser_is_logged_not_lost(
    reporter: ErrorReporter, shown: list[tuple[str, Path | None]]
) -> None:
    """What openpyxl's zip does when its file could not be written: Python cannot raise
    it, and by default only prints it (nowhere, in a windowed app)."""

    class Leftover:
        def __del__(self) -> None:
            raise OSError(28, "No space left on device")

    reporter.uninstall()  # pytest puts its own hook in for each phase of a test:
    reporter.install()  # installed again here, the app's is the one in force
    assert sys.unraisablehook == reporter.handle_unraisable
    leftover = Leftover()
    del leftover
    gc.collect()
    log = _log(reporter)
    assert "Exception ignored" in log and "No space left on device" in log
    assert "Leftover.__del__" in log
    assert shown == []  # it follows a failure already told, or cleans up after one


def test_uninstall_puts_the_previous_hooks_back(reporter: ErrorReporter) -> None:
    assert sys.excepthook == reporter.handle_exception
    assert threading.excepthook == reporter.handle_thread_exception
    reporter.uninstall()
    assert sys.excepthook != reporter.handle_exception
    assert threading.excepthook != reporter.handle_thread_exception


def test_the_dialog_says_what_is_known_and_where_the_log_is(qtbot: QtBot, tmp_path: Path) -> None:
    make_application()
    log = tmp_path / "logs" / "jimukyoku.log"
    dialog = ErrorDialog("Traceback …\nValueError: x", log, None)
    qtbot.addWidget(dialog)
    assert dialog.text() == "Something went wrong in Jimukyoku Desk."
    assert "Whether your last action was saved is not known" in dialog.informativeText()
    assert "kept as a draft" in dialog.informativeText()
    assert str(log) in dialog.informativeText()
    assert "ValueError: x" in dialog.detailedText()
    assert QApplication.instance() is not None
