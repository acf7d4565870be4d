"""The GUI processes the benchmark starts (offscreen): a bare window, or the real app.

    python bench/child_gui.py bare
    python bench/child_gui.py startup DB
    python bench/child_gui.py tabs DB

``startup`` and ``tabs`` start the app exactly as ``jimukyoku --db DB gui`` does
(``app.cli.run.main``), with one change: ``QApplication.exec`` is replaced by a function that
waits until the current tab's table has painted rows, reports, and returns (so the app
then closes the database as on a normal quit, and that close is timed too).
"Painted" means a ``Paint`` event delivered to the table's viewport while its model has
rows, and that event handled (the loop quits on the next turn).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import report  # noqa: E402

# Loaded at start only if something imports them too early (the lazy-import list).
HEAVY = ("reportlab", "docx", "openpyxl", "icalendar", "pypdfium2", "babel.dates", "alembic")


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait_for_paint(
    widget: Any, ready: Callable[[], bool] = lambda: True, timeout: float = 60
) -> bool:
    """Run the event loop until ``widget`` has handled a Paint event with ``ready()`` true."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    seen = {"painted": False}

    class Watch(QObject):
        def eventFilter(self, _watched: object, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and not seen["painted"] and ready():
                seen["painted"] = True
                QTimer.singleShot(0, loop.quit)  # after this paint has been handled
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    widget.update()
    loop.exec()
    widget.removeEventFilter(watch)
    return seen["painted"]


def bare() -> None:
    """The baseline: a plain PySide6 window with four empty tabs."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for title in ("委員", "会議", "視察・訪問", "文書"):
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    wait_for_paint(window)
    report(shown_in_child=time.perf_counter() - STARTED, peak_rss_mb=peak_rss_mb())
    app.quit()


def _main_window() -> Any:
    from PySide6.QtWidgets import QApplication

    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")


def _first_rows_painted(tab: Any) -> bool:
    if not hasattr(tab, "view"):  # the home tab: its sections read and painted
        return wait_for_paint(tab, lambda: tab.loaded)
    return wait_for_paint(tab.view.viewport(), lambda: tab.model.rowCount() > 0)


def _rows(tab: Any) -> int:
    if not hasattr(tab, "model"):  # the home tab: the lines of its sections
        return sum(box.lines.count() for box in tab.boxes.values())
    return int(tab.model.total_rows())


def on_startup() -> int:
    window = _main_window()
    tab = window.list_tabs[window.current_tab_key()]
    painted = _first_rows_painted(tab)
    report(
        shown_in_child=time.perf_counter() - STARTED,
        painted=painted,
        tab=window.current_tab_key(),
        rows=_rows(tab),
        heavy_loaded=[name for name in HEAVY if name in sys.modules],
        modules=len(sys.modules),
        peak_rss_mb=peak_rss_mb(),
    )
    return 0


def _scroll_batches(view: Any, model: Any, batches: int) -> list[float]:
    """Jump to the end of the list ``batches`` times: each jump fetches the next batch."""
    from PySide6.QtWidgets import QApplication

    steps = []
    for _ in range(batches):
        if not model.canFetchMore(view.rootIndex()):
            break
        started = time.perf_counter()
        view.scrollToBottom()
        QApplication.processEvents()
        wait_for_paint(view.viewport())
        steps.append(time.perf_counter() - started)
    return steps


def on_tabs() -> int:
    from PySide6.QtWidgets import QApplication

    window = _main_window()
    _first_rows_painted(window.list_tabs[window.current_tab_key()])
    opened: dict[str, float] = {}
    rows: dict[str, int] = {}
    order = [key for key in window.tab_keys if key != window.current_tab_key()]
    order.append(window.current_tab_key())  # loaded at start: measured as a reload, last
    for key in order:
        tab = window.list_tabs[key]
        started = time.perf_counter()
        tab.loaded = key != window.current_tab_key() and tab.loaded
        window.show_tab(key)
        _first_rows_painted(tab)
        opened[key] = time.perf_counter() - started
        rows[key] = _rows(tab)
    rss_tabs = peak_rss_mb()
    letters = window.list_tabs["correspondence"]
    window.show_tab("correspondence")
    scroll = _scroll_batches(letters.view, letters.model, 40)

    from app.ui.dialogs.responses_dialog import ResponsesDialog

    started = time.perf_counter()
    dialog = ResponsesDialog(window.db, window)
    dialog.show()
    wait_for_paint(dialog.view.viewport(), lambda: dialog.model.rowCount() > 0)
    ledger_open = time.perf_counter() - started
    ledger_rows = dialog.model.total_rows()
    ledger_scroll = _scroll_batches(dialog.view, dialog.model, 10)
    started = time.perf_counter()
    dialog.open_only.setChecked(False)  # every remark of ten years
    wait_for_paint(dialog.view.viewport(), lambda: dialog.model.rowCount() > 0)
    ledger_all = time.perf_counter() - started
    ledger_all_rows = dialog.model.total_rows()
    dialog.close()
    QApplication.processEvents()
    report(
        opened=opened,
        rows=rows,
        peak_rss_tabs_mb=rss_tabs,
        scroll_steps=scroll,
        scroll_rows=letters.model.rowCount(),
        ledger_open=ledger_open,
        ledger_rows=ledger_rows,
        ledger_scroll_steps=ledger_scroll,
        ledger_all=ledger_all,
        ledger_all_rows=ledger_all_rows,
        peak_rss_mb=peak_rss_mb(),
    )
    return 0


def _top(profiler: Any, count: int = 14) -> list[str]:
    """The functions with the most cumulative time, the app's and the libraries' alike."""
    import pstats

    rows = []
    for (path, line, name), (_cc, calls, own, cumulative, _callers) in pstats.Stats(
        profiler
    ).stats.items():  # type: ignore[attr-defined]
        short = path.split("site-packages/")[-1].split("/work/bench/")[-1]
        rows.append((cumulative, own, calls, f"{name}  {short}:{line}"))
    rows.sort(reverse=True)
    return [
        f"{cum * 1000:8.1f} ms cum {own * 1000:7.1f} ms own {calls:7d}  {where}"
        for cum, own, calls, where in rows[:count]
    ]


def on_profile() -> int:
    """cProfile of opening each slow tab and the remarks ledger (for the diagnosis)."""
    import cProfile

    window = _main_window()
    _first_rows_painted(window.list_tabs[window.current_tab_key()])
    profiles = {}
    for key in PROFILE_KEYS:
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        if key == "ledger":
            from app.ui.dialogs.responses_dialog import ResponsesDialog

            dialog = ResponsesDialog(window.db, window)
            dialog.show()
            wait_for_paint(dialog.view.viewport(), lambda d=dialog: d.model.rowCount() > 0)
        else:
            window.show_tab(key)
            _first_rows_painted(window.list_tabs[key])
        profiler.disable()
        elapsed = (time.perf_counter() - started) * 1000
        profiles[key] = [f"{key}: {elapsed:.0f} ms under the profiler", *_top(profiler)]
    report(profiles=profiles)
    return 0


PROFILE_KEYS = ("correspondence", "meetings", "ledger")


def run_app(database: str, on_shown: Callable[[], int]) -> int:
    from PySide6.QtWidgets import QApplication

    from app.storage import database as storage

    QApplication.exec = lambda *_args: on_shown()  # type: ignore[method-assign]
    close = storage.Database.close

    def timed_close(self: Any) -> None:
        started = time.perf_counter()
        close(self)
        report(close_seconds=time.perf_counter() - started)

    storage.Database.close = timed_close  # type: ignore[method-assign]
    from app.cli.run import main

    return main(["--db", database, "gui"])


def profiled_startup(database: str) -> int:
    """The whole start under cProfile; reports the app's costliest calls (cumulative)."""
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    code = run_app(database, lambda: (profiler.disable(), on_startup())[1])
    lines = [line for line in _top(profiler, 60) if "app/" in line.split("  ")[-1]]
    report(profile=lines[:22])
    return code


def main() -> int:
    mode = sys.argv[1]
    if mode == "profile-startup":
        return profiled_startup(sys.argv[2])
    if mode == "bare":
        bare()
        return 0
    handler = {"startup": on_startup, "tabs": on_tabs, "profile": on_profile}[mode]
    return run_app(sys.argv[2], handler)


if __name__ == "__main__":
    sys.exit(main())
