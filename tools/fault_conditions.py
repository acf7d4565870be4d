"""A full disk and a read-only database, made for real (tools/fault_stress.py).

The full disk is a small tmpfs mounted by the harness; the read-only database is on a
small ext4 image (loop device, ``errors=remount-ro``) that the harness turns read-only
through ``/sys/fs/ext4/<dev>/trigger_fs_error`` while the console has it open (a file that is
read-only from the start is refused at opening, with the offer to open it read-only:
tests/ui/test_startup.py). Mounting needs privilege: the harness runs these cases
inside ``unshare --mount`` (as root) or ``unshare --user --map-root-user --mount`` (as
anyone, where the kernel allows user namespaces), so every mount is private to the run
and disappears with it. Where neither works these cases are skipped, and the JSON says
why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import fault_capture
from fault_common import (
    Figures,
    fill_until_full,
    quick_check,
    remark_count,
    run_cli,
    shown_in_japanese,
    temporaries,
)
from fault_kills import Fixture

PREVIOUS = b"the previous file, which a failed write must leave as it was\n"
NOBODY = 65534


def can_mount() -> bool:
    """Whether this process may mount (root here, or root of a user namespace)."""
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"fault-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        made = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
            capture_output=True,
        )
        if made.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], check=True)
        return True
    except OSError:
        return False
    finally:
        probe.rmdir()


def mount_tmpfs(folder: Path, size: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        check=True,
        capture_output=True,
    )


def unmount(path: Path) -> None:
    subprocess.run(["umount", str(path)], check=True, capture_output=True)


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` until it is full, then free about ``leave`` bytes."""
    filler = folder / "filler.bin"
    fill_until_full(filler)
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def _copy_db(fixture: Fixture, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "council.sqlite3"
    shutil.copyfile(fixture.database, db)
    os.chmod(db, 0o600)
    return db


def _judge_cli(name: str, ran: object, db: Path, fixture: Fixture, figures: Figures) -> None:
    from fault_common import Ran

    assert isinstance(ran, Ran)
    message = ran.stderr.strip().splitlines()[-1] if ran.stderr.strip() else ""
    figures.told(f"{name}: exit {ran.code}: {message[:200]}")
    for problem in shown_in_japanese(ran):
        figures.failures_not_shown += 1
        figures.fail(f"{name}: {problem}")
    if not quick_check(db):
        figures.database_unhealthy += 1
        figures.fail(f"{name}: the database fails quick_check")
    elif remark_count(db) != fixture.remarks:
        figures.data_lost += 1
        figures.fail(f"{name}: remarks lost")


EXPORTS: dict[str, Callable[[Fixture, Path], list[str]]] = {
    "議事録.pdf": lambda fx, out: [
        *("export", "minutes", "--meeting", str(fx.meeting_id), "-o", str(out))
    ],
    "議事録.docx": lambda fx, out: [
        *("export", "minutes", "--meeting", str(fx.meeting_id), "-o", str(out))
    ],
    "laptop.zip": lambda _fx, out: ["data", "export", str(out)],
    "laptop.json": lambda _fx, out: ["data", "export", str(out)],
    "名簿.csv": lambda _fx, out: ["members", "export", str(out), "--with-contact"],
    "名簿.xlsx": lambda _fx, out: ["members", "export", str(out), "--with-contact"],
    "meetings.ics": lambda _fx, out: ["calendar", "export", str(out)],
    "rejects.csv": lambda fx, out: [
        *("members", "import", str(fx.bad_roster), "--rejects", str(out))
    ],
}


def _export_once(
    fixture: Fixture,
    work: Path,
    db: Path,
    name: str,
    args: Callable[[Fixture, Path], list[str]],
    label: str,
    leave: int,
    figures: Figures,
) -> None:
    out = work / "conditions" / "export-full-disk" / "out"
    mount_tmpfs(out, 16 * 1024 * 1024)
    try:
        target = out / name
        target.write_bytes(PREVIOUS)
        filler = fill(out, leave=leave)
        ran = run_cli(db, args(fixture, target), work)
        figures.runs += 1
        _judge_cli(label, ran, db, fixture, figures)
        if not target.exists() or target.read_bytes() != PREVIOUS:
            figures.partial_under_final_name += 1
            figures.fail(f"{label}: the older file under the name was not kept")
        else:
            figures.final_old_kept += 1
        left = temporaries(out)
        if left:
            figures.leftovers_after_kill += len(left)
            figures.fail(f"{label}: temporary files left: {left}")
        strays = {p.name for p in out.iterdir()} - {name, filler.name}
        if strays:
            figures.fail(f"{label}: other files appeared: {sorted(strays)}")
    finally:
        unmount(out)


def export_on_full_disk(fixture: Fixture, work: Path) -> dict[str, object]:
    """Each export into a folder whose disk fills halfway through the file, and into one
    that is full from the start."""
    figures = Figures()
    root = work / "conditions" / "export-full-disk"
    db = _copy_db(fixture, root / "db")
    run_cli(db, ["meetings", "list"], work)  # today's backup now, not during the exports
    sizes: dict[str, int] = {}
    for name, args in EXPORTS.items():
        plain = root / "plain"
        plain.mkdir(exist_ok=True)
        run_cli(db, args(fixture, plain / name), work)
        sizes[name] = (plain / name).stat().st_size
        # halfway through the file, and full before its first byte
        for label, leave in (("half", sizes[name] // 2), ("none", 0)):
            _export_once(fixture, work, db, name, args, f"export {name} ({label})", leave, figures)
    return {**asdict(figures), "export_sizes": sizes, "ok": figures.ok}


def backup_on_full_disk(fixture: Fixture, work: Path) -> dict[str, object]:
    """The backups folder on a full disk: the manual backup and today's backup at start."""
    figures = Figures()
    root = work / "conditions" / "backup-full-disk"
    db = _copy_db(fixture, root / "db")
    backups = db.parent / "backups"
    half = db.stat().st_size // 2  # room for half a copy of the database
    for name, args in (("manual backup", ["backup"]), ("daily backup", ["meetings", "list"])):
        mount_tmpfs(backups, 64 * 1024 * 1024)
        try:
            filler = fill(backups, leave=half)
            ran = run_cli(db, args, work)
            figures.runs += 1
            _judge_cli(name, ran, db, fixture, figures)
            made = [p.name for p in backups.iterdir() if p != filler]
            if made:
                figures.partial_under_final_name += len(made)
                figures.fail(f"{name}: files left in the full backups folder: {made}")
        finally:
            unmount(backups)
    into = root / "into"
    mount_tmpfs(into, 64 * 1024 * 1024)
    try:
        filler = fill(into, leave=half)
        ran = run_cli(db, ["backup", "--to", str(into / "copy.sqlite3")], work)
        figures.runs += 1
        _judge_cli("backup --to", ran, db, fixture, figures)
        made = [p.name for p in into.iterdir() if p != filler]
        if made:
            figures.partial_under_final_name += len(made)
            figures.fail(f"backup --to: files left: {made}")
    finally:
        unmount(into)
    return {**asdict(figures), "ok": figures.ok}


def _capture_db(folder: Path) -> tuple[Path, int]:
    from capture_stress import create_meeting

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "capture.sqlite3"
    return db, create_meeting(db)


def capture_on_full_disk(work: Path, require_mark: bool) -> dict[str, object]:
    figures = Figures()
    mount = work / "conditions" / "capture-full-disk"
    mount_tmpfs(mount, 8 * 1024 * 1024)
    try:
        db, meeting_id = _capture_db(mount)
        log = fault_capture.run_child(db, meeting_id, work, "full", mount / "filler.bin", None)
        figures.runs += 1
        details = fault_capture.judge("capture full disk", db, [log], figures, require_mark)
        if not details["failed_commits"]:
            figures.fail("capture full disk: no commit failed: the disk was never full")
        if not details["retried_after_space_freed"]:
            figures.fail("capture full disk: the kept text was not recorded once space was freed")
    finally:
        unmount(mount)
    return {**asdict(figures), **details, "ok": figures.ok}


def capture_read_only(work: Path, require_mark: bool) -> dict[str, object]:
    """A first session saves remarks; in the second the file system turns read-only while
    the console is open (a file read-only from the start is refused at opening)."""
    figures = Figures()
    folder = work / "conditions" / "capture-read-only"
    image = work / "conditions" / "capture-read-only.ext4"
    image.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["truncate", "-s", "64M", str(image)], check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True, capture_output=True)
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-o", "loop,errors=remount-ro", str(image), str(folder)],
        check=True,
        capture_output=True,
    )
    db, meeting_id = _capture_db(folder)
    first = fault_capture.run_child(db, meeting_id, work, "none", None, None)
    how = "ext4 turned read-only by an error under the open console"
    try:
        second = fault_capture.run_child(db, meeting_id, work, "readonly", folder, None)
    finally:  # read again as it stands: the file system readable, writable again
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=False)
    figures.runs += 2
    try:
        details = fault_capture.judge(
            "capture read-only", db, [first, second], figures, require_mark
        )
    finally:
        unmount(folder)
        image.unlink(missing_ok=True)
    if not [entry for entry in second.failed]:
        figures.fail("capture read-only: no commit failed: the file was never read-only")
    return {**asdict(figures), **details, "made_read_only_by": how, "ok": figures.ok}
