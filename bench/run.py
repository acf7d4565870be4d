"""Run the benchmark and write bench/RESULTS.md (``make bench``).

    python -m bench.run [--scale 1] [--runs 5] [--only startup,tabs,search,documents,capture]

Generates the ten-year database first unless it is cached (bench/generate.py). Every
figure is a median of several runs, reported with a baseline measured in the same run.
A scale other than 1 writes to bench/cache/ instead (for developing the benchmark).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from bench import (
    generate,
    measure_capture,
    measure_documents,
    measure_search,
    measure_startup,
    measure_tabs,
)
from bench.common import CACHE, ROOT, RUN_DIR, Section, machine, working_copy

STEPS = ("startup", "tabs", "search", "documents", "capture")


def _cell(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"


def render(sections: list[Section], meta: dict, facts: dict[str, str], seconds: float) -> str:
    counts = meta["counts"]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (`python -m bench.run`) on "
        f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, in {seconds:.0f} s "
        f"(database {'cached' if meta.get('cached') else 'generated in this run'}). "
        "Every figure is a median of several runs unless it says otherwise; a ratio is the "
        "figure divided by its baseline, measured in the same run.",
        "",
        "Why the missed targets are missed, and what would fix them: "
        "[NOTES.md](NOTES.md) (written by hand from the profiles below).",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {key} | {value} |" for key, value in facts.items()],
        "",
        "## Data: ten years (bench/generate.py)",
        "",
        f"Seed {meta['seed']}, scale {meta['scale']:g}, generator version "
        f"{meta['generator_version']}: {meta['bytes'] / 1e6:,.0f} MB, generated in "
        f"{meta['generation_seconds']:.0f} s (uncached, through the app's transactions and "
        f"search-index hook). Long meeting: id {meta['long_meeting_id']}; capture meeting: "
        f"id {meta['capture_meeting_id']}.",
        "",
        "| " + " | ".join(counts) + " |",
        "|" + "---:|" * len(counts),
        "| " + " | ".join(f"{n:,}" for n in counts.values()) + " |",
        "",
        "## Summary",
        "",
        "| | figure | value | baseline | ratio | target | met |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for section in sections:
        for figure in section.figures:
            met = {True: "**met**", False: "**MISSED**", None: "—"}[figure.met]
            baseline = (
                f"{_cell(figure.baseline)} {figure.unit} ({figure.baseline_name})"
                if figure.baseline is not None
                else "—"
            )
            lines.append(
                f"| {section.title.split('.')[0]} | {figure.name} | {_cell(figure.value)} "
                f"{figure.unit} | {baseline} | {figure.ratio_text()} | "
                f"{figure.target or '—'} | {met} |"
            )
    for section in sections:
        lines += ["", f"## {section.title}", "", section.method, ""]
        notes = [f"- {figure.name}: {figure.note}" for figure in section.figures if figure.note]
        if notes:
            lines += [*notes, ""]
        for detail in section.details:
            lines += [detail, ""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--only", default=",".join(STEPS), help="comma-separated steps")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    steps = [step.strip() for step in args.only.split(",") if step.strip()]
    started = time.perf_counter()
    os.environ.setdefault("JIMUKYOKU_DATA_DIR", str(CACHE / "data"))
    os.environ.setdefault("JIMUKYOKU_CONFIG_DIR", str(CACHE / "config"))
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    facts = machine()
    meta = generate.generate(args.scale, args.seed)
    print(f"database: {meta['database']} ({'cached' if meta['cached'] else 'generated'})")
    source = Path(meta["database"])
    runs = args.runs
    sections: list[Section] = []
    memory: Section | None = None
    for step in steps:
        print(f"measuring {step} …", flush=True)
        copy = working_copy(source, step)
        if step == "startup":
            sections.append(measure_startup.measure(copy, runs))
        elif step == "tabs":
            tabs, memory = measure_tabs.measure(copy, max(3, runs - 2))
            sections.append(tabs)
        elif step == "search":
            sections.append(measure_search.measure(copy, runs))
        elif step == "documents":
            sections.append(measure_documents.measure(copy, meta["long_meeting_id"], runs))
        elif step == "capture":
            section = measure_capture.measure(copy, meta["capture_meeting_id"], 200)
            measure_capture.measure_ui(
                working_copy(source, "probe"), meta["capture_meeting_id"], section
            )
            sections.append(section)
        else:
            parser.error(f"unknown step {step}")
    facts["Load at end (1 min)"] = f"{os.getloadavg()[0]:.2f}"
    if memory is not None:
        sections.append(memory)
    sections.sort(key=lambda section: section.title)
    output = args.output or (
        ROOT / "bench" / "RESULTS.md"
        if args.scale == 1
        else CACHE / f"RESULTS-scale{args.scale:g}.md"
    )
    text = render(sections, meta, facts, time.perf_counter() - started)
    output.write_text(text, encoding="utf-8")
    print(text)
    print(f"written: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
