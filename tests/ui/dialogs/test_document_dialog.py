from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.print_preview import page_images, paint_pages, preview_of
from tests.documents.readback import pdf_text
from tests.meeting_room import Room


def test_minutes_are_written_in_both_formats_and_previewed(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    capture.add_remark(db, room.item_ids[0], RemarkInput("𠮷野家の例", room.members["今"]))
    make_application()
    dialog = DocumentDialog(db, room.meeting_id)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    names = sorted(result.path.name for result in dialog.results)
    assert names == [
        "令和4年7月4日 綾瀬イノベーション推進委員会 第1回 定例会 2022-07-04 議事録.docx",
        "令和4年7月4日 綾瀬イノベーション推進委員会 第1回 定例会 2022-07-04 議事録.pdf",
    ]
    assert "𠮷" in dialog.status.text()  # named, not silently dropped
    assert dialog.preview_button.isEnabled() and dialog.open_button.isEnabled()
    pdf = dialog.pdf_path()
    assert pdf is not None and "議事録" in pdf_text(pdf)

    images = page_images(pdf, dpi=50)
    assert images and abs(images[0].height() / images[0].width() - 297 / 210) < 0.01
    preview = preview_of(pdf, dialog)
    qtbot.addWidget(preview)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, images)
    assert (tmp_path / "printed.pdf").stat().st_size > 0


def test_choosing_no_format_says_so(qtbot: QtBot, db: Database, room: Room) -> None:
    make_application()
    dialog = DocumentDialog(db, room.meeting_id)
    qtbot.addWidget(dialog)
    dialog.pdf.setChecked(False)
    dialog.docx.setChecked(False)
    dialog.create_documents()
    assert dialog.results == [] and dialog.status.text() == "Choose PDF, Word or both."


def test_every_kind_can_be_created_and_options_follow_the_kind(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    make_application()
    dialog = DocumentDialog(db, room.meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path))
    dialog.docx.setChecked(False)
    titles = []
    for index in range(dialog.kind.count()):
        dialog.kind.setCurrentIndex(index)
        kind = dialog.current_kind()
        assert dialog.show_speakers.isVisible() is (kind == "minutes")
        assert dialog.with_contact.isVisible() is (kind == "roster")
        dialog.results = []
        dialog.create_documents()
        qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
        titles.append(dialog.results[0].path.stem)
    assert len(set(titles)) == dialog.kind.count() == 6


def test_without_a_meeting_only_the_roster_is_offered(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    make_application()
    dialog = DocumentDialog(db, None)
    qtbot.addWidget(dialog)
    assert dialog.kind.count() == 1 and dialog.current_kind() == "roster"
    dialog.folder.setText(str(tmp_path))
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    assert {r.path.suffix for r in dialog.results} == {".pdf", ".docx"}


def test_a_visit_offers_its_report_and_letters(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    from app.services.visits import editing as visit_editing
    from app.services.visits.editing import VisitForm

    visit = visit_editing.save(
        db, VisitForm(title="A地域視察", start_on="2022-07-28", organizations=("A市",))
    )
    make_application()
    dialog = DocumentDialog(db, None, visit_id=visit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [str(dialog.kind.itemData(n)) for n in range(dialog.kind.count())] == [
        "visit-report",
        "request-letter",
        "thank-you-letter",
    ]
    dialog.folder.setText(str(tmp_path))
    dialog.kind.setCurrentIndex(2)
    assert dialog.kind_note.isVisible()  # the letter takes a number
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    assert "お礼" in dialog.results[0].path.name
