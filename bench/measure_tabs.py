"""2. Open each tab with ten years of data; scrolling; the remarks ledger; 6. peak memory."""

from __future__ import annotations

from pathlib import Path

from bench.common import Figure, Section, median, ms, run_child

CHILD = "bench/child_gui.py"
TAB_TARGET_MS = 100.0
RSS_TARGET_MB = 250.0
SMOOTH_STEP_MS = 50.0  # a scroll step slower than this is a visible stutter


def measure(database: Path, runs: int) -> tuple[Section, Section]:
    tabs = Section(
        "2. Open each tab",
        "In the real app (bench/child_gui.py `tabs`), for each tab: time from "
        "`MainWindow.show_tab(key)` (what Ctrl+1…5 and a click on the tab do) until the "
        "table's viewport has handled a Paint event with rows in the model (ホーム: until "
        "its sections are read and painted). Tabs load lazily on first show, so members, "
        "meetings, visits and correspondence are true first opens; ホーム is loaded at "
        "start-up and is measured as a reload (`loaded = False`). Median over separate "
        "processes. Scrolling: `scrollToBottom()` repeatedly "
        "on the 20,000 letters (each jump makes the view fetch the next batch of 500) and "
        "on the remarks ledger (意見・対応, Ctrl+Shift+O), each step timed until painted.",
    )
    memory = Section(
        "6. Memory",
        "Peak resident set (VmHWM of /proc/self/status) of the app process after every tab "
        "has been opened and painted with the ten-year data; also after the scrolling and "
        "the remarks ledger (all 150,000 remarks), and the parent's `getrusage` of the "
        "child (ru_maxrss) at exit.",
    )
    # Today's backup first: the app makes it in the background 2 s after its window is
    # shown, which would otherwise run during the first process's measurements.
    from app.services import workspace

    workspace.open_database(database, daily_backup=True).close()
    results = [run_child([CHILD, "tabs", str(database)]).result for _ in range(runs)]
    last = results[-1]

    def opened(label: str, seconds: float) -> None:
        tabs.figures.append(
            Figure(
                tabs.title,
                label,
                ms(seconds),
                "ms",
                target=f"≤ {TAB_TARGET_MS:.0f} ms",
                met=seconds * 1000 <= TAB_TARGET_MS,
            )
        )

    def scrolled(label: str, key: str) -> None:
        steps = [step for result in results for step in result[key]]
        if steps:
            tabs.figures.append(
                Figure(
                    tabs.title,
                    label,
                    ms(max(steps)),
                    "ms",
                    target=f"≤ {SMOOTH_STEP_MS:.0f} ms (smooth)",
                    met=max(steps) * 1000 <= SMOOTH_STEP_MS,
                    note=f"median step {ms(median(steps))} ms",
                )
            )

    for key in ("home", "members", "meetings", "visits", "correspondence"):
        rows = last["rows"][key]
        unit = "lines" if key == "home" else "rows"
        opened(f"{key} ({rows:,} {unit})", median([result["opened"][key] for result in results]))
    scrolled(
        f"scroll letters: slowest batch step (to {last['scroll_rows']:,} rows)", "scroll_steps"
    )
    opened(
        f"remarks ledger, open only ({last['ledger_rows']:,} remarks)",
        median([result["ledger_open"] for result in results]),
    )
    scrolled("scroll remarks ledger: slowest batch step", "ledger_scroll_steps")
    opened(
        f"remarks ledger, every remark ({last['ledger_all_rows']:,})",
        median([result["ledger_all"] for result in results]),
    )
    if any(figure.met is False for figure in tabs.figures):
        profiles = run_child([CHILD, "profile", str(database)]).result["profiles"]
        for lines in profiles.values():
            tabs.details.append(
                "cProfile of " + lines[0] + ":\n\n```\n" + "\n".join(lines[1:]) + "\n```"
            )
    for label, key in (
        ("peak RSS, every tab open", "peak_rss_tabs_mb"),
        ("peak RSS, after scrolling and the full remarks ledger", "peak_rss_mb"),
    ):
        peak = max(result[key] for result in results)
        memory.figures.append(
            Figure(
                memory.title,
                label,
                round(peak, 1),
                "MB",
                target=f"≤ {RSS_TARGET_MB:.0f} MB",
                met=peak <= RSS_TARGET_MB,
            )
        )
    return tabs, memory
