from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.correspondence import listing as correspondence
from app.services.meetings import editing as meetings_editing
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.print_preview import page_images, paint_pages, preview_of
from tests.documents.readback import pdf_text
from tests.meeting_room import Room

_BUTTONS = {"Issue": "issue", "Keep Both": "keep", "Overwrite": "replace"}


def answer_next_box(button: str) -> list[str]:
    """Press ``button`` in the message box about to open; the list gets the box's text.
    (It waits for the box itself, not for the keyboard focus: other windows left by
    earlier tests may keep the focus offscreen.)"""
    seen: list[str] = []

    def press() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(10, press)
            return
        box = boxes[-1]
        seen.append(f"{box.text()}\n{box.informativeText()}")
        # By the box's own button, not its words (the language may be either).
        chosen = (
            box.button(QMessageBox.StandardButton.Cancel)
            if button == "Cancel"
            else getattr(box, _BUTTONS[button])
        )
        chosen.click()

    QTimer.singleShot(0, press)
    return seen


def letter_dialog(qtbot: QtBot, db: Database, meeting_id: int, folder: Path) -> DocumentDialog:
    make_application()
    dialog = DocumentDialog(db, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(folder / "out"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("notice"))
    return dialog


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
        assert dialog.letter_date.isVisible() is (kind == "notice")
        dialog.results = []
        if kind == "notice":  # the room's meeting has no place: the notice asks first
            answer_next_box("Issue")
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


def test_a_notice_with_no_place_goes_out_only_on_the_users_word(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    dialog = letter_dialog(qtbot, db, room.meeting_id, tmp_path)
    assert "The place is not set" in dialog.kind_note.text()
    assert dialog.letter_date.text() == "令和4年6月20日"  # 14 days before the meeting
    seen = answer_next_box("Cancel")
    dialog.create_documents()
    qtbot.waitUntil(lambda: bool(seen))
    assert "The place is not set" in seen[0]
    assert dialog.results == [] and not (tmp_path / "out").exists()
    assert correspondence.list_correspondence(db) == []  # no number was taken

    answer_next_box("Issue")
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    [letter] = correspondence.list_correspondence(db)
    assert letter.dated_on == date(2022, 6, 20)
    assert letter.document_number in dialog.kind_note.text()
    assert not dialog.letter_date.isEnabled()  # its date is the issued one from now on


def test_issuing_twice_keeps_one_number_and_asks_before_overwriting(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    form = meetings_editing.load_form(db, room.meeting_id)
    meetings_editing.save(db, replace(form, place="綾瀬市役所 第1会議室"))
    dialog = letter_dialog(qtbot, db, room.meeting_id, tmp_path)
    dialog.docx.setChecked(False)
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    first = dialog.results[0].path

    dialog.results = []
    dialog.pdf.setChecked(False)
    dialog.docx.setChecked(True)
    dialog.create_documents()  # Word this time: a new file, no question
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    assert len(correspondence.list_correspondence(db)) == 1

    dialog.results = []
    seen = answer_next_box("Keep Both")  # the default: an edited Word file survives
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    assert first.with_suffix(".docx").name in seen[0]
    assert dialog.results[0].path.name == f"{first.stem} (2).docx"

    dialog.results = []
    answer_next_box("Cancel")
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing was written.")
    assert dialog.results == []

    dialog.results = []
    edited = first.with_suffix(".docx")
    edited.write_bytes(b"edited")
    answer_next_box("Overwrite")
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    assert edited.read_bytes() != b"edited"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [first.name, edited.name, f"{first.stem} (2).docx"]
    )
    assert len(correspondence.list_correspondence(db)) == 1

    dialog.reissue.setChecked(True)  # an explicit choice: the next number
    dialog.results = []
    answer_next_box("Keep Both")
    dialog.create_documents()
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    numbers = [row.document_number for row in correspondence.list_correspondence(db)]
    assert len(set(numbers)) == 2


def test_enter_creates_the_documents(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    make_application()
    dialog = DocumentDialog(db, room.meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.results) == 2, timeout=10_000)
    assert all(result.path.is_file() for result in dialog.results)
