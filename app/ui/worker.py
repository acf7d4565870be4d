"""Run slow work (backups, restores, document generation) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.ui import error_reporting


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the UI thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def _handled_by(on_error: Callable[[BaseException], None]) -> Callable[[BaseException], None]:
    """``on_error``, after the failure and its traceback went to the log: the caller
    words it for the user, the log keeps what a developer needs."""

    def handle(error: BaseException) -> None:
        error_reporting.log_handled(error, "background job failed")
        on_error(error)

    return handle


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> _Job:
    """Start ``work`` on the global thread pool; the callbacks run on the UI thread.

    Without ``on_error`` a failure is reported as any uncaught error (logged, and a
    dialog: :mod:`app.ui.error_reporting`); with it, it is logged, then handed over.
    """
    job = _Job(work)
    job.setAutoDelete(False)  # the caller keeps it until a callback arrives
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(
        error_reporting.report if on_error is None else _handled_by(on_error)
    )
    QThreadPool.globalInstance().start(job)
    return job
