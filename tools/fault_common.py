"""What the fault harness's parts share: running the real CLI, and judging what it left.

Used by ``tools/fault_stress.py`` (see there); not a module of the app.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PINNED_EPOCH = "1767225600"  # SOURCE_DATE_EPOCH: the same data gives the same package bytes
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def child_environment(work: Path) -> dict[str, str]:
    """The environment of every child: this checkout, private data and config folders."""
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "JIMUKYOKU_DATA_DIR": str(work / "data"),
        "JIMUKYOKU_CONFIG_DIR": str(work / "config"),
        "SOURCE_DATE_EPOCH": PINNED_EPOCH,
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }


def cli_command(db: Path, args: Sequence[str]) -> list[str]:
    """``jimukyoku --lang ja --db DB ARGS`` run from this checkout."""
    return [sys.executable, "-m", "app", "--lang", "ja", "--db", str(db), *args]


@dataclass
class Ran:
    """A finished (or killed) child: exit code, its output, how long it ran."""

    code: int
    stdout: str
    stderr: str
    seconds: float
    killed: bool = False


def run_cli(db: Path, args: Sequence[str], work: Path, timeout: float = 300) -> Ran:
    """Run one CLI command to its end."""
    started = time.monotonic()
    done = subprocess.run(
        cli_command(db, args),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_environment(work),
        cwd=ROOT,
        timeout=timeout,
    )
    return Ran(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


def shown_in_japanese(ran: Ran) -> list[str]:
    """What is wrong with how a failing command told the user (empty: all well).

    A failure must end with a non-zero exit and a Japanese sentence, never a traceback.
    """
    problems = []
    if ran.code == 0:
        problems.append("exit code 0 although the write failed")
    if "Traceback" in ran.stderr:
        last = ran.stderr.strip().splitlines()[-1] if ran.stderr.strip() else ""
        problems.append(f"traceback shown: {last[:160]}")
    if not _JAPANESE.search(ran.stderr):
        problems.append(f"no Japanese message: {ran.stderr.strip()[:160]!r}")
    return problems


# ----------------------------------------------------------------------------- files


def fill_until_full(filler: Path) -> int:
    """Write zeros to ``filler`` until its file system is full; the errno that stopped it.

    Unbuffered on purpose: a buffered file would try to write its buffer again when it
    is closed, and fail there.
    """
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    block = b"\0" * (1 << 16)
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError as error:
                if len(block) == 1:
                    return error.errno or 0
                block = block[: len(block) // 2]  # fill the last few pages too
    finally:
        os.close(fd)


def is_temporary(name: str) -> bool:
    from app.storage.atomic import is_temporary as ours

    return ours(name)


def temporaries(folder: Path) -> list[str]:
    """Our temporary names left in ``folder``."""
    if not folder.is_dir():
        return []
    return sorted(entry.name for entry in os.scandir(folder) if is_temporary(entry.name))


def quick_check(path: Path) -> bool:
    from app.storage.integrity import quick_check as check

    return check(path).ok


def integrity_ok(path: Path) -> bool:
    from app.storage.integrity import integrity_check

    return integrity_check(path).ok


def remark_count(db: Path) -> int:
    """Remarks in the database, read-only (the file is not changed by looking)."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM remark").fetchone()[0])
    finally:
        connection.close()


def file_is_whole(path: Path, reference: bytes | None) -> str | None:
    """Why ``path`` is not a whole file of its kind (None: it is whole).

    Text formats written from pinned data must equal the reference byte for byte; the
    others (dates inside) must read back completely with their own libraries.
    """
    data = path.read_bytes()
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".ics", ".json"):
            if reference is not None and data != reference:
                return f"differs from the whole file ({len(data)} of {len(reference)} bytes)"
            if suffix == ".csv":
                list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
            elif suffix == ".json":
                json.loads(data.decode("utf-8"))
            else:
                from icalendar import Calendar

                Calendar.from_ical(data)
        elif suffix == ".pdf":
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(data), strict=True)
            for page in reader.pages:
                page.extract_text()
        elif suffix in (".docx", ".xlsx", ".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                broken = archive.testzip()
                if broken is not None:
                    return f"damaged member {broken}"
            if suffix == ".docx":
                from docx import Document

                Document(io.BytesIO(data))
            elif suffix == ".xlsx":
                from openpyxl import load_workbook

                load_workbook(io.BytesIO(data), read_only=True).close()
        elif suffix == ".sqlite3":
            if not integrity_ok(path):
                return "fails integrity_check"
        else:
            if reference is not None and data != reference:
                return "differs from the whole file"
    except Exception as error:  # any failure to read it back: not whole
        return f"{type(error).__name__}: {str(error)[:120]}"
    return None


@dataclass
class Figures:
    """The counts of one case; ``problems`` lists every broken promise."""

    runs: int = 0
    kills: int = 0
    killed_while_writing: int = 0
    finished_before_kill: int = 0
    final_absent: int = 0
    final_old_kept: int = 0
    final_whole: int = 0
    partial_under_final_name: int = 0
    database_unhealthy: int = 0
    data_lost: int = 0
    leftovers_after_kill: int = 0
    leftovers_after_next_start: int = 0
    next_start_failed: int = 0
    failures_not_shown: int = 0
    problems: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)  # what the user was told, a sample

    def told(self, text: str) -> None:
        if len(self.shown) < 12:
            self.shown.append(text)

    def fail(self, text: str) -> None:
        if len(self.problems) < 40:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return not self.problems
