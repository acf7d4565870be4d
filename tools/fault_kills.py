"""Kill the real CLI with SIGKILL while it backs up, restores, migrates or exports.

Part of ``tools/fault_stress.py`` (see there for the promises checked). Each case runs
its command once to the end (the reference output, and how long the write takes), then
``rounds`` times killed: every other round at a random moment of the whole run, the
others at a random moment after the write has begun (the first new file appears in the
folders it writes to). After each kill: no partial file under a final name, the database
passes ``quick_check`` with all its remarks, and the next start opens it (cleaning what
the kill left). A last uncut run must succeed and leave no temporary file.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fault_common import (
    ROOT,
    Figures,
    Ran,
    child_environment,
    cli_command,
    file_is_whole,
    integrity_ok,
    quick_check,
    remark_count,
    temporaries,
)

TITLE = "令和8年度 第1回 耐久試験委員会 定例会"
REMARK = (
    "地域の中小製造業が連携し、試作から量産までを域内で完結させる体制づくりについて、"
    "各社の設備と人材の状況を持ち寄って検討したい。{n}"
)
_DIGIT_KANA = "あいうえおかきくけこ"


@dataclass
class Fixture:
    """The prepared data every case starts from."""

    database: Path  # the sample council, with many remarks and members
    old_revision: Path  # the same at an older schema revision (for the migration case)
    revision: str
    meeting_id: int  # an open meeting with a long minutes document
    remarks: int
    attachment_source: Path
    bad_roster: Path


def _reading(number: int) -> str:
    return "いいん" + "".join(_DIGIT_KANA[int(d)] for d in str(number))


def build_fixture(work: Path, *, remarks: int, members: int, old_revision: str) -> Fixture:
    """The sample council plus volume, so that writes take long enough to be hit."""
    from sqlalchemy import func, select

    from app.demo import loader
    from app.models import AgendaItem, Meeting, Member, Remark
    from app.models.enums import MeetingStatus
    from app.services.capture import remarks as capture
    from app.services.capture.rows import RemarkInput
    from app.services.workspace import open_database

    folder = work / "fixture"
    folder.mkdir(parents=True)
    path = folder / "council.sqlite3"
    db = open_database(path, daily_backup=False)
    try:
        loader.load_demo(db)
        with db.session() as session:
            meeting = session.scalars(
                select(Meeting).where(Meeting.status != MeetingStatus.APPROVED).order_by(Meeting.id)
            ).first()
            assert meeting is not None, "the sample has an open meeting"
            item = session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting.id)
                .order_by(AgendaItem.position)
            ).first()
            assert item is not None
            speaker = session.scalars(select(Member.id).order_by(Member.id)).first()
            meeting_id, item_id = meeting.id, item.id
        for number in range(remarks):
            capture.add_remark(
                db, item_id, RemarkInput(REMARK.format(n=number), speaker_member_id=speaker)
            )
        with db.transaction() as session:
            session.add_all(
                Member(
                    family_name=f"委員{number}",
                    family_name_reading=_reading(number),
                    email=f"member{number}@example.jp",
                    phone="045-000-0000",
                    address="神奈川県綾瀬市",
                )
                for number in range(members)
            )
        with db.session() as session:
            count = int(session.scalar(select(func.count()).select_from(Remark)) or 0)
    finally:
        db.close()
    old = folder / "old.sqlite3"
    shutil.copyfile(path, old)
    _downgrade(old, old_revision)
    source = folder / "見積書.pdf"
    source.write_bytes(os.urandom(8 * 1024 * 1024))
    bad = folder / "bad-roster.csv"
    lines = ["氏名,ふりがな,メール"] + [
        f"新規{n},{_reading(n)},not-an-email-{n}" for n in range(4000)
    ]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Fixture(path, old, old_revision, meeting_id, count, source, bad)


def _downgrade(path: Path, revision: str) -> None:
    """A database as an older release left it (as tests/storage/test_migrations.py does)."""
    from alembic import command

    from app.storage import migrate
    from app.storage.database import open_database

    db = open_database(path, daily_backup=False)
    try:
        # As migrate.upgrade does it: foreign keys off while batch mode recreates tables.
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    command.downgrade(migrate.alembic_config(conn), revision)
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
    finally:
        db.close()


def parent_revision() -> str:
    """The revision before the newest: a database from before the last migration."""
    import re

    from app.storage import migrate

    head = migrate.head_revision()
    for script in (migrate.script_location() / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        if re.search(rf'^revision\s*=\s*["\']{head}["\']', text, re.M):
            found = re.search(r'^down_revision\s*=\s*["\']([^"\']+)["\']', text, re.M)
            if found:
                return found.group(1)
    raise RuntimeError("no revision before the head")


# ----------------------------------------------------------------------------- cases


@dataclass
class Place:
    """One case's own folders: its database, its outputs."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / "db" / "council.sqlite3"

    @property
    def backups(self) -> Path:
        return self.db.parent / "backups"

    @property
    def attachments(self) -> Path:
        return self.db.parent / "attachments"

    @property
    def out(self) -> Path:
        return self.root / "out"

    def folders(self) -> list[Path]:
        return [self.db.parent, self.backups, self.attachments, self.out]


@dataclass
class KillCase:
    name: str
    args: Callable[[Place, Fixture], list[str]]  # the command (after --db)
    output: str | None = None  # the file in out/ that an export writes
    uses_old_revision: bool = False
    before_each: Callable[[Place, Fixture, int], None] | None = None
    after_kill: Callable[[Place, Fixture, Figures], None] | None = None
    exit_codes: tuple[int, ...] = (0,)  # of the uncut run
    child: list[str] | None = None  # another program than the CLI (attachments)


def _clear_backups(place: Place, _fixture: Fixture, _round: int) -> None:
    shutil.rmtree(place.backups, ignore_errors=True)


def _set_council_name(db_path: Path, name: str) -> None:
    from sqlalchemy import select

    from app.models import Council
    from app.services.workspace import open_database

    db = open_database(db_path, daily_backup=False)
    try:
        with db.transaction() as session:
            council = session.scalars(select(Council).order_by(Council.id)).first()
            assert council is not None
            council.name = name
    finally:
        db.close()


def _council_name(db_path: Path) -> str:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT name FROM council ORDER BY id").fetchone()[0])
    finally:
        connection.close()


def _restore_source(place: Place) -> Path:
    return place.root / "restore-from.sqlite3"


def _before_restore(place: Place, fixture: Fixture, _round: int) -> None:
    shutil.rmtree(place.backups, ignore_errors=True)
    source = _restore_source(place)
    if not source.exists():  # once: the backup to restore says 「復元した名前」
        _set_council_name(place.db, "復元した名前")
        from app.storage.backup import make_backup

        made = make_backup(place.db, target=source)
        assert made == source
    _set_council_name(place.db, "今の名前")


def _after_restore_kill(place: Place, _fixture: Fixture, figures: Figures) -> None:
    if place.db.exists():
        name = _council_name(place.db)
        if name not in ("今の名前", "復元した名前"):
            figures.fail(f"restore: the database holds neither version ({name!r})")
    else:
        figures.fail("restore: the database file is gone")


def _before_migration(place: Place, fixture: Fixture, _round: int) -> None:
    for suffix in ("", "-wal", "-shm", ".sha256"):
        place.db.with_name(place.db.name + suffix).unlink(missing_ok=True)
    shutil.rmtree(place.backups, ignore_errors=True)
    shutil.copyfile(fixture.old_revision, place.db)
    os.chmod(place.db, 0o600)


def _revision(db_path: Path) -> str | None:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


def _after_migration_kill(place: Place, fixture: Fixture, figures: Figures) -> None:
    from app.storage import migrate

    revision = _revision(place.db)
    if revision not in (fixture.revision, migrate.head_revision()):
        figures.fail(f"migration: the schema is at {revision!r}, neither old nor new")


def _previous_or_none(place: Place, name: str, round_number: int) -> None:
    """Every other round starts with an older file under the name: it must survive."""
    target = place.out / name
    if round_number % 2 == 0:
        target.write_bytes(PREVIOUS)
    else:
        target.unlink(missing_ok=True)


PREVIOUS = b"the previous file, which a failed write must leave as it was\n"


def _attachment_check(place: Place, fixture: Fixture, figures: Figures) -> None:
    size = fixture.attachment_source.stat().st_size
    digest = hashlib.sha256(fixture.attachment_source.read_bytes()).hexdigest()
    if not place.attachments.is_dir():
        return
    for entry in place.attachments.iterdir():
        if entry.name.startswith("."):
            continue
        data = entry.read_bytes()
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            figures.partial_under_final_name += 1
            figures.fail(f"attachment: partial stored file {entry.name} ({len(data)} bytes)")
    connection = sqlite3.connect(f"file:{place.db}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT stored_name, size_bytes, sha256 FROM attachment")
        for stored, recorded_size, recorded_digest in rows:
            path = place.attachments / stored
            if not path.is_file():
                figures.fail(f"attachment: a record without its file: {stored}")
            elif recorded_size != path.stat().st_size or recorded_digest != digest:
                figures.fail(f"attachment: the record does not match its file: {stored}")
    finally:
        connection.close()


def cases(fixture: Fixture) -> list[KillCase]:
    """Every writer the app has, as the user runs it."""

    def export(kind: str, suffix: str) -> KillCase:
        name = f"議事録{suffix}"
        return KillCase(
            f"export-{suffix[1:]}",
            lambda place, fx: [
                *("export", kind, "--meeting", str(fx.meeting_id)),
                *("-o", str(place.out / name)),
            ],
            output=name,
        )

    def simple(case: str, args: list[str], name: str, codes: tuple[int, ...] = (0,)) -> KillCase:
        return KillCase(
            case,
            lambda place, _fx: [
                *(str(place.out / name) if arg == "{out}" else arg for arg in args)
            ],
            output=name,
            exit_codes=codes,
        )

    return [
        KillCase("backup", lambda _p, _f: ["backup"], before_each=_clear_backups),
        KillCase("daily-backup", lambda _p, _f: ["meetings", "list"], before_each=_clear_backups),
        KillCase(
            "restore",
            lambda place, _f: ["restore", str(_restore_source(place))],
            before_each=_before_restore,
            after_kill=_after_restore_kill,
        ),
        KillCase(
            "migration",
            lambda _p, _f: ["meetings", "list"],
            uses_old_revision=True,
            before_each=_before_migration,
            after_kill=_after_migration_kill,
        ),
        export("minutes", ".pdf"),
        export("minutes", ".docx"),
        simple("package-zip", ["data", "export", "{out}"], "laptop.zip"),
        simple("package-json", ["data", "export", "{out}"], "laptop.json"),
        simple("roster-csv", ["members", "export", "{out}", "--with-contact"], "名簿.csv"),
        simple("roster-xlsx", ["members", "export", "{out}", "--with-contact"], "名簿.xlsx"),
        simple("calendar", ["calendar", "export", "{out}"], "meetings.ics"),
        KillCase(
            "rejects-csv",
            lambda place, fx: [
                *("members", "import", str(fx.bad_roster)),
                *("--rejects", str(place.out / "rejects.csv")),
            ],
            output="rejects.csv",
            exit_codes=(1,),  # the roster has errors: nothing imported, the rejects written
        ),
        KillCase(
            "attachment",
            lambda _p, _f: [],
            after_kill=_attachment_check,
            child=["--attach-child"],
        ),
    ]


def attach_child(db_path: Path, source: Path) -> int:
    """The attachments dialog's work without the dialog: copy a file in and record it."""
    from sqlalchemy import select

    from app.models import Correspondence
    from app.services.correspondence import attachments
    from app.services.workspace import open_database

    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as session:
            letter = session.scalars(select(Correspondence.id).order_by(Correspondence.id)).first()
        assert letter is not None
        attachments.add(db, letter, source, "見積書.pdf")
    finally:
        db.close()
    return 0


# ----------------------------------------------------------------------------- running


_DB_MACHINERY = ("-wal", "-shm", ".lock", ".sha256")


def _snapshot(place: Place) -> set[tuple[str, str]]:
    found = set()
    for folder in place.folders():
        if folder.is_dir():
            found |= {(str(folder), entry.name) for entry in os.scandir(folder)}
    return found


def _writing(place: Place, before: set[tuple[str, str]]) -> bool:
    """Whether the command has begun to write: a new file beside the database, in its
    backups or attachments, or in the output folder (not SQLite's own -wal/-shm)."""
    for folder, name in _snapshot(place) - before:
        beside_db = Path(folder) == place.db.parent and name.startswith(place.db.name)
        if beside_db and name[len(place.db.name) :] in _DB_MACHINERY:
            continue
        return True
    return False


@dataclass
class Timing:
    total: float  # seconds from start to exit
    write_at: float | None  # seconds from start to the first new file


def _command(case: KillCase, place: Place, fixture: Fixture) -> list[str]:
    if case.child is not None:
        script = str(Path(__file__).resolve().parent / "fault_stress.py")
        return [
            sys.executable,
            script,
            *case.child,
            str(place.db),
            str(fixture.attachment_source),
        ]
    return cli_command(place.db, case.args(place, fixture))


def _run(
    case: KillCase,
    place: Place,
    fixture: Fixture,
    work: Path,
    kill_after: Callable[[float, float | None], float | None],
) -> tuple[Ran, Timing, bool]:
    """Start the command; kill it when ``kill_after(elapsed, write_at)`` says the moment
    has come (a deadline in seconds from the start, or None to wait)."""
    before = _snapshot(place)
    # files, not pipes: a command that says a lot (4000 rejected rows) would block on a
    # full pipe while this loop watches the folders instead of reading
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            _command(case, place, fixture),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=child_environment(work),
            cwd=ROOT,
        )
        write_at: float | None = None
        killed = False
        while process.poll() is None:
            elapsed = time.monotonic() - started
            if write_at is None and _writing(place, before):
                write_at = elapsed
            deadline = kill_after(elapsed, write_at)
            if deadline is not None and elapsed >= deadline:
                os.kill(process.pid, signal.SIGKILL)
                killed = True
                break
            if elapsed > 600:
                os.kill(process.pid, signal.SIGKILL)
                raise RuntimeError(f"{case.name}: the command hung for ten minutes")
            time.sleep(0.001)
        process.wait()
        total = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        ran = Ran(
            process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            total,
            killed,
        )
    return ran, Timing(total, write_at), killed and write_at is not None


def _prepare_place(case: KillCase, place: Place, fixture: Fixture) -> None:
    if place.root.exists():
        shutil.rmtree(place.root)
    place.db.parent.mkdir(parents=True)
    place.out.mkdir()
    source = fixture.old_revision if case.uses_old_revision else fixture.database
    shutil.copyfile(source, place.db)
    os.chmod(place.db, 0o600)
    if not case.uses_old_revision:
        # today's backup now, so that the calibration run times the case's own write
        from app.storage.backup import ensure_daily_backup

        ensure_daily_backup(place.db)


def _next_start(place: Place, figures: Figures, label: str) -> None:
    """What the app does at its next start: lock, check, clean, migrate, back up."""
    from app.services.workspace import open_database

    try:
        db = open_database(place.db)
    except Exception as error:  # the promise is that the next start works
        figures.next_start_failed += 1
        figures.fail(f"{label}: the next start failed: {type(error).__name__}: {error}")
        return
    db.close()
    left = [
        name
        for folder in (place.db.parent, place.backups, place.attachments)
        for name in temporaries(folder)
    ]
    if left:
        figures.leftovers_after_next_start += len(left)
        figures.fail(f"{label}: temporary files survived the next start: {left[:3]}")
    beside = {place.db.name + suffix for suffix in ("", *_DB_MACHINERY)}
    beside |= {place.backups.name, place.attachments.name}
    strays = [
        entry.name
        for entry in os.scandir(place.db.parent)
        if entry.name not in beside and not entry.name.startswith(place.db.name + ".damaged-")
    ]
    if strays:
        figures.fail(f"{label}: files beside the database after the next start: {strays[:3]}")


def _check_after_kill(
    case: KillCase,
    place: Place,
    fixture: Fixture,
    figures: Figures,
    reference: bytes | None,
    round_number: int,
) -> None:
    label = f"{case.name} round {round_number}"
    if not place.db.exists() or not quick_check(place.db):
        figures.database_unhealthy += 1
        figures.fail(f"{label}: the database fails quick_check")
        return
    if remark_count(place.db) != fixture.remarks:
        figures.data_lost += 1
        figures.fail(f"{label}: {remark_count(place.db)} remarks, expected {fixture.remarks}")
    from app.storage.backup import list_backups

    for info in list_backups(place.db):  # a name that says "backup" must hold one
        if not integrity_ok(info.path):
            figures.partial_under_final_name += 1
            figures.fail(f"{label}: a damaged file counts as a backup: {info.path.name}")
    figures.leftovers_after_kill += sum(len(temporaries(folder)) for folder in place.folders())
    if case.output is not None:
        target = place.out / case.output
        had_previous = round_number % 2 == 0  # see _previous_or_none
        if not target.exists():
            if had_previous:
                figures.fail(f"{label}: the older file under the name was lost")
            figures.final_absent += 1
        elif target.read_bytes() == PREVIOUS:
            figures.final_old_kept += 1
        else:
            broken = file_is_whole(target, reference)
            if broken is None:
                figures.final_whole += 1
            else:
                figures.partial_under_final_name += 1
                figures.fail(f"{label}: partial file under the final name: {broken}")
        strays = [
            entry.name
            for entry in place.out.iterdir()
            if entry.name != case.output and not entry.name.startswith(".")
        ]
        if strays:
            figures.fail(f"{label}: other files appeared beside the output: {strays}")
    if case.after_kill is not None:
        case.after_kill(place, fixture, figures)
    _next_start(place, figures, label)


Decide = Callable[[float, float | None], float | None]
ATTEMPTS = 3  # tries per round to kill the command before it ends


def _at(moment: float) -> Decide:
    return lambda _elapsed, _write_at: moment


def _after_write_began(delay: float) -> Decide:
    return lambda _elapsed, write_at: None if write_at is None else write_at + delay


def run_case(
    case: KillCase, fixture: Fixture, work: Path, rounds: int, rng: random.Random
) -> dict[str, object]:
    """Calibrate, kill ``rounds`` times, finish with an uncut run; the case's figures."""
    place = Place(work / "kills" / case.name)
    _prepare_place(case, place, fixture)
    figures = Figures()
    if case.before_each is not None:
        case.before_each(place, fixture, -1)
    calibration, timing, _ = _run(case, place, fixture, work, lambda _e, _w: None)
    figures.runs += 1
    if calibration.code not in case.exit_codes:
        problem = f"({calibration.code}): {calibration.stderr[-300:]}"
        figures.fail(f"{case.name}: the uncut run failed {problem}")
        return _result(figures, timing)
    reference = (
        (place.out / case.output).read_bytes()
        if case.output and (place.out / case.output).exists()
        else None
    )
    total = timing.total
    window = total - (timing.write_at if timing.write_at is not None else 0.0)
    for round_number in range(rounds):
        for _attempt in range(ATTEMPTS):  # a run that ended before its kill: again, sooner
            if case.before_each is not None:
                case.before_each(place, fixture, round_number)
            if case.output is not None:
                _previous_or_none(place, case.output, round_number)
            if round_number % 2 == 0:  # anywhere in the run
                decide = _at(rng.uniform(0.05, max(total, 0.06)))
            else:  # once the write has begun
                decide = _after_write_began(rng.uniform(0.0, max(window, 0.01)))
            ran, seen, while_writing = _run(case, place, fixture, work, decide)
            figures.runs += 1
            if ran.killed:
                figures.kills += 1
                figures.killed_while_writing += int(while_writing)
            else:  # it ended first: the files must be as the uncut run left them
                figures.finished_before_kill += 1
                if ran.code not in case.exit_codes:
                    problem = f"exit {ran.code}: {ran.stderr[-200:]}"
                    figures.fail(f"{case.name} round {round_number}: {problem}")
                total = min(total, seen.total) * 0.9
                if seen.write_at is not None:
                    window = min(window, seen.total - seen.write_at) * 0.9
            _check_after_kill(case, place, fixture, figures, reference, round_number)
            if ran.killed:
                break
    _finish(case, place, fixture, work, figures, reference)
    return _result(figures, timing)


def _finish(
    case: KillCase,
    place: Place,
    fixture: Fixture,
    work: Path,
    figures: Figures,
    reference: bytes | None,
) -> None:
    """One last uncut run: it succeeds, its file is whole, nothing temporary is left."""
    if case.before_each is not None:
        case.before_each(place, fixture, 10**6)
    ran, _timing, _ = _run(case, place, fixture, work, lambda _e, _w: None)
    figures.runs += 1
    if ran.code not in case.exit_codes:
        figures.fail(f"{case.name}: the last uncut run failed ({ran.code}): {ran.stderr[-300:]}")
    if case.output is not None:
        target = place.out / case.output
        broken = file_is_whole(target, reference) if target.exists() else "missing"
        if broken is not None:
            figures.fail(f"{case.name}: the last run's file is not whole: {broken}")
        left = temporaries(place.out)
        if left:
            figures.fail(f"{case.name}: temporary files left after the last run: {left[:3]}")
    if case.name == "migration":
        from app.storage import migrate

        _next_start(place, figures, f"{case.name} last")
        if _revision(place.db) != migrate.head_revision():
            figures.fail("migration: not at the newest revision after the last run")


def _result(figures: Figures, timing: Timing) -> dict[str, object]:
    from dataclasses import asdict

    return {
        **asdict(figures),
        "uncut_seconds": round(timing.total, 2),
        "write_seconds": round(timing.total - timing.write_at, 3)
        if timing.write_at is not None
        else None,
        "ok": figures.ok,
    }
