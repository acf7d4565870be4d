"""事務局 as a speaker: itself and its staff can always speak, and 「じむ」 finds them."""

from __future__ import annotations

from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.capture.secretariat import SECRETARIAT, meeting_speakers
from app.services.capture.sources import VisitSource
from app.services.capture.speaker_match import candidates
from app.services.codes import AttendanceStatus, CouncilRole, ResponseStatus
from app.services.meetings import attendance
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from tests.meeting_room import Room


def _names(speakers: list) -> list[str]:
    return [speaker.name for speaker in speakers]


def test_the_secretariat_and_its_staff_come_after_the_room(db: Database, room: Room) -> None:
    speakers = meeting_speakers(db, room.meeting_id)
    assert _names(speakers) == [
        "斉藤 太郎",
        "今 太郎",
        "髙橋 太郎",
        "野口 太郎",
        "松村 太郎",  # staff (事務局員): not in attendance's speakers, added here
        "事務局",
    ]
    assert speakers[-2].member_id == room.members["松村"]
    assert speakers[-2].role is CouncilRole.SECRETARIAT
    assert speakers[-1] == SECRETARIAT and SECRETARIAT.member_id is None


def test_staff_in_the_room_are_listed_once(db: Database, room: Room) -> None:
    staff = room.members["松村"]
    attendance.set_status(db, room.meeting_id, staff, AttendanceStatus.PRESENT, version=0)
    names = _names(meeting_speakers(db, room.meeting_id))
    assert names == ["松村 太郎", "事務局"]  # taken: only who is in the room, then 事務局


def test_jimu_finds_the_secretariat_first_then_its_staff(db: Database, room: Room) -> None:
    speakers = meeting_speakers(db, room.meeting_id)
    for typed in ("じむ", "ジム", "ｼﾞﾑ", "じむきょく", "事務局", "事務", "jimu", "JIMU", "secr"):
        assert _names(candidates(typed, speakers)) == ["事務局", "松村 太郎"], typed
    assert _names(candidates("まつ", speakers)) == ["松村 太郎"]
    assert _names(candidates("じむら", speakers)) == []  # a name of its own: a non-member
    assert _names(candidates("", speakers)) == []


def test_a_visit_has_the_secretariat_too(db: Database, room: Room) -> None:
    saved = visit_editing.save(
        db, VisitForm(title="A地域視察", start_on="2022-07-28", member_ids=(room.members["今"],))
    )
    assert saved.id is not None
    speakers = VisitSource(db, saved.id).speakers()
    assert _names(speakers) == ["今 太郎", "事務局"]
    assert _names(candidates("じむ", speakers)) == ["事務局"]


def test_the_secretariats_own_opinions_wait_for_no_response(db: Database, room: Room) -> None:
    """「前回意見への対応」 answers members and guests; the secretariat does not answer itself."""
    item = room.item_ids[0]
    itself = capture.add_remark(db, item, RemarkInput("本日の議題は三件です。", None, "事務局"))
    staff = capture.add_remark(db, item, RemarkInput("資料を配布します。", room.members["松村"]))
    member = capture.add_remark(db, item, RemarkInput("賛成です。", room.members["今"]))
    guest = capture.add_remark(db, item, RemarkInput("補足します。", None, "来賓 山田"))
    assert itself.response_status is ResponseStatus.NOT_NEEDED
    assert staff.response_status is ResponseStatus.NOT_NEEDED
    assert member.response_status is ResponseStatus.PENDING
    assert guest.response_status is ResponseStatus.PENDING
    # credited to a member after all: now it waits; and back to the secretariat: it does not
    moved = capture.update_remark(db, itself, RemarkInput(itself.text, room.members["今"]))
    assert moved.response_status is ResponseStatus.PENDING
    back = capture.update_remark(db, moved, RemarkInput(itself.text, None, "事務局"))
    assert back.response_status is ResponseStatus.NOT_NEEDED
