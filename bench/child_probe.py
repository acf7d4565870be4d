"""The UI-thread probe: the real capture console and main window, and a 5 ms timer.

    python bench/child_probe.py DB MEETING_ID

Phases, one after the other in one process:

- typing: characters are sent to the console's editor as key events every 15 ms, so its
  200 ms draft timer saves the draft while typing goes on;
- commit: Enter commits each remark (``capture.add_remark``, one transaction, then the
  remark list is read again), ten remarks;
- backup: File › Back Up Now (``MainWindow.backup_action``): the backup and its
  integrity check run on the thread pool while the UI thread keeps ticking.

The timer records the gap between consecutive ticks; the largest gap in a phase is the
longest the UI thread was unable to react (paint, keys) during it.
"""

from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import report

TICK_MS = 5
KEY_MS = 15
REMARKS = 10


def main() -> int:
    database, meeting_id = sys.argv[1], int(sys.argv[2])
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from app.services import workspace
    from app.settings import Settings
    from app.ui.app import make_application
    from app.ui.capture.capture_console import CaptureConsole
    from app.ui.main_window import MainWindow

    make_application()
    db = workspace.open_database(database, daily_backup=False)
    window = MainWindow(db, Settings())
    window.show()
    console = CaptureConsole(db, meeting_id)
    console.resize(1000, 700)
    console.show()
    QApplication.processEvents()

    phase = {"name": "idle"}
    gaps: dict[str, float] = {"typing": 0.0, "commit": 0.0, "backup": 0.0, "idle": 0.0}
    counts = {"draft_saves": 0, "commits": 0}
    last = {"tick": time.perf_counter()}

    def tick() -> None:
        now = time.perf_counter()
        gap = now - last["tick"] - TICK_MS / 1000
        gaps[phase["name"]] = max(gaps[phase["name"]], gap)
        last["tick"] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(TICK_MS)
    probe.timeout.connect(tick)
    probe.start()

    source = console.controller.source
    save_draft = source.save_draft

    def counted_save(draft: object) -> None:
        counts["draft_saves"] += 1
        save_draft(draft)  # type: ignore[arg-type]

    source.save_draft = counted_save  # type: ignore[method-assign]

    def key(widget: object, code: int, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]

    loop = QEventLoop()
    remark_texts = [
        f"ベンチ{n}：合同研修の参加者を増やすため各社に声をかけたい。" for n in range(REMARKS)
    ]
    state = {"remark": 0, "typed": 0}

    def step() -> None:
        if state["remark"] >= REMARKS:
            loop.quit()
            return
        text = remark_texts[state["remark"]]
        if state["typed"] == 0:
            console.view.pick_speaker_number(1 + state["remark"] % 3)  # Alt+number
        if state["typed"] < len(text):
            phase["name"] = "typing"
            key(console.editor, Qt.Key.Key_unknown, text[state["typed"]])
            state["typed"] += 1
        else:
            phase["name"] = "commit"
            last["tick"] = time.perf_counter()  # the gap of the commit itself is measured here
            key(console.editor, Qt.Key.Key_Return)
            counts["commits"] += 1
            QApplication.processEvents()
            tick()
            phase["name"] = "typing"
            state["remark"] += 1
            state["typed"] = 0
        QTimer.singleShot(KEY_MS, step)

    QTimer.singleShot(50, step)
    loop.exec()

    phase["name"] = "idle"
    done = QEventLoop()
    window.backup_action.trigger()
    phase["name"] = "backup"
    started = time.perf_counter()

    def poll() -> None:
        if window.backup_action.isEnabled():
            done.quit()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    done.exec()
    backup_seconds = time.perf_counter() - started
    phase["name"] = "idle"
    report(
        max_gap=gaps,
        notes={
            "typing": f"{counts['draft_saves']} draft saves while typing {REMARKS} remarks",
            "commit": f"{counts['commits']} commits, each followed by the list refresh",
            "backup": f"backup took {backup_seconds:.1f} s on the thread pool",
        },
    )
    console.close()
    window.hide()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
