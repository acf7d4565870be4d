"""Participants' impressions of a visit, typed in the same capture console as minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.codes import RemarkKind
from app.services.visits import documents as visit_documents
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.visit_dialog import VisitDialog
from tests.meeting_room import Room
from tests.ui.keyboard import focused, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _visit(db: Database, room: Room) -> int:
    form = VisitForm(
        title="A地域視察",
        start_on="2022-07-28",
        organizations=("A市工業会",),
        member_ids=(room.members["今"], room.members["野口"]),
        staff=(("松村 一郎", "事務局"),),
    )
    saved = visit_editing.save(db, form)
    assert saved.id is not None
    return saved.id


def test_impressions_are_typed_and_stored_with_the_keyboard(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    visit_id = _visit(db, room)
    make_application()
    dialog = VisitDialog(db, visit_editing.load_form(db, visit_id))
    show_active(qtbot, dialog)
    assert dialog.impressions is not None
    dialog.tabs.setCurrentWidget(dialog.impressions)
    assert focused() is dialog.impressions.speaker
    for speaker, text in (("こん", "A地域は町が一丸となっている。"), ("3", "学ぶ点が多かった。")):
        type_text(speaker)
        press(qtbot, Qt.Key.Key_Return)
        type_text(text)
        press(qtbot, Qt.Key.Key_Return)
    stored = capture.visit_remarks(db, visit_id)
    assert [(r.speaker_name, r.text, r.is_member) for r in stored] == [
        ("今 太郎", "A地域は町が一丸となっている。", True),
        ("松村 一郎", "学ぶ点が多かった。", False),
    ]
    assert {r.kind for r in stored} == {RemarkKind.IMPRESSION}  # 感想 is the first kind here
    assert dialog.isVisible()  # Enter recorded the remarks; it did not press Save
    report = visit_documents.report_input(db, visit_id)
    assert report.impressions == (
        ("今", "A地域は町が一丸となっている。"),
        ("松村 一郎", "学ぶ点が多かった。"),
    )


def test_a_visit_draft_survives_closing_and_reopening(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    visit_id = _visit(db, room)
    make_application()
    dialog = VisitDialog(db, visit_editing.load_form(db, visit_id))
    show_active(qtbot, dialog)
    assert dialog.impressions is not None
    dialog.tabs.setCurrentWidget(dialog.impressions)
    type_text("のぐち")
    press(qtbot, Qt.Key.Key_Return)
    type_text("途中まで")
    dialog.reject()  # closing saves the draft at once
    draft = capture.load_draft(db, None, visit_id=visit_id)
    assert draft is not None and (draft.text, draft.speaker_member_id) == (
        "途中まで",
        room.members["野口"],
    )
    again = VisitDialog(db, visit_editing.load_form(db, visit_id))
    qtbot.addWidget(again)
    assert again.impressions is not None
    assert again.impressions.editor.toPlainText() == "途中まで"
    assert again.impressions.speaker.text() == "野口 太郎"


def test_a_new_visit_has_its_impressions_tab_from_the_start(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    make_application()
    dialog = VisitDialog(db, VisitForm())
    show_active(qtbot, dialog)
    assert dialog.tabs.count() == 6 and dialog.impressions is None
    assert dialog.tabs.tabText(5) == "Impressions (live)"
    dialog.tabs.setCurrentIndex(5)
    assert dialog.impressions_start is not None
    qtbot.mouseClick(dialog.impressions_start, Qt.MouseButton.LeftButton)  # no title yet
    assert dialog.impressions is None and dialog.tabs.currentIndex() == 0
    assert "Overview" in dialog.problems.text()
    dialog.title.setText("A地域視察")
    dialog.start_on.setText("2022-07-28")
    for n in range(dialog.member_list.count()):
        if dialog.member_list.item(n).text().startswith("今 "):
            dialog.member_list.item(n).setCheckState(Qt.CheckState.Checked)
    dialog.tabs.setCurrentIndex(5)
    qtbot.mouseClick(dialog.impressions_start, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is not None and dialog.saved.id is not None
    assert dialog.impressions is not None and dialog.tabs.count() == 6
    assert dialog.tabs.currentWidget() is dialog.impressions
    qtbot.waitUntil(lambda: focused() is dialog.impressions.speaker)
    type_text("こん")
    press(qtbot, Qt.Key.Key_Return)
    type_text("学ぶ点が多かった。")
    press(qtbot, Qt.Key.Key_Return)
    visit_id = dialog.saved.id
    assert [r.text for r in capture.visit_remarks(db, visit_id)] == ["学ぶ点が多かった。"]
    dialog.region.setText("A地域")  # Save after recording: the same visit, updated
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.id == visit_id
    assert visit_editing.load_form(db, visit_id).region == "A地域"
