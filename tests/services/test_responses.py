from app.models.enums import RemarkKind, ResponseStatus
from app.services import capture, responses
from app.services.capture_rows import RemarkInput
from app.storage.database import Database
from tests.meeting_room import Room


def test_the_ledger_lists_open_remarks_until_they_are_answered(db: Database, room: Room) -> None:
    item = room.item_ids[0]
    opinion = capture.add_remark(db, item, RemarkInput("ひらがな表記へ", room.members["今"]))
    capture.add_remark(db, item, RemarkInput("報告", room.members["斉藤"], kind=RemarkKind.REPORT))
    rows = responses.ledger(db)
    assert [(r.remark.uuid, r.agenda_title) for r in rows] == [
        (opinion.uuid, "他地域企業団体との連携について")
    ]
    progress = responses.set_response(db, opinion.uuid, ResponseStatus.IN_PROGRESS, "検討中")
    assert progress.response_text == "検討中"
    assert len(responses.ledger(db)) == 1
    responses.set_response(db, opinion.uuid, ResponseStatus.DONE, " 広報で対応 ")
    assert responses.ledger(db) == []
    closed = responses.ledger(db, open_only=False)
    assert [(r.remark.response_status, r.remark.response_text) for r in closed] == [
        (ResponseStatus.DONE, "広報で対応")
    ]
