"""The two capture sources edit recorded remarks alike; only a meeting has decisions."""

from __future__ import annotations

import pytest

from app.models.enums import RemarkKind
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.capture.sources import CaptureSource, MeetingSource, VisitSource
from app.services.meetings import agenda
from app.services.problems import MeetingLocked
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from tests.meeting_room import Room, advance


def _visit(db: Database, room: Room) -> VisitSource:
    saved = visit_editing.save(
        db, VisitForm(title="A地域視察", start_on="2022-07-28", member_ids=(room.members["今"],))
    )
    assert saved.id is not None
    return VisitSource(db, saved.id)


@pytest.fixture(params=["meeting", "visit"])
def source(request: pytest.FixtureRequest, db: Database, room: Room) -> CaptureSource:
    return MeetingSource(db, room.meeting_id) if request.param == "meeting" else _visit(db, room)


def _texts(source: CaptureSource) -> list[str]:
    item = source.items()[0]
    return [r.text for r in source.remarks(item.id)]


def test_recorded_remarks_are_edited_moved_deleted_and_restored(
    source: CaptureSource, room: Room
) -> None:
    item = source.items()[0].id
    a, b, c = (
        source.add_remark(item, RemarkInput(text, room.members["今"]), None) for text in "ABC"
    )
    assert source.move_remark(c, 0).position == 0
    assert _texts(source) == ["C", "A", "B"]
    updated = source.update_remark(a, RemarkInput("A2", speaker_name="事務局"))
    assert (updated.text, updated.speaker_name, updated.is_member) == ("A2", "事務局", False)
    deleted = source.delete_remark(b)
    assert _texts(source) == ["C", "A2"]
    restored = source.restore_remark(deleted)
    assert restored.uuid == b.uuid and _texts(source) == ["C", "A2", "B"]


def test_a_meeting_item_takes_decisions(db: Database, room: Room) -> None:
    source = MeetingSource(db, room.meeting_id)
    saved = source.set_resolution(source.items()[1], "承認する。\n次回報告する。")
    assert saved.resolution == "承認する。\n次回報告する。"
    assert agenda.items(db, room.meeting_id)[1].resolution == "承認する。\n次回報告する。"


def test_a_visit_refuses_a_decision(db: Database, room: Room) -> None:
    source = _visit(db, room)
    assert not source.supports_decisions and source.kinds[0] is RemarkKind.IMPRESSION
    with pytest.raises(ValueError):
        source.set_resolution(source.items()[0], "決定")


def test_an_approved_meeting_refuses_every_edit(db: Database, room: Room) -> None:
    source = MeetingSource(db, room.meeting_id)
    entry = source.add_remark(room.item_ids[0], RemarkInput("承認前", room.members["今"]), None)
    while advance(db, room.meeting_id).value != "approved":
        pass
    with pytest.raises(MeetingLocked):
        source.update_remark(entry, RemarkInput("承認後", room.members["今"]))
    with pytest.raises(MeetingLocked):
        source.delete_remark(entry)
    with pytest.raises(MeetingLocked):
        source.set_resolution(source.items()[0], "承認後の決定")
    assert [r.text for r in capture.remarks(db, room.item_ids[0])] == ["承認前"]
