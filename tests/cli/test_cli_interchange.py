"""``jimukyoku data export`` / ``data import``: the field-laptop round trip from the shell."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import interchange as cli_interchange
from app.cli.run import main
from app.models import Event, Visit
from app.services.interchange import api as interchange
from app.services.workspace import open_database
from app.settings import Settings

pytestmark = pytest.mark.usefixtures("private_folders")


def run(capsys: pytest.CaptureFixture[str], settings: Settings, *args: str) -> tuple[int, str, str]:
    code = main(list(args), settings=settings)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_offers_the_scopes_of_the_format(
    capsys: pytest.CaptureFixture[str], settings: Settings
) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "data", "export", "--help"], settings=settings)
    help_text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert help_text.startswith("usage: jimukyoku data export ")
    assert ", ".join(interchange.SCOPES) in help_text


def test_round_trip_through_an_empty_database_gives_the_same_file(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1751338800")  # the export time, pinned
    empty = str(tmp_path / "laptop" / "laptop.sqlite3")
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    code, out, _ = run(
        capsys, settings, "--lang", "en", "--db", db_target, "data", "export", str(first)
    )
    assert code == 0 and "records" in out
    code, out, _ = run(
        capsys, settings, "--lang", "en", "--db", empty, "data", "import", str(first)
    )
    assert code == 0, out
    assert "Members: added 19" in out and "Conflicts" not in out
    assert run(capsys, settings, "--db", empty, "data", "export", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()


def test_import_lists_the_conflict_and_leaves_it(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    field = str(tmp_path / "laptop" / "laptop.sqlite3")
    out_file, back_file = tmp_path / "out.json", tmp_path / "back.json"
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    assert run(capsys, settings, "--db", db_target, "data", "export", str(out_file))[0] == 0
    assert run(capsys, settings, "--db", field, "data", "import", str(out_file))[0] == 0
    for target, text in ((field, "現地の所見"), (db_target, "事務所の所見")):
        db = open_database(target, daily_backup=False)
        try:
            with db.transaction() as session:
                visit = session.scalars(select(Visit).order_by(Visit.start_on)).first()
                assert visit is not None
                visit.findings = text
        finally:
            db.close()
    assert run(capsys, settings, "--db", field, "data", "export", str(back_file))[0] == 0

    code, out, _ = run(
        capsys,
        settings,
        "--lang",
        "ja",
        "--db",
        db_target,
        "data",
        "import",
        "--dry-run",
        str(back_file),
    )
    assert code == cli_interchange.EXIT_CONFLICTS
    assert "視察・訪問" in out and "所見" in out and "事務所の所見" in out and "現地の所見" in out
    assert "変更していません" in out
    code, out, _ = run(
        capsys, settings, "--lang", "en", "--db", db_target, "data", "import", str(back_file)
    )
    assert code == cli_interchange.EXIT_CONFLICTS
    assert "Visits: added 0, updated 0, unchanged 1, kept ours 0, conflicts 1" in out
    db = open_database(db_target, daily_backup=False)
    try:
        with db.session() as session:
            visit = session.scalars(select(Visit).order_by(Visit.start_on)).first()
            assert visit is not None and visit.findings == "事務所の所見"
    finally:
        db.close()


def test_a_broken_file_is_refused_in_the_ui_language(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "jimukyoku-data", "version": 1, "entit', encoding="utf-8")
    code, _, err = run(
        capsys, settings, "--lang", "ja", "--db", db_target, "data", "import", str(broken)
    )
    assert code == 1 and "壊れて" in err and "何も変更していません" in err
    assert "Unterminated" not in err and "char" not in err  # the parser's words: the log's
    code, _, err = run(
        capsys, settings, "--lang", "en", "--db", db_target, "data", "import", str(broken)
    )
    assert code == 1 and "not valid JSON" in err and "Nothing was changed" in err


def test_export_with_since_and_only(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    path = tmp_path / "visits.json"
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    code, _, _ = run(
        capsys,
        settings,
        "--db",
        db_target,
        "data",
        "export",
        str(path),
        "--only",
        "visits",
        "--since",
        "2000-01-01",
    )
    assert code == 0
    package = interchange.read_package(path)
    assert package.only == ("visits",) and package.since == "2000-01-01"
    assert package.entities["visit"] and not package.entities["meeting"]
    code, _, err = run(
        capsys,
        settings,
        "--lang",
        "en",
        "--db",
        db_target,
        "data",
        "export",
        str(path),
        "--since",
        "someday",
    )
    assert code == 1 and "Not a date" in err


def test_events_go_to_the_venue_and_walk_ins_come_back_renumbered(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    from app.services.events import participants
    from app.services.events.rows import ParticipantForm
    from tests.services.interchange import event_helpers as events

    field = str(tmp_path / "laptop" / "laptop.sqlite3")
    out_file, back_file = tmp_path / "out.zip", tmp_path / "back.zip"
    office = open_database(db_target, daily_backup=False)
    try:
        event_id = events.seminar(office, applicants=3)
    finally:
        office.close()
    code, out, _ = run(
        capsys, settings, "--lang", "ja", "--db", db_target, "data", "export", str(out_file),
        "--only", "events",
    )  # fmt: skip
    assert code == 0 and "個人情報" in out and "参加者" in out
    assert run(capsys, settings, "--db", field, "data", "import", str(out_file))[0] == 0
    laptop = open_database(field, daily_backup=False)
    try:
        with laptop.session() as session:
            there = session.scalars(select(Event.id)).one()
        walk_in = events.walk_in(laptop, there, "飛込一郎", events.DOOR)
    finally:
        laptop.close()
    assert walk_in.number == 4
    office = open_database(db_target, daily_backup=False)
    try:
        participants.add_participant(office, event_id, ParticipantForm(name="追加申込"))
    finally:
        office.close()
    assert run(capsys, settings, "--db", field, "data", "export", str(back_file))[0] == 0
    code, out, _ = run(
        capsys, settings, "--lang", "en", "--db", db_target, "data", "import", str(back_file)
    )
    assert code == 0, out
    assert "Event participants: added 1, updated 0" in out and "Conflicts" not in out
    assert "「飛込一郎」: Reception number 4 was given here meanwhile: now number 5" in out
