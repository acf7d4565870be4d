"""持ち帰りデータを取り込む with reception done on the laptop: the summary says which
walk-ins get new 受付番号 before anything changes, and who moved up once imported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Event
from app.services.events import participants
from app.services.events.listing import event_counts
from app.services.events.rows import ParticipantForm
from app.services.interchange import api as interchange
from app.services.workspace import Database
from app.texts import i18n
from app.ui.app import make_application
from app.ui.dialogs.import_package_dialog import ImportPackageDialog
from tests.services.interchange.event_helpers import (
    DOOR,
    participant,
    seminar,
    uuid_of,
    walk_in,
)
from tests.services.interchange.interchange_helpers import laptop


@pytest.fixture
def returned(db: Database, tmp_path: Path) -> tuple[Database, Path]:
    """A full seminar taken to the venue: two cancel there and a walk-in takes a place;
    meanwhile the office records one more application, which waits for a place."""
    event_id = seminar(db, applicants=30, capacity="30")
    out, back = tmp_path / "out.zip", tmp_path / "back.zip"
    interchange.export_package(db, out)
    with laptop(tmp_path) as field:
        interchange.apply_import(field, interchange.read_package(out))
        with field.session() as session:
            there = session.scalars(select(Event.id)).one()
        for name in ("参加者00", "参加者01"):
            record = participants.load_participant(field, _id(field, there, name))
            assert record.version is not None and record.id is not None
            participants.cancel_participant(field, record.id, record.version)
        walk_in(field, there, "飛込一郎", DOOR)
        interchange.export_package(field, back)
    participants.add_participant(db, event_id, ParticipantForm(name="追加申込"))
    return db, back


def _id(db: Database, event_id: int, name: str) -> int:
    return participant(db, uuid_of(db, event_id, name)).id


def test_the_summary_lists_the_renumbered_walk_in_and_the_import_who_moved_up(
    qtbot: QtBot, returned: tuple[Database, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path = returned
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    make_application()
    package = interchange.read_package(path)
    dialog = ImportPackageDialog(db, package, interchange.plan_import(db, package))
    qtbot.addWidget(dialog)
    notes = dialog.findChild(QLabel, "notes")
    assert notes is not None
    renumbered = "「飛込一郎」: Reception number 31 was given here meanwhile: now number 32"
    assert renumbered in notes.text()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.applied is not None and dialog.applied.conflicts == ()
    (text,) = told
    assert "「追加申込」: Moved up from the waitlist: tell them" in text
    with db.session() as session:
        event_id = session.scalars(select(Event.id)).one()
    counts = event_counts(db, event_id)
    assert (counts.attending, counts.waitlisted, counts.cancelled) == (30, 0, 2)


def test_the_notes_are_in_japanese(qtbot: QtBot, returned: tuple[Database, Path]) -> None:
    db, path = returned
    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    try:
        package = interchange.read_package(path)
        dialog = ImportPackageDialog(db, package, interchange.plan_import(db, package))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        english = [t for t in texts if re.search(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", "", t))]
        assert english == []
        notes = dialog.findChild(QLabel, "notes")
        assert notes is not None
        assert "受付番号 31 はこの間にこちらで使われたため、32 番にしました" in notes.text()
        assert "行事の参加者" in texts
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.load("en")
