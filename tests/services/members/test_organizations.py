from dataclasses import replace

import pytest

from app.models.enums import OrganizationKind
from app.services.members import organizations
from app.services.members.organizations import OrganizationForm
from app.services.problems import EditConflict, Invalid, Problem
from app.storage.database import Database
from tests.meeting_room import Room


def test_add_edit_and_list_in_reading_order(db: Database, room: Room) -> None:
    city = organizations.save(
        db,
        OrganizationForm(
            "綾瀬市 工業振興課",
            "あやせし",
            OrganizationKind.MUNICIPALITY,
            phone="０４６７－７０－５６３０",
        ),
    )
    rows = organizations.list_organizations(db)
    assert [r.name for r in rows] == [
        "綾瀬市 工業振興課",
        "綾瀬精工株式会社",
    ]  # あやせし < あやせせいこう
    assert rows[1].member_count == len(room.members)
    assert organizations.load_form(db, city.id or 0).phone == "0467-70-5630"
    with pytest.raises(EditConflict):
        organizations.save(db, replace(city, version=(city.version or 0) - 1))


def test_problems_are_reported_per_field(db: Database, room: Room) -> None:
    with pytest.raises(Invalid) as invalid:
        organizations.save(db, OrganizationForm("綾瀬精工株式会社", "Ayase", phone="abc"))
    assert invalid.value.problems == {
        "name": Problem.DUPLICATE_ORGANIZATION,
        "reading": Problem.READING_NOT_KANA,
        "phone": Problem.BAD_PHONE,
    }
    # MISSING, not the roster's MISSING_NAME: an organization has no 氏名 (a person's name).
    assert organizations.validate(db, OrganizationForm("　")) == {"name": Problem.MISSING}


def test_an_organization_in_use_is_archived_and_can_be_restored(db: Database, room: Room) -> None:
    used = organizations.list_organizations(db)[0]
    assert organizations.remove_organization(db, used.id, version=used.version) is True
    archived = organizations.list_organizations(db)[0]
    assert archived.archived
    organizations.restore(db, used.id, version=archived.version)
    assert not organizations.list_organizations(db)[0].archived
    unused = organizations.save(db, OrganizationForm("商工会議所"))
    assert organizations.remove_organization(db, unused.id or 0, version=1) is False
    assert [r.name for r in organizations.list_organizations(db)] == ["綾瀬精工株式会社"]
