"""1. Cold start: ``jimukyoku --db BENCH gui`` until the first rows are painted,
against a bare PySide6 window with four empty tabs; plus ``-X importtime``."""

from __future__ import annotations

import re
from pathlib import Path

from bench.common import Figure, Section, child_env, median, ms, run_child

CHILD = "bench/child_gui.py"
TARGET_RATIO = 1.5


def importtime_top(database: Path, count: int = 12) -> tuple[list[str], list[str], float]:
    """The costliest packages and app modules of a real start (cumulative import time)."""
    env = child_env(PYTHONPROFILEIMPORTTIME="1")
    result = run_child([CHILD, "startup", str(database)], env)
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            _self_us, cumulative, indent, name = match.groups()
            rows.append((int(cumulative), len(indent) // 2, name))
    total = sum(row[0] for row in rows if row[1] == 0) / 1e6
    # A package's cost is counted where it is first imported: its top-level name.
    packages = [row for row in rows if "." not in row[2] or row[2].startswith("PySide6.")]
    app_modules = [row for row in rows if row[2].startswith("app.")]

    def lines(selected: list[tuple[int, int, str]]) -> list[str]:
        top = sorted(selected, reverse=True)[:count]
        return [f"{cumulative / 1000:8.1f} ms  {name}" for cumulative, _depth, name in top]

    return lines(packages), lines(app_modules), total


def measure(database: Path, runs: int) -> Section:
    section = Section(
        "1. Cold start",
        "Wall time from spawning the process until the main window's current tab has painted "
        "its first rows (a Paint event on the table's viewport while the model has rows). The "
        "app is started through `app.cli.run.main(['--db', DB, 'gui'])` with `QApplication.exec` "
        "replaced by the wait (bench/child_gui.py). Baseline: a bare PySide6 script showing a "
        "`QMainWindow` with four empty tabs, timed the same way. Python's bytecode cache is "
        "warm (as on an installed app); the file-system cache holds the database (a warm "
        "start in the OS sense, a cold start of the app). The first start of the day (no "
        "backup made today yet) is run once first and reported apart: the app starts today's "
        "backup in the background 2 s after its window is shown, after this figure is taken.",
    )
    first = run_child([CHILD, "startup", str(database)])
    bare = [run_child([CHILD, "bare"]).wall_seconds for _ in range(runs)]
    starts = []
    closes = []
    loaded: list[str] = []
    for _ in range(runs):
        result = run_child([CHILD, "startup", str(database)])
        starts.append(result.wall_seconds)
        closes.append(result.result.get("close_seconds", 0.0))
        loaded = result.result["heavy_loaded"]
        tab, rows = result.result["tab"], result.result["rows"]
    base, value = median(bare), median(starts)
    section.figures.append(
        Figure(
            section.title,
            f"start to first rows (tab {tab}, {rows} rows)",
            ms(value),
            "ms",
            ms(base),
            "bare PySide6 window, 4 empty tabs",
            f"≤ {TARGET_RATIO}× baseline",
            value <= TARGET_RATIO * base,
        )
    )
    section.figures.append(
        Figure(
            section.title,
            "first start of the day (today's backup not made yet)",
            ms(first.wall_seconds),
            "ms",
            ms(base),
            "bare window",
            "",
            None,
            "the backup (copy + integrity_check) starts on the thread pool 2 s after the "
            "window is shown",
        )
    )
    section.figures.append(
        Figure(
            section.title,
            "clean close (Database.close: checkpoint, whole-file SHA-256)",
            ms(median(closes)),
            "ms",
            note="on quit, after the window is gone",
        )
    )
    if value > TARGET_RATIO * base:
        profile = run_child([CHILD, "profile-startup", str(database)]).result["profile"]
        section.details.append(
            "cProfile of one start (the app's calls, by cumulative time; imports appear as "
            "`<module>`):\n\n```\n" + "\n".join(profile) + "\n```"
        )
    packages, app_modules, total = importtime_top(database)
    section.details.append(
        "Modules the issue asks to load lazily, found loaded when the first rows were painted: "
        + (", ".join(f"`{name}`" for name in loaded) or "none")
    )
    section.details.append(
        f"`python -X importtime` of the same start (all imports: {total * 1000:.0f} ms; "
        "cumulative, so nested entries overlap). Packages, where first imported:\n\n```\n"
        + "\n".join(packages)
        + "\n```\n\nApp modules:\n\n```\n"
        + "\n".join(app_modules)
        + "\n```"
    )
    return section
