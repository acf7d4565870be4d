import pytest
from sqlalchemy import select

from app.models import AuditEntry
from app.models.enums import AuditAction, MeetingStatus, ResponseStatus
from app.services.audit import trail as audit_trail
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.meetings import agenda, responses
from app.services.meetings import editing as meeting_editing
from app.services.problems import Invalid, MeetingLocked, Problem
from app.storage.database import Database
from tests.meeting_room import Room, advance, reopen


def _audit(db: Database) -> list[tuple[str, str, str, str, str]]:
    with db.session() as session:
        return [
            (e.action.value, e.entity, e.field, e.before, e.after)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def _approve(db: Database, meeting_id: int) -> None:
    while advance(db, meeting_id) is not MeetingStatus.APPROVED:
        pass


def test_an_approved_meeting_refuses_every_change(db: Database, room: Room) -> None:
    remark = capture.add_remark(db, room.item_ids[0], RemarkInput("原文", room.members["今"]))
    _approve(db, room.meeting_id)
    assert meeting_editing.is_locked(db, room.meeting_id)
    with pytest.raises(MeetingLocked):
        capture.add_remark(db, room.item_ids[0], RemarkInput("後から", room.members["今"]))
    with pytest.raises(MeetingLocked):
        capture.update_remark(db, remark, RemarkInput("改変", room.members["今"]))
    with pytest.raises(MeetingLocked):
        capture.delete_remark(db, remark)
    with pytest.raises(MeetingLocked):
        agenda.add_decision(db, room.item_ids[0], "決定")
    with pytest.raises(MeetingLocked):
        advance(db, room.meeting_id)
    assert [r.text for r in capture.remarks(db, room.item_ids[0])] == ["原文"]


def test_reopening_needs_a_reason_and_every_later_change_is_audited(
    db: Database, room: Room
) -> None:
    audit_trail.set_actor(db, "事務局 松村")
    remark = capture.add_remark(db, room.item_ids[0], RemarkInput("原文", room.members["今"]))
    _approve(db, room.meeting_id)
    with pytest.raises(Invalid) as refused:
        reopen(db, room.meeting_id, "  ")
    assert refused.value.problems == {"reason": Problem.MISSING}
    reopen(db, room.meeting_id, "誤字の訂正(委員長了承)")
    corrected = capture.update_remark(db, remark, RemarkInput("訂正後", room.members["今"]))
    capture.delete_remark(db, corrected)
    advance(db, room.meeting_id)  # locks again
    assert meeting_editing.is_locked(db, room.meeting_id)
    trail = _audit(db)
    assert trail[0][:3] == ("approve", "meeting", "status")
    assert trail[1] == ("unlock", "meeting", "status", "", "誤字の訂正(委員長了承)")
    assert ("update", "remark", "text", "原文", "訂正後") in trail
    assert ("delete", "remark", "", "訂正後", "") in trail
    assert trail[-1][:3] == ("approve", "meeting", "status")
    with db.session() as session:
        assert set(session.scalars(select(AuditEntry.actor))) == {"事務局 松村"}


def test_deleting_a_remark_is_audited_even_before_approval(db: Database, room: Room) -> None:
    remark = capture.add_remark(db, room.item_ids[0], RemarkInput("消す発言", room.members["今"]))
    capture.delete_remark(db, remark)
    assert _audit(db) == [(AuditAction.DELETE.value, "remark", "", "消す発言", "")]


def test_responses_are_recorded_on_approved_minutes_and_audited(db: Database, room: Room) -> None:
    remark = capture.add_remark(db, room.item_ids[0], RemarkInput("要望", room.members["今"]))
    _approve(db, room.meeting_id)
    answered = responses.set_response(db, remark, ResponseStatus.DONE, "市に伝えた")
    assert ("update", "remark", "response_text", "", "市に伝えた") in _audit(db)
    with pytest.raises(MeetingLocked):
        capture.update_remark(db, answered, RemarkInput("改変", room.members["今"]))
