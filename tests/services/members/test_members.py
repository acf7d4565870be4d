from datetime import date, time

from app.models import Attendance, Body, Meeting, Member, Organization
from app.services.members import listing as members
from app.services.members import organizations
from app.storage.database import Database
from tests.shared_prefixes import EXPECTED_NAMES, add_shared_prefix_members


def _add(db: Database, family: str, reading: str, organization: Organization | None = None) -> int:
    with db.transaction() as session:
        member = Member(family_name=family, family_name_reading=reading, organization=organization)
        session.add(member)
    return member.id


def test_list_is_in_gojuon_order_with_katakana_and_hiragana_alike(db: Database) -> None:
    _add(db, "野口", "のぐち")
    _add(db, "今", "コン")  # katakana reading sorts with hiragana
    _add(db, "斉藤", "さいとう")
    names = [row.full_name for row in members.list_members(db)]
    assert names == ["今", "斉藤", "野口"]


def test_member_without_records_is_deleted(db: Database) -> None:
    member_id = _add(db, "嶋", "しま")
    assert members.remove_member(db, member_id, version=1) is False
    assert members.list_members(db) == []


def test_member_in_a_record_is_archived_not_deleted(db: Database) -> None:
    member_id = _add(db, "丸山", "まるやま")
    with db.transaction() as session:
        meeting = Meeting(
            body=Body(name="定例会"),
            sequence_number=1,
            fiscal_year=2022,
            held_on=date(2022, 7, 4),
            start_time=time(19),
        )
        session.add(Attendance(meeting=meeting, member_id=member_id))
    assert members.remove_member(db, member_id, version=1) is True
    rows = members.list_members(db)
    assert [row.archived for row in rows] == [True]
    assert members.list_members(db, include_archived=False) == []


def test_organization_with_members_is_archived(db: Database) -> None:
    with db.transaction() as session:
        organization = Organization(name="株式会社みなと精工")
        session.add(organization)
    _add(db, "水木", "みずき", organization)
    assert organizations.remove_organization(db, organization.id, version=1) is True
    with db.transaction() as session:
        lonely = Organization(name="単独の団体")
        session.add(lonely)
    assert organizations.remove_organization(db, lonely.id, version=1) is False


def test_shared_family_name_prefixes_list_the_shorter_family_name_first(db: Database) -> None:
    add_shared_prefix_members(db)
    names = [row.full_name for row in members.list_members(db)]
    assert names == EXPECTED_NAMES
