from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from app.models import (
    AgendaItem,
    Attendance,
    Body,
    Council,
    Meeting,
    Member,
    Organization,
    Remark,
)
from app.models.enums import AttendanceStatus
from app.storage.database import Database


def _meeting(session, body: Body, number: int = 1) -> Meeting:  # type: ignore[no-untyped-def]
    meeting = Meeting(
        body=body,
        sequence_number=number,
        fiscal_year=2022,
        title="定例会",
        held_on=date(2022, 7, 4),
        start_time=time(19, 0),
        end_time=time(20, 30),
    )
    session.add(meeting)
    return meeting


def _member(session, family: str = "斉藤", reading: str = "さいとう") -> Member:  # type: ignore[no-untyped-def]
    member = Member(family_name=family, given_name="一郎", family_name_reading=reading)
    session.add(member)
    return member


def test_every_row_gets_uuid_timestamps_and_version(db: Database) -> None:
    with db.transaction() as session:
        council = Council(name="綾瀬イノベーション推進委員会", short_name="綾イノ")
        session.add(council)
    assert len(council.uuid) == 36
    assert council.version == 1
    assert council.created_at.tzinfo is not None
    with db.transaction() as session:
        loaded = session.get_one(Council, council.id)
        loaded.purposes = "市内製造業の技術力のPR"
    assert loaded.version == 2
    assert loaded.updated_at >= loaded.created_at
    assert loaded.created_at.tzinfo == UTC


def test_concurrent_edit_raises_instead_of_overwriting(db: Database) -> None:
    with db.transaction() as session:
        council = Council(name="委員会")
        session.add(council)
    first, second = db.session(), db.session()
    mine = first.get_one(Council, council.id)
    theirs = second.get_one(Council, council.id)
    second.commit()  # the other user's form keeps the row it loaded, as a dialog would
    mine.name = "私の変更"
    first.commit()
    theirs.name = "他の人の変更"
    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    first.close()
    second.close()
    with db.session() as session:
        assert session.get_one(Council, council.id).name == "私の変更"


def test_attendance_is_unique_per_member_and_meeting(db: Database) -> None:
    with db.transaction() as session:
        body = Body(name="定例会")
        meeting = _meeting(session, body)
        member = _member(session)
        session.add(Attendance(meeting=meeting, member=member))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(
            Attendance(meeting_id=meeting.id, member_id=member.id, status=AttendanceStatus.ABSENT)
        )


def test_agenda_items_keep_their_order(db: Database) -> None:
    with db.transaction() as session:
        meeting = _meeting(session, Body(name="定例会"))
        meeting.agenda_items.append(AgendaItem(label="①", title="他地域企業団体との連携について"))
        meeting.agenda_items.append(AgendaItem(label="②", title="あやせ工場スマートナビについて"))
        meeting.agenda_items.insert(0, AgendaItem(label="⓪", title="報告事項"))
    with db.session() as session:
        loaded = session.get_one(Meeting, meeting.id)
        assert [item.label for item in loaded.agenda_items] == ["⓪", "①", "②"]
        assert [item.position for item in loaded.agenda_items] == [0, 1, 2]


def test_member_in_a_record_cannot_be_deleted(db: Database) -> None:
    with db.transaction() as session:
        meeting = _meeting(session, Body(name="定例会"))
        member = _member(session)
        session.add(Attendance(meeting=meeting, member=member))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.delete(session.get_one(Member, member.id))


def test_organization_with_members_cannot_be_deleted(db: Database) -> None:
    with db.transaction() as session:
        organization = Organization(name="株式会社みなと精工", reading="みなとせいこう")
        member = _member(session)
        member.organization = organization
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.execute(Organization.__table__.delete().where(Organization.id == organization.id))


def test_reading_is_required(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Member(family_name="今", family_name_reading=""))


def test_remark_belongs_to_exactly_one_parent(db: Database) -> None:
    with db.transaction() as session:
        meeting = _meeting(session, Body(name="定例会"))
        item = AgendaItem(title="議題")
        meeting.agenda_items.append(item)
        member = _member(session)
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(
            Remark(
                speaker_member_id=member.id,
                text="親のない発言",
                captured_at=datetime.now(UTC),
            )
        )
    with db.transaction() as session:
        session.add(
            Remark(
                agenda_item_id=item.id,
                speaker_member_id=member.id,
                text="アッセンブリを行う企業は多くないイメージ",
                captured_at=datetime.now(UTC),
            )
        )
    with db.session() as session:
        assert session.scalars(select(Remark.text)).one().startswith("アッセンブリ")


def test_naive_timestamps_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.transaction() as session:
        meeting = _meeting(session, Body(name="定例会"))
        item = AgendaItem(title="議題")
        meeting.agenda_items.append(item)
        session.flush()
        session.add(
            Remark(
                agenda_item_id=item.id,
                speaker_name="来賓",
                text="x",
                captured_at=datetime(2022, 7, 4, 19, 5),
            )
        )
