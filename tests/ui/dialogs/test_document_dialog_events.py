"""The document dialog of an event: its documents, the contact option for the lists,
and the label sheet for the badges (kept as the setting)."""

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.services.workspace import open_database
from app.settings import Settings
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.document_dialog import DocumentDialog
from tests.services.events.seed_event import seed_event

EVENT_KINDS = {
    "event-notice",
    "reception-list",
    "reception-list-by-organization",
    "badges",
    "receipts",
    "participant-list",
}


def test_an_event_offers_its_documents_with_their_options(
    qtbot: QtBot, db: Database, settings: Settings, tmp_path: Path
) -> None:
    event_id = seed_event(db)
    make_application()
    dialog = DocumentDialog(db, None, event_id=event_id, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = [str(dialog.kind.itemData(n)) for n in range(dialog.kind.count())]
    assert set(kinds) >= EVENT_KINDS
    for kind in EVENT_KINDS:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert dialog.with_contact.isVisible() is (
            kind.startswith(("reception-list", "participant"))
        )
        assert dialog.label_sheet.isVisible() is (kind == "badges")
        assert not dialog.letter_date.isVisible()


def test_the_label_sheet_chosen_prints_the_badges_and_becomes_the_setting(
    qtbot: QtBot, db: Database, settings: Settings, tmp_path: Path
) -> None:
    event_id = seed_event(db)  # 12 participants
    make_application()
    dialog = DocumentDialog(db, None, event_id=event_id, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path))
    dialog.docx.setChecked(False)
    dialog.kind.setCurrentIndex(dialog.kind.findData("badges"))
    assert dialog.label_sheet.currentData() == "10"  # the default
    dialog.label_sheet.setCurrentIndex(dialog.label_sheet.findData("12"))
    assert dialog.label_sheet.currentText() == "12 to a sheet (86.4 × 42.3 mm)"
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    assert len(PdfReader(str(dialog.results[0].path)).pages) == 1
    assert settings.badge_sheet == "12"
    again = DocumentDialog(db, None, event_id=event_id, settings=settings)
    qtbot.addWidget(again)
    assert again.label_sheet.currentData() == "12"


def test_a_read_only_database_offers_no_receipts(
    qtbot: QtBot, db: Database, settings: Settings
) -> None:
    """Receipts take their numbers when made: not from a database opened read-only."""
    event_id = seed_event(db)
    where = db.path or db.url.render_as_string(hide_password=False)
    reader = open_database(where, read_only=True)
    try:
        make_application()
        dialog = DocumentDialog(reader, None, event_id=event_id, settings=settings)
        qtbot.addWidget(dialog)
        kinds = {str(dialog.kind.itemData(n)) for n in range(dialog.kind.count())}
        assert kinds >= EVENT_KINDS - {"receipts"} and "receipts" not in kinds
    finally:
        reader.close()


def test_the_dialog_says_before_creating_when_nobody_has_paid(
    qtbot: QtBot, db: Database, settings: Settings
) -> None:
    event_id = seed_event(db, people=2)  # a speaker and a guest: nobody pays
    make_application()
    dialog = DocumentDialog(db, None, event_id=event_id, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("receipts"))
    assert dialog.kind_note.isVisible()
    assert "Nobody has paid a fee yet" in dialog.kind_note.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("badges"))
    assert not dialog.kind_note.isVisible()


def test_opening_the_dialog_loads_no_renderer() -> None:
    """The label sheets it offers are read without reportlab (a third of a second)."""
    code = (
        "import sys\n"
        "import app.ui.dialogs.document_dialog\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab')\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[3])
