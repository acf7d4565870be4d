"""``jimukyoku events list|create``: an event from the command line, and bad input said
in Japanese with a non-zero exit and nothing written."""

from __future__ import annotations

import pytest

from app.cli.run import main
from app.services.events import editing
from app.services.events.codes import EventKind
from app.services.events.listing import list_events
from app.services.events.rows import FeeInput
from app.services.workspace import open_database
from app.settings import Settings

pytestmark = pytest.mark.usefixtures("private_folders")


def run(capsys: pytest.CaptureFixture[str], settings: Settings, *args: str) -> tuple[int, str, str]:
    code = main(list(args), settings=settings)
    out, err = capsys.readouterr()
    return code, out, err


CREATE = (
    "events",
    "create",
    "--kind",
    "セミナー",
    "--title",
    "ものづくりDXセミナー",
    "--date",
    "2025-10-24",
    "--start",
    "13:30",
    "--end",
    "16:00",
    "--venue",
    "綾瀬市役所",
    "--capacity",
    "40",
    "--fee",
    "会員=0",
    "--fee",
    "一般=1000",
)


def _events(db_target: str) -> list[str]:
    db = open_database(db_target, create=False, daily_backup=False)
    try:
        return [row.title for row in list_events(db)]
    finally:
        db.close()


def test_create_prints_the_new_id_and_list_shows_the_event(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str
) -> None:
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    code, out, err = run(capsys, settings, "--db", db_target, *CREATE)
    assert code == 0, err
    event_id = int(out.strip())
    db = open_database(db_target, create=False, daily_backup=False)
    try:
        form = editing.load_form(db, event_id)
    finally:
        db.close()
    assert (form.kind, form.title, form.held_on) == (
        EventKind.SEMINAR,
        "ものづくりDXセミナー",
        "2025-10-24",
    )
    assert (form.start_time, form.end_time, form.venue_name, form.capacity) == (
        "13:30",
        "16:00",
        "綾瀬市役所",
        "40",
    )
    assert form.fees == (FeeInput("会員", "0"), FeeInput("一般", "1000"))

    code, out, _ = run(capsys, settings, "--lang", "ja", "--db", db_target, "events", "list")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith(f"{event_id}\t"))
    assert line.split("\t")[:4] == [str(event_id), "2025-10-24", "13:30", "セミナー"]
    assert "ものづくりDXセミナー" in line
    assert "0/40" in line and "企画中" in line
    code, out, _ = run(capsys, settings, "--db", db_target, "events", "list", "--kind", "交流会")
    assert code == 0 and "ものづくりDXセミナー" not in out


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (("--date", "2025-02-30"), "日付"),
        (("--start", "25:00"), "時刻"),
        (("--end", "12:00"), "終了"),
        (("--capacity", "0"), "定員"),
        (("--title", ""), "行事名"),
        (("--fee", "学生=-100"), "参加費"),
        (("--fee", "一般"), "一般=1000"),
        (("--kind", "飲み会"), "飲み会"),
    ],
)
def test_bad_input_is_said_in_japanese_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    db_target: str,
    change: tuple[str, str],
    said: str,
) -> None:
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    before = _events(db_target)
    code, out, err = run(capsys, settings, "--lang", "ja", "--db", db_target, *CREATE, *change)
    assert code == 1
    assert out == ""
    assert said in err
    assert "Traceback" not in err
    assert _events(db_target) == before


def test_events_refuse_a_missing_database(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str
) -> None:
    if "://" in db_target:
        pytest.skip("a server database is never missing")
    code, out, _ = run(capsys, settings, "--db", db_target, *CREATE)
    assert code != 0 and out == ""
