from pytestqt.qtbot import QtBot

from app.services import capture, responses
from app.services.capture_rows import RemarkInput
from app.services.codes import RemarkKind, ResponseStatus
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
