"""The live capture console on a full disk or a read-only database (tools/fault_stress.py).

A child process opens the real console (offscreen, in Japanese) and types remarks key by
key, as ``tools/capture_stress.py`` does. With ``--fault full`` it commits a few remarks,
then fills the disk itself (a filler file on the small file system the parent mounted)
and goes on typing; then it frees the space and presses Enter again on the text the
console kept. With ``--fault readonly`` the database file is read-only from the start.
Every Enter is logged with what the user could see: whether the console said the remark
was recorded, kept the text, or marked it 「未保存」.

The parent then checks: ``quick_check`` passes, every remark the console acknowledged
is in the database, and no failed remark was shown as saved.

The 「未保存」 mark comes with another part of issue 14 (the console's failure state, branch
r14-errors: ``CaptureConsole.unsaved`` and a red 「未保存」 label beside the text box).
The child looks for it (:func:`has_failure_state`) and logs what it found:

- a console without that state (before the merge): a failure counts as shown when the
  console kept the text and did not say 「記録しました」; exceptions that reached no
  handler are counted (``unhandled_exceptions``) but are what issue 14 item 1 is about;
- a console with it (after the merge), or ``--require-unsaved-mark``: every failed
  Enter must also show the mark, and no exception may reach the hook.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from fault_common import ROOT, Figures, child_environment, fill_until_full, quick_check

UNSAVED_WORDS = ("未保存", "not saved", "unsaved")
TEXTS = [
    "アッセンブリを行う企業は多くないイメージ",
    "遠方かつ、自動車業界が無いことから競合が無く、双方営業の余地がある。",
    "当委員会での成果を産むために【学ぶ】視点で交流したらどうか。",
]


def has_failure_state(console: object) -> bool:
    """Whether this console can show a remark as not saved (r14-errors' ``unsaved``)."""
    return isinstance(getattr(type(console), "unsaved", None), property)


def unsaved_mark_shown(console: object) -> bool:
    """Whether the console shows a remark as not saved (「未保存」), wherever the mark is:
    its ``unsaved`` state, a Qt property on it or its editor, or the text of any visible
    label or button."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(console, QWidget)
    if has_failure_state(console) and getattr(console, "unsaved", False) is True:
        return True
    for holder in (console, getattr(console, "editor", None)):
        if isinstance(holder, QWidget) and holder.property("unsaved"):
            return True
    for widget in console.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        for text in texts:
            if any(word in text.casefold() for word in UNSAVED_WORDS):
                return True
    return False


def child(db_path: Path, meeting_id: int, log_path: Path, fault: str, filler: Path | None) -> int:
    """The console under a fault; see the module docstring. Logs one line per step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from app.services.workspace import open_database
    from app.texts import i18n
    from app.ui.capture.capture_console import CaptureConsole

    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(*parts: object) -> None:
        line = " ".join(str(p).replace("\n", " ") for p in parts)
        os.write(log, (line + "\n").encode())

    def hook(kind: type[BaseException], value: BaseException, _tb: object) -> None:
        write("x", kind.__name__, str(value).splitlines()[0][:120] if str(value) else "")

    sys.excepthook = hook  # what reaches no handler (the console's commit, today)
    i18n.load("ja")
    app = QApplication([])
    i18n.install(app)
    db = open_database(db_path, daily_backup=False)
    console = CaptureConsole(db, meeting_id)
    console.show()
    messages: list[str] = []
    console.messageRequested.connect(messages.append)

    def key(widget: object, code: int, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]
        app.processEvents()

    def enter(label: str) -> None:
        """Enter, and log what the user sees afterwards."""
        text = console.editor.toPlainText().strip()
        said = len(messages)
        key(console.editor, Qt.Key.Key_Return)
        recorded = any("記録しました" in m or "Recorded" in m for m in messages[said:])
        kept = console.editor.toPlainText().strip() == text
        if recorded and not kept:
            write("c", label, text)
        else:
            write(
                "f",
                label,
                f"kept={int(kept)}",
                f"claimed={int(recorded)}",
                f"marked={int(unsaved_mark_shown(console))}",
                text,
            )

    def remark(number: int, label: str) -> None:
        for character in f"[{label}-{number}] {TEXTS[number % len(TEXTS)]}":
            key(console.editor, Qt.Key.Key_unknown, character)
        time.sleep(0.25)  # the draft timer fires (and fails, on a full disk)
        app.processEvents()
        enter(label)

    write("mark-supported", int(has_failure_state(console)))
    console.speaker.setText("さい")
    key(console.speaker, Qt.Key.Key_Return)
    write("ready")
    if fault in ("full", "none"):
        for number in range(3):
            remark(number, "before")
    if fault == "full":
        assert filler is not None
        write("full", fill_until_full(filler))  # until the disk says so
    if fault == "readonly" and filler is not None:
        # The file system turns read-only under the open console, as ext4 does on an
        # error (a file read-only from the start is refused at opening, with the offer
        # to open it read-only): the open files then refuse every write with EROFS.
        source = subprocess.run(
            ["findmnt", "-n", "-o", "SOURCE", str(filler)], capture_output=True, text=True
        ).stdout.strip()
        Path(f"/sys/fs/ext4/{Path(source).name}/trigger_fs_error").write_text("harness\n")
        write("read-only")
    if fault in ("full", "readonly"):
        for number in range(3):
            remark(number, "fault")
    if fault == "full":
        assert filler is not None
        filler.unlink()
        write("freed")
        enter("retry")  # the kept text, once there is room again
    try:
        db.close()
        write("closed")
    except Exception as error:  # the close's checkpoint on a read-only file
        write("close-failed", type(error).__name__)
    os.close(log)
    return 0


@dataclass
class CaptureLog:
    acknowledged: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    unhandled: list[str] = field(default_factory=list)
    mark_supported: bool = False
    crashed: str = ""  # the child did not end normally
    lines: list[str] = field(default_factory=list)


def read_log(path: Path) -> CaptureLog:
    result = CaptureLog()
    if not path.exists():
        return result
    for line in path.read_text(encoding="utf-8").splitlines():
        result.lines.append(line)
        word, _, rest = line.partition(" ")
        if word == "c":
            result.acknowledged.append(rest.partition(" ")[2])
        elif word == "f":
            label, kept, claimed, marked, *text = rest.split(" ")
            result.failed.append(
                {
                    "label": label,
                    "kept": kept[-1],
                    "claimed": claimed[-1],
                    "marked": marked[-1],
                    "text": " ".join(text),
                }
            )
        elif word == "x":
            result.unhandled.append(rest)
        elif word == "mark-supported":
            result.mark_supported = rest.strip() == "1"
    return result


def run_child(
    db: Path, meeting_id: int, work: Path, fault: str, filler: Path | None, user: int | None
) -> CaptureLog:
    """One console session; ``user``: run it as that uid (root ignores file modes)."""
    log = work / f"capture-{fault}.log"
    log.unlink(missing_ok=True)
    command = [
        sys.executable,
        str(Path(__file__).resolve().parent / "fault_stress.py"),
        "--capture-child",
        str(db),
        str(meeting_id),
        str(log),
        fault,
        str(filler or ""),
    ]
    options: dict[str, object] = {}
    if user is not None:
        options = {"user": user, "group": user, "extra_groups": []}
    environment = child_environment(work)
    environment["HOME"] = str(work)
    environment["XDG_RUNTIME_DIR"] = str(work)
    environment["XDG_CACHE_HOME"] = str(work / "cache")
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=180,
        **options,  # type: ignore[arg-type]
    )
    result = read_log(log)
    if done.returncode != 0:
        result.crashed = f"child exit {done.returncode}: {done.stderr.strip()[-600:]}"
    return result


def stored_texts(db: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {str(row[0]) for row in connection.execute("SELECT text FROM remark")}
    finally:
        connection.close()


def judge(
    name: str, db: Path, logs: list[CaptureLog], figures: Figures, require_mark: bool
) -> dict[str, object]:
    """The promises after a capture session under a fault."""
    if not quick_check(db):
        figures.database_unhealthy += 1
        figures.fail(f"{name}: the database fails quick_check")
    stored = stored_texts(db)
    acknowledged = [text for log in logs for text in log.acknowledged]
    lost = [text for text in acknowledged if text not in stored]
    figures.data_lost += len(lost)
    for text in lost:
        figures.fail(f"{name}: an acknowledged remark is missing: {text}")
    failed = [entry for log in logs for entry in log.failed]
    supported = any(log.mark_supported for log in logs)
    strict = require_mark or supported
    marked = 0
    for entry in failed:
        shown = entry["kept"] == "1" and entry["claimed"] == "0"
        marked += entry["marked"] == "1"
        if not shown or (strict and entry["marked"] != "1"):
            figures.failures_not_shown += 1
            figures.fail(f"{name}: a failed remark was not shown as unsaved: {entry}")
        if entry["text"] in stored and entry["text"] not in acknowledged:
            figures.fail(f"{name}: a remark shown as failed was saved after all: {entry['text']}")
    for log in logs:
        if log.crashed:
            figures.fail(f"{name}: the console session broke off: {log.crashed}")
    unhandled = [text for log in logs for text in log.unhandled]
    if strict:
        for text in unhandled:
            figures.failures_not_shown += 1
            figures.fail(f"{name}: an exception reached no handler: {text}")
    return {
        "acknowledged": len(acknowledged),
        "failed_commits": len(failed),
        "failed_kept_in_editor": sum(entry["kept"] == "1" for entry in failed),
        "failed_marked_unsaved": marked,
        "console_has_unsaved_state": supported,
        "mark_required": strict,
        "unhandled_exceptions": len(unhandled),
        "unhandled_examples": unhandled[:3],
        "retried_after_space_freed": sum(
            1 for log in logs for line in log.lines if line.startswith("c retry")
        ),
    }
