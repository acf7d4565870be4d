"""Kill the app's writers and give them a full disk or a read-only database; count what broke.

    python tools/fault_stress.py [--kills 4] [--seed 1] [--only backup,export-pdf,...]

Kills (SIGKILL at random moments, ``--kills`` rounds per case; tools/fault_kills.py):
backup, today's backup at start, restore, a migration from the revision before the last,
and every export: minutes PDF and DOCX, data package .zip and .json, roster .csv and
.xlsx (with contact details), the calendar (.ics), the import's rejects file, and an
attachment copied into the data folder. After each kill: no partial file under a final
name (an older file under the name stays as it was), the database passes
``quick_check`` with every remark, a damaged file never counts as a backup, and the
next start opens the database and removes the temporary files the kill left.

Conditions (tools/fault_conditions.py, inside a private mount namespace): a full disk
(a small tmpfs) under the live capture console, under the backups folder (the manual
backup and today's backup at start, and ``backup --to``) and under every export; a
read-only database file under the capture console. Each asserts: the database healthy,
every remark the console acknowledged present, and every failure shown to the user
(the CLI: a non-zero exit with a Japanese message and no traceback; the console: the
text kept and never called recorded — see tools/fault_capture.py for the 「未保存」 mark).

Prints a JSON summary; exit 1 if any promise failed. Where a full disk cannot be made
(no privilege and no user namespaces) those cases are skipped and the JSON says why.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
if str(TOOLS) not in sys.path:  # run as a script, or imported by a test
    sys.path.insert(0, str(TOOLS))

import fault_common  # noqa: E402  (after the path is set)
import fault_kills  # noqa: E402

CONDITIONS = ("capture-full-disk", "capture-read-only", "backup-full-disk", "export-full-disk")


def _wanted(only: set[str] | None, name: str) -> bool:
    return only is None or name in only


def _run_conditions(
    fixture: fault_kills.Fixture,
    work: Path,
    only: set[str] | None,
    require_mark: bool,
    *,
    mounts: bool,
) -> tuple[dict[str, object], dict[str, str]]:
    """Every condition asked for; ``mounts``: this process is in a private mount
    namespace and may mount (never true outside one: no mount may leak to the host)."""
    import fault_conditions as conditions

    results: dict[str, object] = {}
    skipped: dict[str, str] = {}
    full_disk = {
        "capture-full-disk": lambda: conditions.capture_on_full_disk(work, require_mark),
        "backup-full-disk": lambda: conditions.backup_on_full_disk(fixture, work),
        "export-full-disk": lambda: conditions.export_on_full_disk(fixture, work),
    }
    for name, run in full_disk.items():
        if not _wanted(only, name):
            continue
        if not mounts:
            skipped[name] = NO_MOUNT
            continue
        results[name] = run()
    if _wanted(only, "capture-read-only"):
        if not mounts:
            skipped["capture-read-only"] = NO_MOUNT
        elif not (shutil.which("mkfs.ext4") and Path("/sys/fs/ext4").is_dir()):
            skipped["capture-read-only"] = "no ext4 here (mkfs.ext4 and /sys/fs/ext4 needed)"
        else:
            results["capture-read-only"] = conditions.capture_read_only(work, require_mark)
    return results, skipped


NO_MOUNT = (
    "no private mount namespace with a tmpfs here (unshare --mount, or --user "
    "--map-root-user --mount, was refused): a full disk cannot be made safely"
)


def _namespace_prefix() -> list[str] | None:
    """``unshare`` options that give a private mount namespace here, or None."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return None
    user = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
    prefix = [unshare, *user, "--mount", "--propagation", "private"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


def _conditions_in_namespace(
    fixture: fault_kills.Fixture, work: Path, only: set[str] | None, require_mark: bool
) -> tuple[dict[str, object], dict[str, str]]:
    """Run the conditions in ``unshare --mount`` (with a user namespace when not root), so
    that no mount outlives the run; without one, here, with the full-disk cases skipped."""
    prefix = _namespace_prefix()
    if prefix is None:
        return _run_conditions(fixture, work, only, require_mark, mounts=False)
    fixture_file = work / "fixture.json"
    fixture_file.write_text(
        json.dumps({k: str(v) for k, v in asdict(fixture).items()}), encoding="utf-8"
    )
    inner = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--conditions-inside",
        str(work),
        "--only",
        ",".join(sorted(only)) if only else "",
    ]
    if require_mark:
        inner.append("--require-unsaved-mark")
    done = subprocess.run(
        [*prefix, *inner],
        capture_output=True,
        text=True,
        env=fault_common.child_environment(work),
        timeout=1800,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines and lines[-1].startswith("{"):
        found = json.loads(lines[-1])
        return found["results"], found["skipped"]
    # the harness itself broke: say so (a failed run), never retry outside the namespace
    crash = {"ok": False, "problems": [f"exit {done.returncode}: {done.stderr.strip()[-1500:]}"]}
    return {"conditions-run": crash}, {}


def _inside(work: Path, only: set[str] | None, require_mark: bool) -> int:
    raw = json.loads((work / "fixture.json").read_text(encoding="utf-8"))
    fixture = fault_kills.Fixture(
        database=Path(raw["database"]),
        old_revision=Path(raw["old_revision"]),
        revision=raw["revision"],
        meeting_id=int(raw["meeting_id"]),
        remarks=int(raw["remarks"]),
        attachment_source=Path(raw["attachment_source"]),
        bad_roster=Path(raw["bad_roster"]),
    )
    import fault_conditions as conditions

    mounts = conditions.can_mount()
    results, skipped = _run_conditions(fixture, work, only, require_mark, mounts=mounts)
    print(json.dumps({"results": results, "skipped": skipped}, ensure_ascii=False))
    return 0


def run(args: argparse.Namespace, work: Path) -> dict[str, object]:
    only = set(filter(None, args.only.split(","))) if args.only else None
    rng = random.Random(args.seed)
    started = time.monotonic()
    fixture = fault_kills.build_fixture(
        work,
        remarks=args.remarks,
        members=args.members,
        old_revision=args.old_revision or fault_kills.parent_revision(),
    )
    kills: dict[str, object] = {}
    for case in fault_kills.cases(fixture):
        if _wanted(only, case.name):
            kills[case.name] = fault_kills.run_case(case, fixture, work, args.kills, rng)
    conditions: dict[str, object] = {}
    skipped: dict[str, str] = {}
    if only is None or only & set(CONDITIONS):
        conditions, skipped = _conditions_in_namespace(
            fixture, work, only, args.require_unsaved_mark
        )
    every = [*kills.values(), *conditions.values()]
    ok = all(isinstance(result, dict) and result.get("ok") for result in every)
    return {
        "ok": ok,
        "seconds": round(time.monotonic() - started, 1),
        "kills_per_case": args.kills,
        "seed": args.seed,
        "old_revision": fixture.revision,
        "fixture_remarks": fixture.remarks,
        "kills": kills,
        "conditions": conditions,
        "skipped": skipped,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--kills", type=int, default=4, help="killed runs per case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--remarks", type=int, default=300, help="extra remarks in the data")
    parser.add_argument("--members", type=int, default=600, help="extra members in the roster")
    parser.add_argument("--old-revision", default="", help="for the migration case")
    parser.add_argument(
        "--require-unsaved-mark",
        action="store_true",
        help="a failed commit must show 「未保存」 in the console (once that part is merged)",
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--capture-child", nargs=5, help=argparse.SUPPRESS)
    parser.add_argument("--attach-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--conditions-inside", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.capture_child:
        import fault_capture

        db, meeting, log, fault, filler = args.capture_child
        return fault_capture.child(
            Path(db), int(meeting), Path(log), fault, Path(filler) if filler else None
        )
    if args.attach_child:
        return fault_kills.attach_child(Path(args.attach_child[0]), Path(args.attach_child[1]))
    only = set(filter(None, args.only.split(","))) if args.only else None
    if args.conditions_inside:
        return _inside(args.conditions_inside, only, args.require_unsaved_mark)
    known = {case for case in CONDITIONS} | set(KILL_CASES)
    if only and only - known:
        parser.error(f"unknown case: {', '.join(sorted(only - known))}")
    with tempfile.TemporaryDirectory(prefix="fault-stress-") as folder:
        work = args.keep or Path(folder)
        work.mkdir(parents=True, exist_ok=True)
        os.environ["JIMUKYOKU_DATA_DIR"] = str(work / "data")
        os.environ["JIMUKYOKU_CONFIG_DIR"] = str(work / "config")
        summary = run(args, work)
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0 if summary["ok"] else 1


KILL_CASES = (
    "backup",
    "daily-backup",
    "restore",
    "migration",
    "export-pdf",
    "export-docx",
    "package-zip",
    "package-json",
    "roster-csv",
    "roster-xlsx",
    "calendar",
    "rejects-csv",
    "attachment",
)


if __name__ == "__main__":
    sys.exit(main())
