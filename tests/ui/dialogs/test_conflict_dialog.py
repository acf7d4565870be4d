"""The conflict dialog itself: both versions field by field, the differences marked, and
the choice; driven for real through a member saved by two people (and a third save)."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.members import editing as member_editing
from app.services.members.editing import MemberForm
from app.services.problems import EditConflict, Record
from app.texts import i18n
from app.ui.app import make_application
from app.ui.dialogs.conflict_dialog import DIFFERS, ConflictChoice, ConflictDialog
from app.ui.dialogs.member_dialog import MemberDialog
from tests.meeting_room import Room
from tests.two_users import Users
from tests.ui.keyboard import in_next_dialog

VALUES = ("theirs_", "mine_")  # the object names of the cells of both versions
SAITO = MemberForm("斉藤", "一郎", "さいとう いちろう", position_title="代表取締役")


def _member_conflict(users: Users) -> EditConflict:
    saved = member_editing.save(users.a, SAITO)
    member_editing.save(users.b, replace(saved, phone="0467-12-3456"))
    try:
        member_editing.save(users.a, replace(saved, email="saito@example.jp"))
    except EditConflict as conflict:
        return conflict
    raise AssertionError("no conflict")


def _cell(dialog: ConflictDialog, side: str, row: int) -> QLabel:
    cell = dialog.findChild(QLabel, f"{side}_{row}")
    assert cell is not None
    return cell


def test_both_versions_side_by_side_with_the_differences_marked(qtbot: QtBot, users: Users) -> None:
    make_application()
    dialog = ConflictDialog(_member_conflict(users))
    qtbot.addWidget(dialog)
    captions = [row.caption for row in dialog.rows]
    assert captions[:4] == ["Family name", "Given name", "Reading", "Organization"]
    phone, email = captions.index("Phone"), captions.index("E-mail")
    assert (_cell(dialog, "theirs", phone).text(), _cell(dialog, "mine", phone).text()) == (
        "0467-12-3456",
        "—",
    )
    assert _cell(dialog, "mine", email).text() == "saito@example.jp"
    assert [row.caption for row in dialog.rows if row.differs] == ["E-mail", "Phone"]
    assert _cell(dialog, "theirs", phone).styleSheet() == DIFFERS
    assert _cell(dialog, "theirs", 0).styleSheet() != DIFFERS
    summary = dialog.findChild(QLabel, "summary")
    assert summary is not None and summary.text().endswith(": 2")
    assert not dialog.save_button.isHidden() and dialog.keep_button.isDefault()


def test_the_dialog_is_japanese_in_a_japanese_session(qtbot: QtBot, users: Users) -> None:
    conflict = _member_conflict(users)
    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    try:
        dialog = ConflictDialog(conflict)
        qtbot.addWidget(dialog)
        labels = dialog.findChildren(QLabel)
        values = [label.text() for label in labels if label.objectName().startswith("theirs_")]
        texts = [label.text() for label in labels if label.objectName()[:5] not in VALUES]
        texts += [button.text() for button in dialog.findChildren(QPushButton)]
        texts.append(dialog.windowTitle())
        english = [t for t in texts if re.search(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", "", t))]
        assert english == []  # the values are the data, as typed (an e-mail address …)
        assert "姓" in texts and "委員" in values and "0467-12-3456" in values
        assert "自分の内容で上書き保存" in texts and "相手の内容を残す(読み込み直す)" in texts
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.load("en")


def test_a_deleted_record_can_only_be_reloaded(qtbot: QtBot, users: Users, room: Room) -> None:
    make_application()
    shown = capture.add_remark(users.a, room.item_ids[0], RemarkInput("原文", room.members["今"]))
    capture.delete_remark(users.b, shown)
    try:
        capture.update_remark(users.a, shown, RemarkInput("訂正", room.members["今"]))
    except EditConflict as conflict:
        dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    assert dialog.conflict.record is Record.REMARK
    assert dialog.save_button.isHidden()
    assert [row.mine for row in dialog.rows if row.caption == "Remark"] == ["訂正"]
    assert all(row.theirs == "" and not row.differs for row in dialog.rows)


def test_save_mine_is_checked_again_and_a_third_save_asks_again(qtbot: QtBot, users: Users) -> None:
    """Driven for real: A saves, the dialog shows B's save; before A chooses, B saves
    again; "save mine" then meets that third save, and the dialog opens again."""
    make_application()
    saved = member_editing.save(users.a, SAITO)
    dialog = MemberDialog(users.a, member_editing.load_form(users.a, saved.id or 0))
    qtbot.addWidget(dialog)
    member_editing.save(users.b, replace(saved, phone="0467-12-3456"))
    dialog.edits["email"].setText("saito@example.jp")
    seen: list[ConflictDialog] = []

    def click(name: str) -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, ConflictDialog) and modal not in seen
        seen.append(modal)
        button = modal.findChild(QPushButton, name)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def first() -> None:
        b_again = member_editing.load_form(users.b, saved.id or 0)
        member_editing.save(users.b, replace(b_again, notes="B の二度目"))
        in_next_dialog(lambda: click("keep_theirs"))
        click("save_mine")

    in_next_dialog(first)
    dialog.accept()
    assert len(seen) == 2
    assert seen[0].choice is ConflictChoice.SAVE_MINE
    assert seen[1].choice is ConflictChoice.KEEP_THEIRS
    assert seen[1].conflict.theirs.notes == "B の二度目"
    now = member_editing.load_form(users.a, saved.id or 0)
    assert (now.phone, now.notes, now.email) == ("0467-12-3456", "B の二度目", "")
    assert dialog.saved is not None and dialog.saved.notes == "B の二度目"
