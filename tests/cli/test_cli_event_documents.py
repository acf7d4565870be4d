"""``export event-notice|reception-list|badges|receipts|participant-list --event ID``: the
event documents from the command line, the badges on the label sheet chosen (or set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services.workspace import open_database
from app.settings import Settings
from tests.cli.test_cli import run
from tests.services.events.seed_event import seed_event


@pytest.fixture
def event_target(db_target: str) -> str:
    db = open_database(db_target, daily_backup=False)
    seed_event(db, people=12)
    db.close()
    return db_target


@pytest.mark.parametrize(
    "kind", ["event-notice", "reception-list", "badges", "receipts", "participant-list"]
)
def test_each_event_document_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    event_target: str,
    tmp_path: Path,
    kind: str,
) -> None:
    for suffix in (".pdf", ".docx"):
        path = tmp_path / f"{kind}{suffix}"
        args = ("--db", event_target, "export", kind, "--event", "1", "-o", str(path))
        code, out, err = run(capsys, settings, "--lang", "en", *args)
        assert (code, err) == (0, "") and str(path) in out and path.stat().st_size > 0


def _badge_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def test_the_badges_take_the_sheet_asked_for_else_the_setting(
    capsys: pytest.CaptureFixture[str], settings: Settings, event_target: str, tmp_path: Path
) -> None:
    path = tmp_path / "badges.pdf"
    base = ("--lang", "en", "--db", event_target, "export", "badges", "--event", "1")
    assert run(capsys, settings, *base, "-o", str(path))[0] == 0
    assert _badge_pages(path) == 2  # 12 badges, 10 to a sheet
    assert run(capsys, settings, *base, "--badge-sheet", "12", "-o", str(path))[0] == 0
    assert _badge_pages(path) == 1
    settings.badge_sheet = "12"
    settings.sync()
    assert run(capsys, settings, *base, "-o", str(path))[0] == 0
    assert _badge_pages(path) == 1
    code, _, err = run(capsys, settings, *base, "--badge-sheet", "8", "-o", str(path))
    assert code == 1 and "There is no label sheet 8: choose 10, 12." in err
