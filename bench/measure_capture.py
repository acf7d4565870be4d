"""5. Capture: latency of committing one remark (``capture.add_remark``), and of a draft
save, on the ten-year database with ``synchronous=FULL``; plus the UI-thread probe."""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import AgendaItem
from app.models.enums import RemarkKind
from app.services import workspace
from app.services.capture import remarks as capture
from app.services.capture.rows import Draft, RemarkInput
from bench import texts
from bench.common import Figure, Section, median, ms, percentile, run_child

COMMIT_P99_MS = 10.0
UI_BLOCK_MS = 50.0


def _profile(call: Any, count: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        call()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    return "\n".join(lines)[:3500]


def measure(database: Path, meeting_id: int, commits: int) -> Section:
    section = Section(
        "5. Capture",
        f"In-process on a copy of the ten-year database: {commits} calls of "
        "`capture.add_remark` (one transaction each, as the console does on Enter) into the "
        "last agenda item of the newest meeting, after 10 warm-up calls; each timed from "
        "call to return (durable: `synchronous=FULL` is read back from the connection). "
        "Draft saves (`capture.save_draft`, the 200 ms autosave) are timed the same way. The "
        "UI-thread probe (bench/child_probe.py) runs the real capture console and main "
        "window in one process with a 5 ms `QTimer`; the longest gap between two ticks is "
        "the longest time the UI thread could not react.",
    )
    db = workspace.open_database(database, daily_backup=False)
    try:
        with db.engine.connect() as conn:
            synchronous = conn.exec_driver_sql("PRAGMA synchronous").scalar_one()
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
        with db.session() as session:
            item_id = session.scalars(
                select(AgendaItem.id)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position.desc())
            ).first()
        assert item_id is not None
        import random

        rng = random.Random(5)
        speaker = RemarkInput("x", None, "事務局（石田）", RemarkKind.REPORT)

        def commit() -> None:
            remark = RemarkInput(
                texts.remark_text(rng), None, speaker.speaker_name, RemarkKind.OPINION
            )
            capture.add_remark(db, item_id, remark)

        def draft() -> None:
            capture.save_draft(
                db,
                meeting_id,
                Draft(texts.remark_text(rng), item_id, None, "事務局", RemarkKind.OPINION),
            )

        for _ in range(10):
            commit()
        times = []
        for _ in range(commits):
            started = time.perf_counter()
            commit()
            times.append(time.perf_counter() - started)
        drafts = []
        for _ in range(commits):
            started = time.perf_counter()
            draft()
            drafts.append(time.perf_counter() - started)
        p99 = percentile(times, 0.99)
        section.figures.append(
            Figure(
                section.title,
                "commit one remark: p99",
                ms(p99),
                "ms",
                target=f"≤ {COMMIT_P99_MS:.0f} ms",
                met=p99 * 1000 <= COMMIT_P99_MS,
                note=f"p50 {ms(median(times))} ms; synchronous={synchronous} (2 = FULL), "
                f"journal_mode={journal}",
            )
        )
        section.figures.append(
            Figure(
                section.title,
                "save the draft (autosave): p99",
                ms(percentile(drafts, 0.99)),
                "ms",
                note=f"p50 {ms(median(drafts))} ms",
            )
        )
        if p99 * 1000 > COMMIT_P99_MS:
            section.details.append(
                f"cProfile of 50 remark commits (by own time):\n\n```\n{_profile(commit, 50)}\n```"
            )
    finally:
        db.close()
    return section


def measure_ui(database: Path, meeting_id: int, section: Section) -> None:
    result = run_child(["bench/child_probe.py", str(database), str(meeting_id)]).result
    for phase, label in (
        ("typing", "typing with 200 ms draft autosave"),
        ("commit", "committing remarks (Enter) in the console"),
        ("backup", "Back Up Now (backup + integrity check off the UI thread)"),
    ):
        gap = result["max_gap"][phase]
        section.figures.append(
            Figure(
                section.title,
                f"UI thread longest block: {label}",
                ms(gap),
                "ms",
                target=f"≤ {UI_BLOCK_MS:.0f} ms",
                met=gap * 1000 <= UI_BLOCK_MS,
                note=result["notes"][phase],
            )
        )
