"""Two secretaries correct, move, delete or answer the same recorded remark: the second
change is refused with both versions; a remark renumbered by a neighbour's move or
deletion (a new version that says the same) is no conflict."""

from __future__ import annotations

import pytest

from app.models.enums import RemarkKind, ResponseStatus
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkEntry, RemarkInput
from app.services.meetings import responses
from app.services.problems import EditConflict, Record
from app.services.workspace import open_database
from tests.meeting_room import Room
from tests.two_users import Users, b_saves_inside_a_write, postgres_only


def _say(users: Users, room: Room, *texts: str) -> list[RemarkEntry]:
    speaker = room.members["今"]
    return [
        capture.add_remark(users.a, room.item_ids[0], RemarkInput(text, speaker)) for text in texts
    ]


def _texts(users: Users, room: Room) -> list[str]:
    return [r.text for r in capture.remarks(users.b, room.item_ids[0])]


def test_two_corrections_of_the_same_remark_overwrite_nothing(users: Users, room: Room) -> None:
    [shown] = _say(users, room, "原文")
    capture.update_remark(users.b, shown, RemarkInput("B の訂正", room.members["今"]))
    with pytest.raises(EditConflict) as conflict:
        capture.update_remark(
            users.a, shown, RemarkInput("A の訂正", speaker_name="事務局", kind=RemarkKind.REPORT)
        )
    assert conflict.value.record is Record.REMARK
    assert conflict.value.theirs.text == "B の訂正"
    mine = conflict.value.mine
    assert (mine.text, mine.speaker_name, mine.kind) == ("A の訂正", "事務局", RemarkKind.REPORT)
    assert _texts(users, room) == ["B の訂正"]
    capture.update_remark(
        users.a, conflict.value.theirs, RemarkInput("A の訂正", room.members["今"])
    )
    assert _texts(users, room) == ["A の訂正"]


def test_three_people_correcting_the_same_remark_give_one_save_and_two_conflicts(
    users: Users, room: Room, db_target: str
) -> None:
    """The round that found 3 of 3 silent overwrites (the last writer won)."""
    [shown] = _say(users, room, "原文")
    third = open_database(db_target, take_lock=False, daily_backup=False)
    saved: list[str] = []
    refused: list[EditConflict] = []
    try:
        for person, text in ((users.a, "A"), (users.b, "B"), (third, "C")):
            try:
                saved.append(
                    capture.update_remark(person, shown, RemarkInput(text, None, "事務局")).text
                )
            except EditConflict as conflict:
                refused.append(conflict)
    finally:
        third.close()
    assert saved == ["A"] and [c.theirs.text for c in refused] == ["A", "A"]
    assert _texts(users, room) == ["A"]  # 0 silent overwrites


def test_moving_or_deleting_a_remark_corrected_since_is_a_conflict(
    users: Users, room: Room
) -> None:
    first, second = _say(users, room, "一", "二")
    corrected = capture.update_remark(users.b, second, RemarkInput("二(訂正)", room.members["今"]))
    with pytest.raises(EditConflict) as moving:
        capture.move_remark(users.a, second, 0)
    assert moving.value.mine.position == 0 and moving.value.theirs.text == "二(訂正)"
    with pytest.raises(EditConflict) as deleting:
        capture.delete_remark(users.a, second)
    assert deleting.value.mine is None
    assert _texts(users, room) == ["一", "二(訂正)"]
    capture.delete_remark(users.a, deleting.value.theirs)  # "delete anyway"
    assert _texts(users, room) == ["一"]
    del first, corrected


def test_a_remark_renumbered_by_a_neighbour_is_no_conflict(users: Users, room: Room) -> None:
    first, second, third = _say(users, room, "一", "二", "三")
    capture.delete_remark(users.b, first)  # second and third move up: new versions
    moved = capture.move_remark(users.a, third, 0)
    assert moved.position == 0
    capture.update_remark(users.a, second, RemarkInput("二(訂正)", room.members["今"]))
    assert _texts(users, room) == ["三", "二(訂正)"]


def test_undoing_a_deletion_someone_else_undid_is_a_conflict(users: Users, room: Room) -> None:
    [shown] = _say(users, room, "消して戻す")
    deleted = capture.delete_remark(users.a, shown)
    capture.restore_remark(users.b, deleted)  # B's console undid it first
    with pytest.raises(EditConflict) as conflict:
        capture.restore_remark(users.a, deleted)
    assert conflict.value.theirs.uuid == shown.uuid
    assert _texts(users, room) == ["消して戻す"]  # once, not twice


def test_correcting_a_remark_deleted_since_is_a_conflict(users: Users, room: Room) -> None:
    [shown] = _say(users, room, "原文")
    capture.delete_remark(users.b, shown)
    with pytest.raises(EditConflict) as conflict:
        capture.update_remark(users.a, shown, RemarkInput("訂正", room.members["今"]))
    assert conflict.value.theirs is None and conflict.value.mine.text == "訂正"
    assert _texts(users, room) == []


def test_two_responses_to_the_same_remark_overwrite_nothing(users: Users, room: Room) -> None:
    _say(users, room, "要望")
    [a_sees] = responses.ledger(users.a)
    responses.set_response(users.b, a_sees.remark, ResponseStatus.IN_PROGRESS, "B が検討中")
    with pytest.raises(EditConflict) as conflict:
        responses.set_response(users.a, a_sees.remark, ResponseStatus.DONE, "A が回答済み")
    assert conflict.value.theirs.response_text == "B が検討中"
    assert conflict.value.mine.response_status is ResponseStatus.DONE
    assert responses.ledger(users.b)[0].remark.response_text == "B が検討中"
    responses.set_response(users.a, conflict.value.theirs, ResponseStatus.DONE, "A が回答済み")
    assert responses.ledger(users.b) == []


@postgres_only
def test_corrections_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    [shown] = _say(users, room, "原文")
    b_saves_inside_a_write(
        monkeypatch,
        capture,
        lambda: capture.update_remark(users.b, shown, RemarkInput("B", room.members["今"])),
    )
    with pytest.raises(EditConflict):
        capture.update_remark(users.a, shown, RemarkInput("A", room.members["今"]))
    assert _texts(users, room) == ["B"]


@postgres_only
def test_deletions_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    [shown] = _say(users, room, "原文")
    b_saves_inside_a_write(
        monkeypatch,
        capture,
        lambda: capture.update_remark(users.b, shown, RemarkInput("B", room.members["今"])),
    )
    with pytest.raises(EditConflict):
        capture.delete_remark(users.a, shown)
    assert _texts(users, room) == ["B"]


@postgres_only
def test_responses_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    _say(users, room, "要望")
    [shown] = responses.ledger(users.a)
    b_saves_inside_a_write(
        monkeypatch,
        capture,  # the ledger checks the remark as the capture does
        lambda: responses.set_response(users.b, shown.remark, ResponseStatus.DONE, "B"),
    )
    with pytest.raises(EditConflict):
        responses.set_response(users.a, shown.remark, ResponseStatus.DONE, "A")
    assert responses.ledger(users.b, open_only=False)[0].remark.response_text == "B"


def _question_and_answer(users: Users, room: Room) -> tuple[RemarkEntry, RemarkEntry]:
    asked, answered = RemarkKind.QUESTION, RemarkKind.ANSWER
    speaker = room.members["今"]
    item = room.item_ids[0]
    return (
        capture.add_remark(users.a, item, RemarkInput("締切は。", speaker, kind=asked)),
        capture.add_remark(users.a, item, RemarkInput("九月末。", speaker, kind=answered)),
    )


def test_pairing_an_answer_with_a_question_deleted_meanwhile_is_a_conflict(
    users: Users, room: Room
) -> None:
    speaker = room.members["今"]
    question, answer = _question_and_answer(users, room)
    capture.delete_remark(users.b, question)
    paired = RemarkInput("九月末。", speaker, kind=RemarkKind.ANSWER, answers_remark_id=question.id)
    with pytest.raises(EditConflict):
        capture.update_remark(users.a, answer, paired)
    assert capture.remarks(users.b, room.item_ids[0])[0].answers is None


def test_a_pairing_only_counts_for_an_answer(users: Users, room: Room) -> None:
    speaker = room.members["今"]
    question, answer = _question_and_answer(users, room)
    paired = capture.update_remark(
        users.a,
        answer,
        RemarkInput("九月末。", speaker, kind=RemarkKind.ANSWER, answers_remark_id=question.id),
    )
    assert paired.answers == question.id
    now_an_opinion = capture.update_remark(
        users.a,
        paired,
        RemarkInput("九月末。", speaker, kind=RemarkKind.OPINION, answers_remark_id=question.id),
    )
    assert now_an_opinion.answers is None and now_an_opinion.answers_remark_id is None
