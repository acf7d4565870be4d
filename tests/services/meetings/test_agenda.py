from datetime import date

import pytest
from sqlalchemy import select

from app.models import ActionItem
from app.models.enums import ActionStatus, AgendaKind, RemarkKind, ResponseStatus
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.meetings import agenda, responses
from app.services.meetings.agenda import LabelStyle
from app.services.meetings.rows import AgendaEntry
from app.services.problems import Invalid, Problem
from app.storage.database import Database
from tests.meeting_room import Room, make_meeting


def _titles(db: Database, room: Room) -> list[tuple[str, str]]:
    return [(item.label, item.title) for item in agenda.items(db, room.meeting_id)]


def test_new_items_follow_the_agenda_label_style(db: Database, room: Room) -> None:
    added = agenda.save_item(
        db, room.meeting_id, AgendaEntry(0, 0, "", "次回日程", AgendaKind.OTHER)
    )
    assert added.label == "④"
    shown = agenda.items(db, room.meeting_id)
    agenda.relabel(db, room.meeting_id, LabelStyle.PARENTHESIZED, shown=shown)
    assert [label for label, _title in _titles(db, room)] == ["(1)", "(2)", "(3)", "(4)"]
    with pytest.raises(Invalid) as refused:
        agenda.save_item(db, room.meeting_id, AgendaEntry(0, 0, "", " ", AgendaKind.OTHER))
    assert refused.value.problems == {"title": Problem.MISSING}


def test_moving_an_item_renumbers_the_labels(db: Database, room: Room) -> None:
    shown = agenda.items(db, room.meeting_id)
    assert agenda.move_item(db, room.meeting_id, room.item_ids[2], 0, shown=shown) == 0
    assert _titles(db, room) == [
        ("①", "その他"),
        ("②", "他地域企業団体との連携について"),
        ("③", "スマートナビについて"),
    ]
    [first] = [e for e in agenda.items(db, room.meeting_id) if e.id == room.item_ids[0]]
    agenda.delete_item(db, first)
    assert [title for _label, title in _titles(db, room)] == ["その他", "スマートナビについて"]


def test_decisions_accumulate_as_lines(db: Database, room: Room) -> None:
    item = room.item_ids[0]
    agenda.add_decision(db, item, "7月末にA地域を委員数名で訪問")
    text = agenda.add_decision(db, item, "視察、意見交換を通し連携の礎を築く")
    assert text == "7月末にA地域を委員数名で訪問\n視察、意見交換を通し連携の礎を築く"
    assert agenda.items(db, room.meeting_id)[0].resolution == text


def test_the_next_meeting_shows_open_actions_and_pending_remarks(db: Database, room: Room) -> None:
    item = room.item_ids[0]
    done = agenda.add_action(db, item, "済んだ宿題", owner_name="事務局")
    agenda.add_action(
        db, item, "A地域へ日程照会", owner_member_id=room.members["今"], due_on=date(2022, 7, 20)
    )
    agenda.add_action(db, item, "事務局で資料準備", owner_name="事務局")
    with db.transaction() as session:
        session.get_one(ActionItem, done.id).status = ActionStatus.DONE
    pending = capture.add_remark(db, item, RemarkInput("BCPの視点も入れたい", room.members["髙橋"]))
    answered = capture.add_remark(db, item, RemarkInput("交流を図りたい", room.members["野口"]))
    capture.add_remark(db, item, RemarkInput("回答", room.members["斉藤"], kind=RemarkKind.ANSWER))
    responses.set_response(db, answered, ResponseStatus.DONE, "8月に実施")

    following = make_meeting(db, room.body_id, "2022-08-01", ["報告"])
    carried = agenda.carried_over(db, following.id)
    assert [(a.text, a.owner, a.due_on) for a in carried.actions] == [
        ("A地域へ日程照会", "今 太郎", date(2022, 7, 20)),
        ("事務局で資料準備", "事務局", None),
    ]
    assert [r.uuid for r in carried.pending_remarks] == [pending.uuid]
    # an earlier meeting does not carry the later one's items, nor does another body
    assert agenda.carried_over(db, room.meeting_id).actions == []


def test_actions_are_listed_per_item_and_can_be_deleted(db: Database, room: Room) -> None:
    item = room.item_ids[1]
    first = agenda.add_action(db, item, "委員会アカウントを作成する", owner_name="事務局")
    agenda.add_action(db, item, "BLOG機能で公開", owner_member_id=room.members["野口"])
    assert [a.text for a in agenda.actions(db, item)] == [
        "委員会アカウントを作成する",
        "BLOG機能で公開",
    ]
    agenda.delete_action(db, first)
    with db.session() as session:
        assert session.scalars(select(ActionItem.text)).all() == ["BLOG機能で公開"]
