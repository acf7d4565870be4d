"""3. Search: ``app.services.search.query.search`` (what the search window calls) over a fixed
query set of 1, 2, 3 and 6 characters, against a plain ``LIKE`` scan of the same text."""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import text

from app.services import workspace
from app.services.search import query as search
from app.services.search.folding import fold_for_match
from bench.common import Figure, Section, median, ms, percentile

# Words that occur in the generated minutes, letters and names (kana, kanji, mixed).
QUERIES = {
    1: ("鋳", "塗", "視", "株"),
    2: ("研修", "補助", "北浜", "人材"),
    3: ("インタ", "合同研", "受発注", "展示会"),
    6: ("オープンファ", "インターンシ", "人材確保の取", "ものづくりネ"),
}
FAST_MS, SHORT_MS, SPEEDUP = 10.0, 100.0, 20.0
LIKE_SQL = text(
    "SELECT kind, count(*) FROM search_entry WHERE folded LIKE :pattern ESCAPE '\\' GROUP BY kind"
)
OWNERS_SQL = text(
    "SELECT kind, coalesce(remark_id, agenda_item_id, action_item_id, visit_id, "
    "correspondence_id, member_id) FROM search_entry WHERE instr(folded, :term) > 0"
)


def _time(call, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


def _profile(call) -> str:  # type: ignore[no-untyped-def]
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(12)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())[:3000]


def measure(database: Path, runs: int) -> Section:
    section = Section(
        "3. Search",
        "In-process on the ten-year database: `search.search(db, query)` with default "
        "filters (grouped results, 50 per kind with snippets and totals — exactly what the "
        "search window shows), each query run "
        f"{runs} times after one warm-up; median and p95 over all runs of a length group. "
        "Baseline in the same run: a plain scan `SELECT kind, count(*) FROM search_entry "
        "WHERE folded LIKE '%term%' GROUP BY kind` over the same folded text. Correctness "
        "(1–2 characters): `search.find` returns exactly the records whose folded text "
        "contains the term (`instr`), for every query.",
    )
    db = workspace.open_database(database, daily_backup=False)
    try:
        worst: tuple[float, str] = (0.0, "")
        for length, queries in QUERIES.items():
            times: list[float] = []
            likes: list[float] = []
            correct = True
            for query in queries:
                search.search(db, query)  # warm-up: page cache and statement cache
                runs_of_query = _time(lambda q=query: search.search(db, q), runs)
                times += runs_of_query
                worst = max(worst, (median(runs_of_query), query))
                pattern = "%" + fold_for_match(query) + "%"
                with db.engine.connect() as conn:
                    conn.execute(LIKE_SQL, {"pattern": pattern}).all()
                    likes += _time(
                        lambda c=conn, p=pattern: c.execute(LIKE_SQL, {"pattern": p}).all(), runs
                    )
                    expected: dict[str, set[int]] = defaultdict(set)
                    for kind, owner in conn.execute(OWNERS_SQL, {"term": fold_for_match(query)}):
                        expected[kind].add(owner)
                found = {kind: set(ids) for kind, ids in search.find(db, query).items()}
                correct = correct and found == dict(expected)
            value, like = median(times), median(likes)
            limit = FAST_MS if length >= 3 else SHORT_MS
            met = value * 1000 <= limit and (length < 3 or like / value >= SPEEDUP)
            if length < 3:
                met = met and correct
            section.figures.append(
                Figure(
                    section.title,
                    f"{length} character{'s' if length > 1 else ''}: median ({', '.join(queries)})",
                    ms(value),
                    "ms",
                    ms(like),
                    "LIKE scan",
                    f"≤ {limit:.0f} ms" + (f", ≥ {SPEEDUP:.0f}× faster" if length >= 3 else ""),
                    met,
                    f"p95 {ms(percentile(times, 0.95))} ms; results "
                    + ("correct" if correct else "DIFFER from the scan"),
                    speedup=True,
                )
            )
        if worst[0] * 1000 > FAST_MS:
            section.details.append(
                f"cProfile of the slowest query, `search.search(db, {worst[1]!r})` "
                f"(median {ms(worst[0])} ms):\n\n```\n"
                + _profile(lambda: search.search(db, worst[1]))
                + "\n```"
            )
    finally:
        db.close()
    return section
