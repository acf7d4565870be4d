import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.codes import RemarkKind, ResponseStatus
from app.services.meetings import responses
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.responses_dialog import ResponsesDialog
from tests.meeting_room import Room


def test_recording_a_response_closes_the_remark(qtbot: QtBot, db: Database, room: Room) -> None:
    item = room.item_ids[0]
    first = capture.add_remark(db, item, RemarkInput("BCPの視点も", room.members["今"]))
    capture.add_remark(db, item, RemarkInput("ひらがな表記に", room.members["野口"]))
    capture.add_remark(db, item, RemarkInput("回答", room.members["斉藤"], kind=RemarkKind.ANSWER))
    make_application()
    dialog = ResponsesDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.model.total_rows() == 2  # the answer needs no response
    assert dialog.current() is not None and dialog.current().remark.uuid == first.uuid
    dialog.status.setCurrentIndex(dialog.status.findData(ResponseStatus.DONE))
    dialog.response.setPlainText("次回の研修テーマに採用")
    dialog.save()
    assert [row.remark.text for row in responses.ledger(db)] == ["ひらがな表記に"]
    assert dialog.model.total_rows() == 1
    dialog.open_only.setChecked(False)
    done = [r for r in responses.ledger(db, open_only=False) if r.remark.uuid == first.uuid]
    assert done[0].remark.response_text == "次回の研修テーマに採用"


def test_the_ledger_shows_speakers_and_keeps_the_saved_remark_past_the_first_batch(
    qtbot: QtBot, db: Database, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = room.item_ids[0]
    for n in range(7):
        capture.add_remark(db, item, RemarkInput(f"意見{n}", room.members["今"]))
    capture.add_remark(db, item, RemarkInput("来賓から", speaker_name="綾瀬市長"))
    monkeypatch.setattr(responses, "PAGE_SIZE", 3)
    make_application()
    dialog = ResponsesDialog(db)
    qtbot.addWidget(dialog)
    dialog.model.BATCH_SIZE = 3
    dialog.reload()
    assert dialog.model.rowCount() == 3
    speakers = [dialog.model.index(row, 2).data() for row in range(3)]
    assert speakers == ["今 太郎"] * 3
    while dialog.model.canFetchMore(QModelIndex()):
        dialog.model.fetchMore(QModelIndex())
    assert dialog.model.index(7, 2).data() == "綾瀬市長"
    dialog.view.selectRow(6)
    dialog.status.setCurrentIndex(dialog.status.findData(ResponseStatus.IN_PROGRESS))
    dialog.save()
    assert dialog.current() is not None and dialog.current().remark.text == "意見6"
    assert dialog.current().remark.response_status is ResponseStatus.IN_PROGRESS
    assert dialog.model.total_rows() == 8
