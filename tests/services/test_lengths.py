"""Text longer than its column is refused with TOO_LONG under the field, before the
database sees it (PostgreSQL would fail mid-transaction, SQLite store it whole)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Member, Organization
from app.services import lengths
from app.services.members import editing as member_editing
from app.services.members import organizations
from app.services.problems import Invalid, Problem
from app.storage.database import Database


def test_the_limits_come_from_the_models() -> None:
    limits = lengths.max_lengths(Member)
    assert limits["family_name"] == 60 and limits["email"] == 200
    assert "notes" not in limits  # Text: no limit to enforce
    assert lengths.too_long(Member, {"family_name": "斉" * 60, "email": "a" * 201}) == {
        "email": Problem.TOO_LONG
    }


def test_any_write_of_a_too_long_text_is_refused_by_field(db: Database) -> None:
    with pytest.raises(Invalid) as raised, db.transaction() as session:
        session.add(Member(family_name="斉" * 61, family_name_reading="さいとう"))
    assert raised.value.problems == {"family_name": Problem.TOO_LONG}
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0


def test_an_edit_that_makes_a_text_too_long_is_refused(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organization(name="みなと精工"))
    with pytest.raises(Invalid) as raised, db.transaction() as session:
        organization = session.scalars(select(Organization)).one()
        organization.address = "港区" * 200
    assert raised.value.problems == {"address": Problem.TOO_LONG}


def test_the_forms_name_the_field(db: Database) -> None:
    form = member_editing.MemberForm(
        family_name="斉藤", reading="さいとう" * 40, position_title="代表" * 60
    )
    assert member_editing.validate(db, form) == {"reading": Problem.TOO_LONG}
    form = member_editing.MemberForm(family_name="斉藤", reading="さいとう", address="港" * 301)
    with pytest.raises(Invalid) as raised:
        member_editing.save(db, form)
    assert raised.value.problems == {"address": Problem.TOO_LONG}
    too_long = organizations.OrganizationForm(name="社" * 201, postal_code="1" * 11)
    assert organizations.validate(db, too_long) == {
        "name": Problem.TOO_LONG,
        "postal_code": Problem.TOO_LONG,
    }
