"""Two people edit the same visit: the second save is refused with both versions (the
participants named), nothing overwritten; saving over them is deliberate and checked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.models.enums import VisitDirection
from app.services.problems import EditConflict, Record
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from tests.meeting_room import Room
from tests.two_users import Users, b_saves_inside_a_write, postgres_only

FORM = VisitForm(
    title="A地域ものづくり視察",
    direction=VisitDirection.OUTGOING,
    region="A地域",
    start_on="2022-07-28",
    itinerary=(("2022-07-28", "10:00", "A市役所", "意見交換"),),
)


def test_visit_second_save_is_a_conflict_and_overwrites_nothing(users: Users, room: Room) -> None:
    a_sees = visit_editing.save(users.a, replace(FORM, member_ids=(room.members["今"],)))
    assert a_sees.id is not None
    b_sees = visit_editing.load_form(users.b, a_sees.id)
    visit_editing.save(users.b, replace(b_sees, findings="B の所見"))
    with pytest.raises(EditConflict) as conflict:
        visit_editing.save(users.a, replace(a_sees, member_ids=(room.members["野口"],)))
    assert conflict.value.record is Record.VISIT
    assert conflict.value.theirs.findings == "B の所見"
    assert conflict.value.references["member_ids"] == {
        room.members["今"]: "今 太郎",
        room.members["野口"]: "野口 太郎",
    }
    now = visit_editing.load_form(users.a, a_sees.id)
    assert (now.findings, now.member_ids) == ("B の所見", (room.members["今"],))
    visit_editing.save(users.a, replace(conflict.value.mine, version=conflict.value.theirs.version))
    now = visit_editing.load_form(users.b, a_sees.id)
    assert (now.findings, now.member_ids) == ("", (room.members["野口"],))


@postgres_only
def test_visit_saves_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_sees = visit_editing.save(users.a, FORM)
    b_saves_inside_a_write(
        monkeypatch,
        visit_editing,
        lambda: visit_editing.save(users.b, replace(a_sees, region="B")),
    )
    with pytest.raises(EditConflict):
        visit_editing.save(users.a, replace(a_sees, region="A"))
    assert visit_editing.load_form(users.a, a_sees.id or 0).region == "B"
