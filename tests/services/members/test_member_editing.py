from dataclasses import replace

import pytest

from app.services.codes import CouncilRole
from app.services.members import editing as member_editing
from app.services.members import listing as members
from app.services.members.editing import EditConflict, MemberForm
from app.services.problems import Invalid, Problem
from app.storage.database import Database

SAITO = MemberForm(
    family_name="斉藤",
    given_name="一郎",
    reading="さいとう いちろう",
    organization="株式会社みなと精工",
    position_title="代表取締役",
    council_role=CouncilRole.CHAIR,
    term_start="2024-04-01",
    term_end="2026/3/31",
    email="saito@example.jp",
)


def test_new_member_is_saved_with_a_new_organization(db: Database) -> None:
    saved = member_editing.save(db, SAITO)
    assert saved.id is not None and saved.version == 1
    loaded = member_editing.load_form(db, saved.id)
    assert loaded.reading == "さいとう いちろう"
    assert loaded.term_end == "2026-03-31"
    assert member_editing.organization_names(db) == ["株式会社みなと精工"]
    assert [row.council_role for row in members.list_members(db)] == [CouncilRole.CHAIR]


def test_every_problem_is_reported_and_nothing_saved(db: Database) -> None:
    bad = replace(SAITO, reading="Saito", email="x", term_start="2026-04-01", term_end="2024-3-1")
    with pytest.raises(Invalid) as refused:
        member_editing.save(db, bad)
    assert refused.value.problems == {
        "reading": Problem.READING_NOT_KANA,
        "email": Problem.BAD_EMAIL,
        "term_end": Problem.TERM_ORDER,
    }
    assert members.list_members(db) == []


def test_the_same_person_twice_is_refused(db: Database) -> None:
    member_editing.save(db, SAITO)
    with pytest.raises(Invalid) as refused:
        member_editing.save(db, replace(SAITO, given_name="一郎 "))
    assert refused.value.problems == {"family_name": Problem.DUPLICATE_IN_DATABASE}


def test_edit_keeps_the_version_and_refuses_a_stale_form(db: Database) -> None:
    saved = member_editing.save(db, SAITO)
    edited = member_editing.save(db, replace(saved, position_title="会長"))
    assert edited.version == 2
    with pytest.raises(EditConflict):
        member_editing.save(db, replace(saved, position_title="古い画面からの変更"))
    assert member_editing.load_form(db, saved.id or 0).position_title == "会長"
