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
        "`MainWindow.show_tab(key)` (what Ctrl+1…4 and a click on the tab do) until the "
        "table's viewport has handled a Paint event with rows in the model. Tabs load "
        "lazily on first show, so meetings, visits and correspondence are true first "
        "opens; members is loaded at start-up and is measured as a reload (`loaded = "
        "False`). Median over separate processes. Scrolling: `scrollToBottom()` repeatedly "
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
    results = [run_child([CHILD, "tabs", str(database)]).result for _ in range(runs)]
    last = results[-1]
    for key in ("members", "meetings", "visits", "correspondence"):
        value = median([result["opened"][key] for result in results])
        tabs.figures.append(
            Figure(
                tabs.title,
                f"{key} ({last['rows'][key]:,} rows)",
                ms(value),
                "ms",
                target=f"≤ {TAB_TARGET_MS:.0f} ms",
                met=value * 1000 <= TAB_TARGET_MS,
            )
        )
    steps = [step for result in results for step in result["scroll_steps"]]
    if steps:
        tabs.figures.append(
            Figure(
                tabs.title,
                f"scroll letters: slowest batch step (to {last['scroll_rows']:,} rows)",
                ms(max(steps)),
                "ms",
                target=f"≤ {SMOOTH_STEP_MS:.0f} ms (smooth)",
                met=max(steps) * 1000 <= SMOOTH_STEP_MS,
                note=f"median step {ms(median(steps))} ms",
            )
        )
    ledger = median([result["ledger_open"] for result in results])
    tabs.figures.append(
        Figure(
            tabs.title,
            f"remarks ledger, open only ({last['ledger_rows']:,} remarks)",
            ms(ledger),
            "ms",
            target=f"≤ {TAB_TARGET_MS:.0f} ms",
            met=ledger * 1000 <= TAB_TARGET_MS,
        )
    )
    ledger_steps = [step for result in results for step in result["ledger_scroll_steps"]]
    if ledger_steps:
        tabs.figures.append(
            Figure(
                tabs.title,
                "scroll remarks ledger: slowest batch step",
                ms(max(ledger_steps)),
                "ms",
                target=f"≤ {SMOOTH_STEP_MS:.0f} ms (smooth)",
                met=max(ledger_steps) * 1000 <= SMOOTH_STEP_MS,
                note=f"median step {ms(median(ledger_steps))} ms",
            )
        )
    ledger_all = median([result["ledger_all"] for result in results])
    tabs.figures.append(
        Figure(
            tabs.title,
            f"remarks ledger, every remark ({last['ledger_all_rows']:,})",
            ms(ledger_all),
            "ms",
            target=f"≤ {TAB_TARGET_MS:.0f} ms",
            met=ledger_all * 1000 <= TAB_TARGET_MS,
        )
    )
    if any(figure.met is False for figure in tabs.figures):
        profiles = run_child([CHILD, "profile", str(database)]).result["profiles"]
        for lines in profiles.values():
            tabs.details.append(
                "cProfile of " + lines[0] + ":\n\n```\n" + "\n".join(lines[1:]) + "\n```"
            )
    rss_tabs = max(result["peak_rss_tabs_mb"] for result in results)
    memory.figures.append(
        Figure(
            memory.title,
            "peak RSS, every tab open",
            round(rss_tabs, 1),
            "MB",
            target=f"≤ {RSS_TARGET_MB:.0f} MB",
            met=rss_tabs <= RSS_TARGET_MB,
        )
    )
    rss_all = max(result["peak_rss_mb"] for result in results)
    memory.figures.append(
        Figure(
            memory.title,
            "peak RSS, after scrolling and the full remarks ledger",
            round(rss_all, 1),
            "MB",
            target=f"≤ {RSS_TARGET_MB:.0f} MB",
            met=rss_all <= RSS_TARGET_MB,
        )
    )
    return tabs, memory
