"""Kill a real capture process at random moments and count what survived.

    python tools/capture_stress.py --kills 200 [--seed 1] [--db PATH]

Each round starts a child process that opens the database and the real capture console
(offscreen), then types remarks key by key, committing each with Enter. The parent kills
the child with SIGKILL after a random delay, then checks, with the child's own log:

- every remark the console reported as committed is in the database (none lost);
- the stored draft is a prefix of the text being typed, and the typing it misses
  covers at most ``--max-lost-ms`` (the draft promise: ≤ 300 ms);
- ``PRAGMA quick_check`` passes, and the next child restores the draft it finds.

The child writes its log with unbuffered ``os.write`` after each step: a SIGKILL cannot
lose a line whose write returned. Prints a JSON summary; exit 1 if any promise failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXTS = [
    "アッセンブリを行う企業は多くないイメージ",
    "遠方かつ、自動車業界が無いことから競合が無く、双方営業の余地がある。",
    "当委員会での成果を産むために【学ぶ】視点で交流したらどうか。",
    "EV、脱炭素、これから産業革命が始まる。",
    "髙橋委員の工場で〜次回を開催したい①",
]


@dataclass
class Summary:
    kills: int = 0
    committed_acknowledged: int = 0
    committed_lost: int = 0
    drafts_checked: int = 0
    draft_not_prefix: int = 0
    max_draft_loss_ms: float = 0.0
    draft_loss_over_limit: int = 0
    quick_check_failures: int = 0
    restore_mismatches: int = 0
    remarks_in_database: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.committed_lost
            or self.draft_not_prefix
            or self.draft_loss_over_limit
            or self.quick_check_failures
            or self.restore_mismatches
        )


# ----------------------------------------------------------------------------- setup


def create_meeting(db_path: Path) -> int:
    from datetime import date

    from app.models import AgendaItem, Body, Council, Meeting, Member
    from app.services.workspace import open_database

    db = open_database(db_path, daily_backup=False)
    try:
        with db.transaction() as session:
            session.add(Council(name="耐久試験委員会"))
            body = Body(name="定例会")
            members = [
                Member(family_name=name, family_name_reading=reading)
                for name, reading in (("斉藤", "さいとう"), ("髙橋", "たかはし"), ("今", "こん"))
            ]
            meeting = Meeting(
                body=body, sequence_number=1, fiscal_year=2026, held_on=date(2026, 11, 21)
            )
            meeting.agenda_items = [AgendaItem(label="①", title="連携について")]
            session.add_all([body, meeting, *members])
        return meeting.id
    finally:
        db.close()


# ----------------------------------------------------------------------------- child


def child(db_path: Path, meeting_id: int, log_path: Path, seed: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from app.services.workspace import open_database
    from app.ui.capture.capture_console import CaptureConsole

    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(*parts: object) -> None:
        os.write(log, (" ".join(str(p) for p in parts) + "\n").encode())

    app = QApplication([])
    db = open_database(db_path, daily_backup=False)
    console = CaptureConsole(db, meeting_id)
    console.show()
    write("restored", len(console.editor.toPlainText()))
    rng = random.Random(seed)

    def key(widget: object, code: int, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]

    state = {"text": "", "typed": 0, "number": 0}

    def start_remark() -> None:
        console.speaker.setText(rng.choice(["さい", "たか", "こん", "1", "2"]))
        key(console.speaker, Qt.Key.Key_Return)
        console.editor.clear()
        state["number"] += 1
        state["text"] = f"[{seed}-{state['number']}] {rng.choice(TEXTS)}"
        state["typed"] = 0
        write("start", state["text"])

    def step() -> None:
        if state["typed"] < len(state["text"]):
            character = state["text"][state["typed"]]
            key(console.editor, Qt.Key.Key_unknown, character)
            state["typed"] += 1
            write("k", f"{time.monotonic():.6f}", state["typed"])
        else:
            key(console.editor, Qt.Key.Key_Return)
            write("c", state["text"])  # written only after the commit returned
            start_remark()
        QTimer.singleShot(rng.randint(5, 60), step)

    start_remark()
    write("ready")
    QTimer.singleShot(0, step)
    app.exec()


# ----------------------------------------------------------------------------- parent


@dataclass
class ChildLog:
    restored: int | None = None
    acknowledged: list[str] = field(default_factory=list)
    current: str = ""
    keys: list[tuple[float, int]] = field(default_factory=list)  # of the current remark


def read_log(path: Path) -> ChildLog:
    result = ChildLog()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition(" ")
        if word == "restored":
            result.restored = int(rest)
        elif word == "start":
            result.current, result.keys = rest, []
        elif word == "k":
            stamp, typed = rest.split()
            result.keys.append((float(stamp), int(typed)))
        elif word == "c":
            result.acknowledged.append(rest)
    return result


def check_round(
    db_path: Path,
    meeting_id: int,
    log: ChildLog,
    killed_at: float,
    summary: Summary,
    limit: float,
    restored_draft: str,
) -> str:
    """Check the database after one kill; returns the draft text found.

    ``restored_draft`` is the draft this child started with: until the first save of
    its new text, that older draft is (rightly) still the one stored.
    """
    from app.services.capture import remarks as capture
    from app.services.meetings import agenda
    from app.services.workspace import open_database
    from app.storage.integrity import quick_check

    if not quick_check(db_path).ok:
        summary.quick_check_failures += 1
        summary.failures.append(f"quick_check failed after kill {summary.kills}")
    db = open_database(db_path, daily_backup=False)
    try:
        items = agenda.items(db, meeting_id)
        stored = {remark.text for item in items for remark in capture.remarks(db, item.id)}
        draft = capture.load_draft(db, meeting_id)
    finally:
        db.close()
    summary.remarks_in_database = len(stored)
    lost = [text for text in log.acknowledged if text not in stored]
    summary.committed_acknowledged += len(log.acknowledged)
    summary.committed_lost += len(lost)
    for text in lost:
        summary.failures.append(f"committed remark lost: {text}")
    draft_text = draft.text if draft is not None else ""
    if log.current in stored:  # committed just before the kill (maybe not yet logged)
        return draft_text
    summary.drafts_checked += 1
    if log.current.startswith(draft_text):
        saved = len(draft_text)
    elif draft_text == restored_draft:
        saved = 0  # nothing of the new text saved yet: every key typed counts as lost
    else:
        summary.draft_not_prefix += 1
        summary.failures.append(f"draft {draft_text!r} is not a prefix of {log.current!r}")
        return draft_text
    missing = [stamp for stamp, typed in log.keys if typed > saved]
    if missing:
        loss_ms = (killed_at - missing[0]) * 1000
        summary.max_draft_loss_ms = max(summary.max_draft_loss_ms, loss_ms)
        if loss_ms > limit:
            summary.draft_loss_over_limit += 1
            summary.failures.append(f"draft lost {loss_ms:.0f} ms of typing")
    return draft_text


def run(kills: int, seed: int, db_path: Path, limit: float, work: Path) -> Summary:
    rng = random.Random(seed)
    meeting_id = create_meeting(db_path)
    summary = Summary()
    draft = ""
    for round_number in range(kills):
        log_path = work / f"child-{round_number}.log"
        process = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--child",
                "--db",
                str(db_path),
                "--meeting",
                str(meeting_id),
                "--log",
                str(log_path),
                "--seed",
                str(seed * 100000 + round_number),
            ],
            env={
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "QT_LOGGING_RULES": "qt.qpa.*=false",
            },
        )
        deadline = time.monotonic() + 60
        while "ready" not in (log_path.read_text() if log_path.exists() else ""):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"capture child did not start (round {round_number})")
            time.sleep(0.02)
        time.sleep(rng.uniform(0.05, 4.0))
        killed_at = time.monotonic()
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        summary.kills += 1
        log = read_log(log_path)
        if log.restored != len(draft):
            summary.restore_mismatches += 1
            summary.failures.append(
                f"round {round_number}: restored {log.restored} chars, draft had {len(draft)}"
            )
        draft = check_round(db_path, meeting_id, log, killed_at, summary, limit, draft)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--max-lost-ms", type=float, default=300.0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--meeting", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--log", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.db, args.meeting, args.log, args.seed)
        return 0
    with tempfile.TemporaryDirectory(prefix="capture-stress-") as folder:
        work = Path(folder)
        os.environ.setdefault("JIMUKYOKU_DATA_DIR", str(work / "data"))
        os.environ.setdefault("JIMUKYOKU_CONFIG_DIR", str(work / "config"))
        db_path = args.db or work / "stress.sqlite3"
        summary = run(args.kills, args.seed, db_path, args.max_lost_ms, work)
    print(json.dumps({**asdict(summary), "ok": summary.ok}, ensure_ascii=False, indent=2))
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
