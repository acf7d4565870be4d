from datetime import UTC, datetime

import pytest

from app.models.enums import RemarkKind, ResponseStatus
from app.services.capture import remarks as capture
from app.services.capture.rows import Draft, RemarkInput
from app.services.problems import Invalid, Problem
from app.storage.database import Database
from tests.meeting_room import Room


def test_a_committed_remark_is_stored_in_order_and_clears_the_draft(
    db: Database, room: Room
) -> None:
    item = room.item_ids[0]
    capture.save_draft(db, room.meeting_id, Draft("アッセンブリを行う企業は", agenda_item_id=item))
    first = capture.add_remark(
        db, item, RemarkInput("アッセンブリを行う企業は多くないイメージ", room.members["髙橋"])
    )
    second = capture.add_remark(
        db, item, RemarkInput("双方営業の余地がある。\n関東営業所的に", speaker_name="来賓 山田")
    )
    assert capture.load_draft(db, room.meeting_id) is None
    stored = capture.remarks(db, item)
    assert [r.uuid for r in stored] == [first.uuid, second.uuid]
    assert [r.position for r in stored] == [0, 1]
    assert stored[0].speaker_name == "髙橋 太郎" and stored[0].is_member
    assert stored[1].speaker_name == "来賓 山田" and not stored[1].is_member
    assert stored[1].text == "双方営業の余地がある。\n関東営業所的に"
    assert stored[0].captured_at.tzinfo is not None


def test_opinions_wait_for_a_response_and_answers_do_not(db: Database, room: Room) -> None:
    item = room.item_ids[0]
    opinion = capture.add_remark(db, item, RemarkInput("意見です", room.members["今"]))
    answer = capture.add_remark(
        db, item, RemarkInput("回答です", room.members["斉藤"], kind=RemarkKind.ANSWER)
    )
    assert opinion.response_status is ResponseStatus.PENDING
    assert answer.response_status is ResponseStatus.NOT_NEEDED


def test_empty_text_is_refused_and_a_point_may_have_no_speaker(db: Database, room: Room) -> None:
    with pytest.raises(Invalid) as empty:
        capture.add_remark(db, room.item_ids[0], RemarkInput("  \n", room.members["今"]))
    assert empty.value.problems == {"text": Problem.MISSING}
    assert capture.remarks(db, room.item_ids[0]) == []
    point = capture.add_remark(db, room.item_ids[0], RemarkInput("誰の発言とも記さない要点"))
    assert (point.speaker_member_id, point.speaker_name) == (None, "")
    assert [r.text for r in capture.remarks(db, room.item_ids[0])] == ["誰の発言とも記さない要点"]


def test_delete_then_restore_puts_the_same_remark_back_in_place(db: Database, room: Room) -> None:
    item = room.item_ids[1]
    made = [
        capture.add_remark(db, item, RemarkInput(f"発言{n}", room.members["野口"]))
        for n in range(3)
    ]
    deleted = capture.delete_remark(db, made[1])
    assert [r.text for r in capture.remarks(db, item)] == ["発言0", "発言2"]
    restored = capture.restore_remark(db, deleted)
    assert restored.uuid == made[1].uuid and restored.captured_at == made[1].captured_at
    assert [r.text for r in capture.remarks(db, item)] == ["発言0", "発言1", "発言2"]


def test_move_and_update(db: Database, room: Room) -> None:
    item = room.item_ids[0]
    a, b, c = (
        capture.add_remark(db, item, RemarkInput(text, room.members["今"])) for text in "ABC"
    )
    moved = capture.move_remark(db, c, 0)
    assert moved.position == 0
    assert [r.text for r in capture.remarks(db, item)] == ["C", "A", "B"]
    assert capture.move_remark(db, moved, 99).position == 2
    # A was renumbered by the moves (a new version), but says what it said: no conflict.
    capture.update_remark(db, a, RemarkInput("A2", speaker_name="事務局", kind=RemarkKind.REPORT))
    updated = capture.remarks(db, item)[0]
    assert (updated.text, updated.speaker_name, updated.kind) == ("A2", "事務局", RemarkKind.REPORT)
    assert updated.response_status is ResponseStatus.NOT_NEEDED
    del b


def test_the_draft_is_replaced_in_place_and_restored(db: Database, room: Room) -> None:
    for text in ("と", "とう", "当委員会"):
        capture.save_draft(
            db,
            room.meeting_id,
            Draft(text, room.item_ids[2], room.members["今"], "", RemarkKind.PROPOSAL),
        )
    assert capture.load_draft(db, room.meeting_id) == Draft(
        "当委員会", room.item_ids[2], room.members["今"], "", RemarkKind.PROPOSAL
    )
    capture.discard_draft(db, room.meeting_id)
    assert capture.load_draft(db, room.meeting_id) is None


def test_captured_at_can_be_given(db: Database, room: Room) -> None:
    moment = datetime(2022, 7, 4, 10, 5, tzinfo=UTC)
    entry = capture.add_remark(
        db, room.item_ids[0], RemarkInput("x", room.members["今"]), captured_at=moment
    )
    assert entry.captured_at == moment
