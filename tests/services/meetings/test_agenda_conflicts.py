"""Two people edit the same agenda: its items, their order and labels, the decisions
(決定事項) and the action items (宿題). The second change is refused, nothing overwritten."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.models import ActionItem
from app.models.enums import ActionStatus
from app.services.meetings import agenda
from app.services.meetings.agenda import LabelStyle
from app.services.problems import EditConflict, Record
from tests.meeting_room import Room
from tests.two_users import Users, b_saves_inside_a_write, postgres_only


def _titles(users: Users, room: Room) -> list[str]:
    return [f"{e.label}{e.title}" for e in agenda.items(users.b, room.meeting_id)]


def test_agenda_item_second_save_is_a_conflict(users: Users, room: Room) -> None:
    a_sees = agenda.items(users.a, room.meeting_id)[0]
    agenda.save_item(users.b, room.meeting_id, replace(a_sees, result="承認"))
    with pytest.raises(EditConflict) as conflict:
        agenda.save_item(users.a, room.meeting_id, replace(a_sees, description="A の説明"))
    assert conflict.value.record is Record.AGENDA_ITEM
    assert (conflict.value.theirs.result, conflict.value.mine.description) == ("承認", "A の説明")
    assert agenda.items(users.a, room.meeting_id)[0].description == ""
    agenda.save_item(
        users.a,
        room.meeting_id,
        replace(conflict.value.mine, version=conflict.value.theirs.version),
    )
    now = agenda.items(users.b, room.meeting_id)[0]
    assert (now.result, now.description) == ("", "A の説明")


def test_deleting_an_item_changed_since_is_a_conflict(users: Users, room: Room) -> None:
    a_sees = agenda.items(users.a, room.meeting_id)[2]
    agenda.save_item(users.b, room.meeting_id, replace(a_sees, title="その他(B が追記)"))
    with pytest.raises(EditConflict) as conflict:
        agenda.delete_item(users.a, a_sees)
    assert conflict.value.mine is None and conflict.value.theirs.title == "その他(B が追記)"
    assert len(agenda.items(users.a, room.meeting_id)) == 3
    agenda.delete_item(users.a, conflict.value.theirs)  # delete anyway, as the dialog showed
    assert len(agenda.items(users.a, room.meeting_id)) == 2


def test_moving_in_an_agenda_changed_since_is_a_conflict(users: Users, room: Room) -> None:
    a_sees = agenda.items(users.a, room.meeting_id)
    b_sees = agenda.items(users.b, room.meeting_id)
    agenda.move_item(users.b, room.meeting_id, room.item_ids[1], 0, shown=b_sees)
    before = _titles(users, room)
    with pytest.raises(EditConflict) as conflict:
        agenda.move_item(users.a, room.meeting_id, room.item_ids[2], 0, shown=a_sees)
    assert conflict.value.record is Record.AGENDA
    assert list(conflict.value.theirs.items) == [
        "① スマートナビについて",
        "② 他地域企業団体との連携について",
        "③ その他",
    ]
    assert conflict.value.mine.items[0] == "① その他"  # what moving it now would give
    assert _titles(users, room) == before
    agenda.move_item(
        users.a, room.meeting_id, room.item_ids[2], 0, shown=conflict.value.theirs.entries
    )
    assert _titles(users, room)[0] == "①その他"


def test_renumbering_an_agenda_changed_since_is_a_conflict(users: Users, room: Room) -> None:
    a_sees = agenda.items(users.a, room.meeting_id)
    agenda.save_item(users.b, room.meeting_id, replace(a_sees[1], title="スマートナビ(改)"))
    with pytest.raises(EditConflict) as conflict:
        agenda.relabel(users.a, room.meeting_id, LabelStyle.PARENTHESIZED, shown=a_sees)
    assert conflict.value.mine.items[1] == "(2) スマートナビ(改)"
    assert _titles(users, room)[0] == "①他地域企業団体との連携について"
    agenda.relabel(
        users.a, room.meeting_id, LabelStyle.PARENTHESIZED, shown=conflict.value.theirs.entries
    )
    assert _titles(users, room)[1] == "(2)スマートナビ(改)"


def test_two_decisions_on_the_same_item_lose_neither(users: Users, room: Room) -> None:
    a_sees = agenda.items(users.a, room.meeting_id)[0]
    agenda.set_resolution(users.b, a_sees, "B の決定")
    with pytest.raises(EditConflict) as conflict:
        agenda.set_resolution(users.a, a_sees, "A の決定")
    assert (conflict.value.theirs.resolution, conflict.value.mine.resolution) == (
        "B の決定",
        "A の決定",
    )
    assert agenda.items(users.a, room.meeting_id)[0].resolution == "B の決定"
    agenda.set_resolution(users.a, conflict.value.theirs, "B の決定\nA の決定")
    assert agenda.items(users.b, room.meeting_id)[0].resolution == "B の決定\nA の決定"


def test_a_renumbered_item_keeps_taking_decisions(users: Users, room: Room) -> None:
    """Moving items gives each a new version; its decisions are unchanged: no conflict."""
    a_sees = agenda.items(users.a, room.meeting_id)
    agenda.move_item(users.b, room.meeting_id, room.item_ids[2], 0, shown=a_sees)
    saved = agenda.set_resolution(users.a, a_sees[0], "承認")
    assert saved.resolution == "承認" and saved.label == "②"


def test_deleting_an_action_item_changed_or_deleted_since_is_a_conflict(
    users: Users, room: Room
) -> None:
    first = agenda.add_action(users.a, room.item_ids[0], "日程照会", owner_name="事務局")
    second = agenda.add_action(users.a, room.item_ids[0], "資料準備", owner_name="事務局")
    with users.b.transaction() as session:  # B closes it (as the next meeting does)
        session.get_one(ActionItem, first.id).status = ActionStatus.DONE
    with pytest.raises(EditConflict) as changed:
        agenda.delete_action(users.a, first)
    assert changed.value.record is Record.ACTION_ITEM and changed.value.mine is None
    agenda.delete_action(users.b, second)
    with pytest.raises(EditConflict) as deleted:
        agenda.delete_action(users.a, second)
    assert deleted.value.theirs is None
    with users.a.session() as session:
        assert session.scalars(select(ActionItem.text)).all() == ["日程照会"]


@postgres_only
def test_decisions_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_sees = agenda.items(users.a, room.meeting_id)[0]
    b_saves_inside_a_write(
        monkeypatch, agenda, lambda: agenda.set_resolution(users.b, a_sees, "B の決定")
    )
    with pytest.raises(EditConflict):
        agenda.set_resolution(users.a, a_sees, "A の決定")
    assert agenda.items(users.a, room.meeting_id)[0].resolution == "B の決定"


@postgres_only
def test_agenda_item_saves_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = agenda.items(users.a, room.meeting_id)[0]
    b_saves_inside_a_write(
        monkeypatch,
        agenda,
        lambda: agenda.save_item(users.b, room.meeting_id, replace(item, title="B")),
    )
    with pytest.raises(EditConflict):
        agenda.save_item(users.a, room.meeting_id, replace(item, title="A"))
    assert agenda.items(users.a, room.meeting_id)[0].title == "B"


@postgres_only
def test_agenda_moves_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = agenda.items(users.a, room.meeting_id)
    b_saves_inside_a_write(
        monkeypatch,
        agenda,
        lambda: agenda.move_item(users.b, room.meeting_id, room.item_ids[1], 0, shown=shown),
        check="_expect_agenda",
    )
    with pytest.raises(EditConflict):
        agenda.move_item(users.a, room.meeting_id, room.item_ids[2], 0, shown=shown)
    assert _titles(users, room)[0] == "①スマートナビについて"  # B's move, and only it
