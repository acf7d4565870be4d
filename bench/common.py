"""What every measurement shares: statistics, working copies, child processes, the machine."""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "cache"
RUN_DIR = CACHE / "run"  # working copies: the cached database is never written to
MARKER = "BENCH "  # a child's result line: MARKER + JSON


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 20 values is the 19th smallest)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


@dataclass
class Figure:
    """One line of RESULTS.md: a measured value, its baseline and its target."""

    section: str
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None  # None: no target, or not measured
    note: str = ""
    speedup: bool = False  # show the ratio as "N× faster" (baseline / value)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def ratio_text(self) -> str:
        ratio = self.ratio
        if ratio is None:
            return "—"
        if not self.speedup:
            return f"{ratio:.2f}×"
        return f"{1 / ratio:.1f}× faster" if ratio <= 1 else f"{ratio:.1f}× slower"


@dataclass
class Section:
    title: str
    method: str
    figures: list[Figure] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # extra lines (profiles, lists)


def working_copy(database: Path, name: str) -> Path:
    """A fresh copy of the generated database in ``bench/cache/run/NAME/``."""
    folder = RUN_DIR / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    target = folder / "bench.sqlite3"
    shutil.copyfile(database, target)
    os.chmod(target, 0o600)
    return target


def child_env(**extra: str) -> dict[str, str]:
    """Offscreen Qt, a private settings and data folder, and the project on the path."""
    settings = tempfile.mkdtemp(prefix="bench-settings-", dir=RUN_DIR)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "JIMUKYOKU_CONFIG_DIR": settings,
        "JIMUKYOKU_DATA_DIR": settings,
        "LANG": "ja_JP.UTF-8",
        "PYTHONPATH": str(ROOT),
    }
    env.update(extra)
    return env


@dataclass
class ChildResult:
    wall_seconds: float  # from spawn to the child's result line
    exit_seconds: float  # from spawn to exit
    result: dict[str, Any]
    max_rss_kb: int  # the child's peak resident set (getrusage of that child)
    stderr: str


def run_child(
    args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300
) -> ChildResult:
    """Run ``python ARGS``; time it to the line ``BENCH {json}`` it prints, and to exit."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [sys.executable, *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env or child_env(),
            cwd=ROOT,
            text=True,
        )
        assert process.stdout is not None
        result: dict[str, Any] = {}
        marked = None
        for line in process.stdout:
            if line.startswith(MARKER):
                marked = marked or time.perf_counter()
                result.update(json.loads(line[len(MARKER) :]))
        _pid, status, usage = os.wait4(process.pid, 0)
        ended = time.perf_counter()
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    if process.returncode != 0 or marked is None:
        raise RuntimeError(f"child {args} failed ({process.returncode}):\n{stderr[-3000:]}")
    return ChildResult(marked - started, ended - started, result, usage.ru_maxrss, stderr)


def report(**values: Any) -> None:
    """In a child: print the result line the parent reads (flushed at once)."""
    print(MARKER + json.dumps(values, ensure_ascii=False), flush=True)


def machine() -> dict[str, str]:
    """CPU, cores, memory, OS and the versions that matter, for RESULTS.md."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = f"{line.split('=', 1)[1].strip(chr(34))} ({platform.release()})"
    except OSError:
        pass
    import PySide6
    import sqlalchemy
    from PySide6 import QtCore

    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "Memory": memory,
        "OS": os_name,
        "Python": platform.python_version(),
        "Qt / PySide6": f"{QtCore.qVersion()} / {PySide6.__version__}",
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
        "Load at start (1 min)": f"{os.getloadavg()[0]:.2f}",
    }
