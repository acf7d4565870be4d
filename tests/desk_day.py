"""A secretariat's desk on a fixed day (火曜日 2025-06-10), built through the services:
meetings to prepare, 宿題 due, letters and remarks waiting, terms ending, visits and
events ahead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from app.models.enums import CorrespondenceDirection, RemarkKind
from app.services.capture import remarks
from app.services.capture.rows import RemarkInput
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.events import editing as events
from app.services.events import participants
from app.services.events.codes import EventStatus
from app.services.events.rows import EventForm, ParticipantForm
from app.services.meetings import agenda
from app.services.meetings import editing as meetings
from app.services.meetings.notice import issue_notice
from app.services.meetings.rows import AgendaEntry
from app.services.members import editing as members
from app.services.visits import editing as visits
from app.storage.database import Database
from tests.meeting_room import Room, approve, make_room

TODAY = date(2025, 6, 10)


@dataclass(frozen=True)
class Desk:
    room: Room
    today_meeting: int  # today, agenda given, no notice, no attendance
    next_meeting: int  # in two weeks, notice issued, no agenda
    ready_meeting: int  # in September, agenda and notice: nothing lacking
    approved_meeting: int  # last month, approved: not on the desk
    item: int  # the agenda item of today's meeting
    overdue_action: int
    soon_action: int
    incoming_letter: int  # reply by 2025-06-05: overdue
    outgoing_letter: int  # their reply by 2025-06-30
    pending_remark: str  # uuid
    ended_member: int
    ending_member: int
    visit: int
    event: int  # 2025-07-04, 2 places: full, 1 waiting, 1 moved up and to be told


def _event(db: Database) -> int:
    """A full seminar whose first participant cancelled: the first waiting moved up."""
    saved = events.save(
        db,
        EventForm(
            title="DXセミナー",
            held_on="2025-07-04",
            start_time="13:30",
            capacity="2",
            status=EventStatus.RECRUITING,
        ),
    )
    assert saved.id is not None
    applied = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
    first, *_ = [
        participants.add_participant(
            db, saved.id, ParticipantForm(name=name, applied_at=applied + timedelta(minutes=n))
        )
        for n, name in enumerate(("青木 一郎", "井上 二郎", "上田 三郎", "江藤 四郎"))
    ]
    participants.cancel_participant(db, first.id, first.version)
    events.save(db, EventForm(title="春の交流会", held_on="2025-05-20"))  # past
    return saved.id


def _meeting(db: Database, room: Room, held_on: str, title: str) -> int:
    form = meetings.MeetingForm(
        body_id=room.body_id, title=title, held_on=held_on, start_time="14:00", place="本庁舎"
    )
    saved = meetings.save(db, form)
    assert saved.id is not None
    return saved.id


def _item(db: Database, meeting_id: int, title: str) -> int:
    entry = AgendaEntry(id=0, position=0, label="", title=title, kind=agenda.kinds()[0])
    return agenda.save_item(db, meeting_id, entry).id


def _member(db: Database, family: str, reading: str, term_end: str) -> int:
    form = members.MemberForm(
        family_name=family,
        given_name="花子",
        reading=f"{reading} はなこ",
        organization="北浜精機株式会社",
        term_start="2023-04-01",
        term_end=term_end,
    )
    saved = members.save(db, form)
    assert saved.id is not None
    return saved.id


def make_desk(db: Database) -> Desk:
    room = make_room(db)  # its meeting (2022-07-04) was held and is not approved
    today = _meeting(db, room, "2025-06-10", "第3回 定例会")
    item = _item(db, today, "地域連携について")
    next_ = _meeting(db, room, "2025-06-24", "第1回 人材育成部会")
    issue_notice(db, next_, date(2025, 6, 9))
    ready = _meeting(db, room, "2025-09-02", "第4回 定例会")
    _item(db, ready, "事業報告")
    issue_notice(db, ready, date(2025, 8, 19))
    approved = _meeting(db, room, "2025-05-13", "第2回 定例会")
    _item(db, approved, "事業計画")
    approve(db, approved)

    chair = room.members["斉藤"]
    overdue = agenda.add_action(
        db, item, "会場を予約する", owner_member_id=chair, due_on=date(2025, 6, 1)
    )
    soon = agenda.add_action(
        db, item, "資料を送付する", owner_name="事務局", due_on=date(2025, 6, 16)
    )
    agenda.add_action(db, item, "報告書をまとめる", owner_name="事務局", due_on=date(2025, 7, 31))

    incoming = register.record(
        db,
        CorrespondenceDirection.INCOMING,
        LetterInput(
            date(2025, 5, 20),
            "北浜市工業会",
            "共同出展について（照会）",
            reply_due=date(2025, 6, 5),
        ),
    )
    outgoing = register.record(
        db,
        CorrespondenceDirection.OUTGOING,
        LetterInput(
            date(2025, 6, 2),
            "みなと工科大学",
            "講師派遣について（依頼）",
            reply_due=date(2025, 6, 30),
        ),
    )
    register.record(  # no reply asked: not on the desk
        db, CorrespondenceDirection.INCOMING, LetterInput(date(2025, 6, 3), "県", "案内")
    )

    pending = remarks.add_remark(
        db, item, RemarkInput("展示会の費用を比較してほしい。", speaker_member_id=chair)
    )
    remarks.add_remark(  # a question needs no response of its own
        db, item, RemarkInput("日程は?", speaker_member_id=chair, kind=RemarkKind.QUESTION)
    )

    ended = _member(db, "青木", "あおき", "2025-03-31")
    ending = _member(db, "井上", "いのうえ", "2025-08-31")
    _member(db, "上田", "うえだ", "2027-03-31")

    visit = visits.save(
        db, visits.VisitForm(title="西ケ丘市視察", start_on="2025-06-20", region="西ケ丘市")
    )
    visits.save(db, visits.VisitForm(title="南港視察", start_on="2025-04-10"))  # past
    assert visit.id is not None
    return Desk(
        room=room,
        today_meeting=today,
        next_meeting=next_,
        ready_meeting=ready,
        approved_meeting=approved,
        item=item,
        overdue_action=overdue.id,
        soon_action=soon.id,
        incoming_letter=incoming.id,
        outgoing_letter=outgoing.id,
        pending_remark=pending.uuid,
        ended_member=ended,
        ending_member=ending,
        visit=visit.id,
        event=_event(db),
    )


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)
