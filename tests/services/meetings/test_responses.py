import pytest

from app.models.enums import RemarkKind, ResponseStatus
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.meetings import responses
from app.storage.database import Database
from tests.meeting_room import Room, make_meeting


def test_the_ledger_lists_open_remarks_until_they_are_answered(db: Database, room: Room) -> None:
    item = room.item_ids[0]
    opinion = capture.add_remark(db, item, RemarkInput("ひらがな表記へ", room.members["今"]))
    capture.add_remark(db, item, RemarkInput("報告", room.members["斉藤"], kind=RemarkKind.REPORT))
    rows = responses.ledger(db)
    assert [(r.remark.uuid, r.agenda_title) for r in rows] == [
        (opinion.uuid, "他地域企業団体との連携について")
    ]
    progress = responses.set_response(db, rows[0].remark, ResponseStatus.IN_PROGRESS, "検討中")
    assert progress.response_text == "検討中"
    assert len(responses.ledger(db)) == 1
    responses.set_response(db, progress, ResponseStatus.DONE, " 広報で対応 ")
    assert responses.ledger(db) == []
    closed = responses.ledger(db, open_only=False)
    assert [(r.remark.response_status, r.remark.response_text) for r in closed] == [
        (ResponseStatus.DONE, "広報で対応")
    ]


def test_the_ledger_names_each_speaker(db: Database, room: Room) -> None:
    item = room.item_ids[1]
    capture.add_remark(db, item, RemarkInput("意見です", room.members["野口"]))
    capture.add_remark(db, item, RemarkInput("来賓の意見", speaker_name="綾瀬市 工業振興課"))
    rows = responses.ledger(db)
    assert [(r.remark.text, r.remark.speaker_name, r.remark.is_member) for r in rows] == [
        ("意見です", "野口 太郎", True),
        ("来賓の意見", "綾瀬市 工業振興課", False),
    ]
    assert rows[0].remark.speaker_member_id == room.members["野口"]


def test_the_ledger_reads_page_by_page_in_order(
    db: Database, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = make_meeting(db, room.body_id, "2022-09-01", ["議題A", "議題B"])
    earlier = make_meeting(db, room.body_id, "2022-05-01", ["議題C"])
    items = [(item.id, item.title) for item in earlier.agenda_items]
    titles = ["他地域企業団体との連携について", "スマートナビについて", "その他"]
    items += zip(room.item_ids, titles, strict=True)
    items += [(item.id, item.title) for item in later.agenda_items]
    chair = room.members["斉藤"]
    for item, _title in reversed(items):  # the ledger orders by meeting, agenda, position
        for kind in (RemarkKind.OPINION, RemarkKind.REPORT, RemarkKind.PROPOSAL):
            capture.add_remark(db, item, RemarkInput(f"{kind}", chair, kind=kind))
    done = responses.ledger(db)[3].remark
    responses.set_response(db, done, ResponseStatus.DONE, "対応済み")
    everything = responses.ledger(db, open_only=False)
    assert [(r.agenda_title, r.remark.text) for r in everything] == [
        (title, text) for _item, title in items for text in ("opinion", "proposal")
    ]
    monkeypatch.setattr(responses, "PAGE_SIZE", 5)
    reader = responses.LedgerPages(db, open_only=False)
    pages = [reader.first()]
    while pages[-1]:
        pages.append(reader.after(pages[-1][-1]))
    assert [len(page) for page in pages] == [5, 5, 2, 0]  # a page may end inside a meeting
    assert [row for page in pages for row in page] == everything
    assert responses.count_ledger(db, open_only=False) == 12
    assert responses.count_ledger(db) == len(responses.ledger(db)) == 11
