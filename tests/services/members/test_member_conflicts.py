"""Two people edit the same member or organization: the second save is refused with both
versions, nothing is overwritten, and saving over them is a deliberate, checked act."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.members import editing as member_editing
from app.services.members import listing as members
from app.services.members import organizations
from app.services.members.editing import MemberForm
from app.services.members.organizations import OrganizationForm
from app.services.problems import EditConflict, Record
from tests.two_users import Users, b_saves_inside_a_write, postgres_only

SAITO = MemberForm(family_name="斉藤", given_name="一郎", reading="さいとう いちろう")


def _member(users: Users) -> int:
    saved = member_editing.save(users.a, SAITO)
    assert saved.id is not None
    return saved.id


def test_member_second_save_is_a_conflict_and_overwrites_nothing(users: Users) -> None:
    member_id = _member(users)
    a_sees = member_editing.load_form(users.a, member_id)
    b_sees = member_editing.load_form(users.b, member_id)
    member_editing.save(users.b, replace(b_sees, phone="045-111-1111"))
    with pytest.raises(EditConflict) as conflict:
        member_editing.save(users.a, replace(a_sees, email="a@example.jp"))
    assert conflict.value.record is Record.MEMBER
    assert conflict.value.theirs.phone == "045-111-1111" and conflict.value.theirs.email == ""
    assert conflict.value.mine.email == "a@example.jp" and conflict.value.mine.phone == ""
    now = member_editing.load_form(users.b, member_id)
    assert (now.phone, now.email) == ("045-111-1111", "")  # B's save stands, A's is not in
    # A chose to save theirs over: checked against the version the dialog showed
    mine = replace(conflict.value.mine, version=conflict.value.theirs.version)
    member_editing.save(users.a, mine)
    now = member_editing.load_form(users.b, member_id)
    assert (now.phone, now.email) == ("", "a@example.jp")


def test_member_a_third_save_before_the_overwrite_is_a_conflict_again(users: Users) -> None:
    member_id = _member(users)
    a_sees = member_editing.load_form(users.a, member_id)
    member_editing.save(users.b, replace(a_sees, notes="B 1"))
    with pytest.raises(EditConflict) as first:
        member_editing.save(users.a, replace(a_sees, notes="A"))
    b_again = member_editing.load_form(users.b, member_id)
    member_editing.save(users.b, replace(b_again, notes="B 2"))
    with pytest.raises(EditConflict) as second:
        member_editing.save(users.a, replace(first.value.mine, version=first.value.theirs.version))
    assert second.value.theirs.notes == "B 2"
    assert member_editing.load_form(users.a, member_id).notes == "B 2"


def test_member_deleted_by_b_is_a_conflict_with_nothing_to_save_over(users: Users) -> None:
    member_id = _member(users)
    a_sees = member_editing.load_form(users.a, member_id)
    members.remove_member(users.b, member_id, version=a_sees.version or 0)  # no record: deleted
    with pytest.raises(EditConflict) as conflict:
        member_editing.save(users.a, replace(a_sees, notes="A"))
    assert conflict.value.theirs is None and conflict.value.mine.notes == "A"
    assert members.list_members(users.a) == []  # not brought back by A's save


def test_removing_a_member_changed_since_is_a_conflict(users: Users) -> None:
    member_id = _member(users)
    [a_sees] = members.list_members(users.a)
    b_sees = member_editing.load_form(users.b, member_id)
    member_editing.save(users.b, replace(b_sees, notes="B が更新"))
    with pytest.raises(EditConflict) as conflict:
        members.remove_member(users.a, member_id, version=a_sees.version)
    assert conflict.value.mine is None and conflict.value.theirs.notes == "B が更新"
    assert [row.archived for row in members.list_members(users.b)] == [False]
    members.remove_member(users.a, member_id, version=conflict.value.theirs.version or 0)
    assert members.list_members(users.b) == []


@postgres_only
def test_member_saves_at_the_same_moment_give_a_conflict_not_a_stale_data_error(
    users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    member_id = _member(users)
    a_sees = member_editing.load_form(users.a, member_id)
    b_saved = b_saves_inside_a_write(
        monkeypatch,
        member_editing,
        lambda: member_editing.save(users.b, replace(a_sees, phone="045-222-2222")),
    )
    with pytest.raises(EditConflict) as conflict:
        member_editing.save(users.a, replace(a_sees, phone="090-0000-0000"))
    assert b_saved and conflict.value.theirs.phone == "045-222-2222"
    assert member_editing.load_form(users.a, member_id).phone == "045-222-2222"


def _organization(users: Users) -> OrganizationForm:
    return organizations.save(users.a, OrganizationForm(name="綾瀬精工株式会社"))


def test_organization_second_save_is_a_conflict_and_overwrites_nothing(users: Users) -> None:
    a_sees = _organization(users)
    assert a_sees.id is not None
    organizations.save(users.b, replace(a_sees, region="綾瀬市"))
    with pytest.raises(EditConflict) as conflict:
        organizations.save(users.a, replace(a_sees, phone="0467-00-0000"))
    assert conflict.value.record is Record.ORGANIZATION
    assert (conflict.value.theirs.region, conflict.value.mine.phone) == ("綾瀬市", "0467-00-0000")
    assert organizations.load_form(users.b, a_sees.id).phone == ""
    mine = replace(conflict.value.mine, version=conflict.value.theirs.version)
    organizations.save(users.a, mine)
    now = organizations.load_form(users.b, a_sees.id)
    assert (now.region, now.phone) == ("", "0467-00-0000")


def test_removing_or_restoring_an_organization_changed_since_is_a_conflict(
    users: Users,
) -> None:
    a_sees = _organization(users)
    organizations.save(users.b, replace(a_sees, notes="B"))
    with pytest.raises(EditConflict) as removing:
        organizations.remove_organization(users.a, a_sees.id or 0, version=a_sees.version or 0)
    assert removing.value.mine is None
    member_editing.save(users.b, replace(SAITO, organization=a_sees.name))  # now in use
    version = removing.value.theirs.version
    assert organizations.remove_organization(users.a, a_sees.id or 0, version=version) is True
    [archived] = [r for r in organizations.list_organizations(users.b) if r.id == a_sees.id]
    organizations.restore(users.b, archived.id, version=archived.version)
    with pytest.raises(EditConflict):
        organizations.restore(users.a, archived.id, version=archived.version)


@postgres_only
def test_organization_saves_at_the_same_moment_give_a_conflict(
    users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_sees = _organization(users)
    b_saves_inside_a_write(
        monkeypatch,
        organizations,
        lambda: organizations.save(users.b, replace(a_sees, region="B")),
    )
    with pytest.raises(EditConflict):
        organizations.save(users.a, replace(a_sees, region="A"))
    assert organizations.load_form(users.a, a_sees.id or 0).region == "B"
