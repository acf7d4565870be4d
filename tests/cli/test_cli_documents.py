from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo.data import MeetingSpec
from app.demo.staging import sample_as_of
from app.demo.timeline import reiwa
from app.settings import Settings
from tests.cli.test_cli import run


def _first_meeting() -> MeetingSpec:
    """The sample's first meeting as loaded today (the sample is dated around today)."""
    return min(sample_as_of(date.today()).meetings, key=lambda meeting: meeting.held_on)


@pytest.fixture
def demo_target(capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str) -> str:
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    return db_target


def test_meetings_list_gives_ids_dates_and_titles(
    capsys: pytest.CaptureFixture[str], settings: Settings, demo_target: str
) -> None:
    code, out, _ = run(capsys, settings, "--db", demo_target, "meetings", "list")
    lines = out.splitlines()
    first = _first_meeting()
    assert code == 0 and len(lines) == 16
    assert lines[0].split("\t")[1:] == [
        first.held_on.isoformat(),
        "定例会",
        f"{reiwa(first.fiscal_year)}年度 第1回定例会",
    ]


def test_export_minutes_to_pdf_and_docx(
    capsys: pytest.CaptureFixture[str], settings: Settings, demo_target: str, tmp_path: Path
) -> None:
    for name in ("minutes.pdf", "minutes.docx"):
        path = tmp_path / name
        args = ("--db", demo_target, "export", "minutes", "--meeting", "1", "-o", str(path))
        code, out, _ = run(capsys, settings, "--lang", "en", *args)
        assert code == 0 and str(path) in out and path.stat().st_size > 0
    text = PdfReader(str(tmp_path / "minutes.pdf")).pages[0].extract_text()
    flat = "".join(text.split())  # the long title wraps between its phrases
    first = _first_meeting()
    day = first.held_on
    assert f"{reiwa(first.fiscal_year)}年度第1回定例会議事録" in flat
    weekday = "月火水木金土日"[day.weekday()]
    assert f"{reiwa(day.year)}年{day.month}月{day.day}日（{weekday}）" in flat


def test_export_refuses_other_formats_and_unknown_meetings(
    capsys: pytest.CaptureFixture[str], settings: Settings, demo_target: str, tmp_path: Path
) -> None:
    base = ("--lang", "en", "--db", demo_target, "export", "minutes")
    code, _, err = run(capsys, settings, *base, "--meeting", "1", "-o", str(tmp_path / "m.txt"))
    assert code == 1 and ".pdf or .docx" in err
    code, _, err = run(capsys, settings, *base, "--meeting", "999", "-o", str(tmp_path / "m.pdf"))
    assert code == 1 and "999" in err


@pytest.mark.parametrize(
    "kind", ["minutes", "agenda", "attendance", "attendance-sheet", "notice", "roster"]
)
def test_every_kind_exports_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    demo_target: str,
    tmp_path: Path,
    kind: str,
) -> None:
    path = tmp_path / f"{kind}.pdf"
    meeting = () if kind == "roster" else ("--meeting", "3")
    code, _out, err = run(
        capsys,
        settings,
        "--lang",
        "en",
        "--db",
        demo_target,
        "export",
        kind,
        *meeting,
        "-o",
        str(path),
    )
    assert code == 0, err
    assert PdfReader(str(path)).pages


def test_a_meeting_document_needs_a_meeting(
    capsys: pytest.CaptureFixture[str], settings: Settings, demo_target: str, tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys,
        settings,
        "--lang",
        "en",
        "--db",
        demo_target,
        "export",
        "agenda",
        "-o",
        str(tmp_path / "a.pdf"),
    )
    assert code == 1 and "--meeting" in err


@pytest.mark.parametrize("kind", ["activity-report", "register-in", "register-out"])
def test_fiscal_year_documents_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    demo_target: str,
    tmp_path: Path,
    kind: str,
) -> None:
    path = tmp_path / f"{kind}.docx"
    base = ("--lang", "en", "--db", demo_target, "export", kind, "-o", str(path))
    code, _out, err = run(capsys, settings, *base)
    assert code == 1 and "--fiscal-year" in err
    code, _out, err = run(capsys, settings, *base, "--fiscal-year", "2025")
    assert code == 0 and path.stat().st_size > 0, err


def test_visits_list_and_visit_documents(
    capsys: pytest.CaptureFixture[str], settings: Settings, demo_target: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, settings, "--db", demo_target, "visits", "list")
    assert code == 0 and len(out.splitlines()) == 2
    visit = out.splitlines()[0].split("\t")[0]
    for kind in ("visit-report", "request-letter", "thank-you-letter"):
        path = tmp_path / f"{kind}.pdf"
        base = ("--lang", "en", "--db", demo_target, "export", kind, "-o", str(path))
        code, _out, err = run(capsys, settings, *base)
        assert code == 1 and "--visit" in err
        code, _out, err = run(capsys, settings, *base, "--visit", visit)
        assert code == 0 and path.stat().st_size > 0, err


def test_calendar_export_from_the_command_line(
    capsys: pytest.CaptureFixture[str], settings: Settings, demo_target: str, tmp_path: Path
) -> None:
    path = tmp_path / "meetings.ics"
    code, out, _ = run(
        capsys,
        settings,
        "--lang",
        "en",
        "--db",
        demo_target,
        "calendar",
        "export",
        str(path),
        "--fiscal-year",
        "2025",
    )
    assert code == 0 and "events" in out and path.read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("kind", "option"), [("visit-report", "--visit"), ("event-report", "--event")]
)
def test_a_visit_or_event_that_is_not_there_is_said_and_nothing_written(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    demo_target: str,
    tmp_path: Path,
    kind: str,
    option: str,
) -> None:
    path = tmp_path / f"{kind}.pdf"
    code, _out, err = run(
        capsys,
        settings,
        "--lang",
        "ja",
        "--db",
        demo_target,
        "export",
        kind,
        option,
        "999",
        "-o",
        str(path),
    )
    subject = "視察" if option == "--visit" else "行事"
    assert code == 1 and f"{subject} 999" in err and "Traceback" not in err
    assert not path.exists()
