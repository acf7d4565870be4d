"""Two people edit the same meeting's details, advance its status or unlock it: the second
is refused with both versions (no step is skipped, nothing overwritten)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.models.enums import MeetingStatus
from app.services.meetings import editing as meeting_editing
from app.services.meetings import listing as meetings
from app.services.problems import EditConflict, Record
from tests.meeting_room import Room, approve
from tests.two_users import Users, b_saves_inside_a_write, postgres_only


def _version(users: Users, meeting_id: int) -> int:
    return next(r.version for r in meetings.list_meetings(users.a) if r.id == meeting_id)


def test_meeting_details_second_save_is_a_conflict(users: Users, room: Room) -> None:
    a_sees = meeting_editing.load_form(users.a, room.meeting_id)
    b_sees = meeting_editing.load_form(users.b, room.meeting_id)
    meeting_editing.save(users.b, replace(b_sees, place="市役所 第2会議室"))
    with pytest.raises(EditConflict) as conflict:
        meeting_editing.save(users.a, replace(a_sees, chair_id=room.members["斉藤"]))
    assert conflict.value.record is Record.MEETING
    assert conflict.value.theirs.place == "市役所 第2会議室"
    assert conflict.value.mine.chair_id == room.members["斉藤"]
    assert conflict.value.references["chair_id"][room.members["斉藤"]] == "斉藤 太郎"
    assert conflict.value.references["body_id"][room.body_id] == "定例会"
    now = meeting_editing.load_form(users.a, room.meeting_id)
    assert (now.place, now.chair_id) == ("市役所 第2会議室", None)
    meeting_editing.save(
        users.a, replace(conflict.value.mine, version=conflict.value.theirs.version)
    )
    now = meeting_editing.load_form(users.b, room.meeting_id)
    assert (now.place, now.chair_id) == ("", room.members["斉藤"])


def test_only_the_signers_changed_is_a_new_version_too(users: Users, room: Room) -> None:
    a_sees = meeting_editing.load_form(users.a, room.meeting_id)
    meeting_editing.save(users.b, replace(a_sees, signer_ids=(room.members["野口"],)))
    with pytest.raises(EditConflict):
        meeting_editing.save(users.a, replace(a_sees, signer_ids=(room.members["髙橋"],)))
    assert meeting_editing.load_form(users.a, room.meeting_id).signer_ids == (room.members["野口"],)


def test_advancing_twice_from_the_same_status_skips_no_step(users: Users, room: Room) -> None:
    shown = _version(users, room.meeting_id)  # both see 予定
    assert (
        meeting_editing.advance_status(users.b, room.meeting_id, version=shown)
        is MeetingStatus.HELD
    )
    with pytest.raises(EditConflict) as conflict:
        meeting_editing.advance_status(users.a, room.meeting_id, version=shown)
    assert conflict.value.theirs.status is MeetingStatus.HELD
    assert conflict.value.mine.status is MeetingStatus.DRAFTING  # what advancing now would do
    assert meeting_editing.load_form(users.a, room.meeting_id).status is MeetingStatus.HELD
    status = meeting_editing.advance_status(
        users.a, room.meeting_id, version=conflict.value.theirs.version
    )
    assert status is MeetingStatus.DRAFTING


def test_unlocking_a_meeting_changed_since_is_a_conflict(users: Users, room: Room) -> None:
    approve(users.a, room.meeting_id)
    shown = _version(users, room.meeting_id)
    meeting_editing.reopen(users.b, room.meeting_id, "B の訂正", version=shown)
    b_approves = _version(users, room.meeting_id)
    meeting_editing.advance_status(users.b, room.meeting_id, version=b_approves)  # locked again
    with pytest.raises(EditConflict):
        meeting_editing.reopen(users.a, room.meeting_id, "A の訂正", version=shown)
    assert meeting_editing.is_locked(users.a, room.meeting_id)


@postgres_only
def test_meeting_saves_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_sees = meeting_editing.load_form(users.a, room.meeting_id)
    b_saves_inside_a_write(
        monkeypatch,
        meeting_editing,
        lambda: meeting_editing.save(users.b, replace(a_sees, place="B")),
    )
    with pytest.raises(EditConflict):
        meeting_editing.save(users.a, replace(a_sees, place="A"))
    assert meeting_editing.load_form(users.a, room.meeting_id).place == "B"


@postgres_only
def test_status_steps_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _version(users, room.meeting_id)
    b_saves_inside_a_write(
        monkeypatch,
        meeting_editing,
        lambda: meeting_editing.advance_status(users.b, room.meeting_id, version=shown),
    )
    with pytest.raises(EditConflict):
        meeting_editing.advance_status(users.a, room.meeting_id, version=shown)
    assert meeting_editing.load_form(users.a, room.meeting_id).status is MeetingStatus.HELD
