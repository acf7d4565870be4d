"""議題: the agenda of a meeting, its decisions (→) and action items, and what carries over."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from app.japanese.numbering import CIRCLED, circled
from app.models import ActionItem, AgendaItem, Meeting, Remark, Visit
from app.models.enums import ActionStatus, AgendaKind, ResponseStatus
from app.services.capture.remarks import remark_entry
from app.services.meetings.ordering import remove_and_renumber
from app.services.meetings.rows import ActionEntry, AgendaEntry, CarriedOver
from app.services.problems import Invalid, Problem
from app.storage.database import Database


class LabelStyle(StrEnum):
    CIRCLED = "circled"  # ①
    PARENTHESIZED = "parenthesized"  # (1)
    PLAIN = "plain"  # 1


def label_for(style: LabelStyle, number: int) -> str:
    if style is LabelStyle.CIRCLED:
        return circled(number)
    if style is LabelStyle.PARENTHESIZED:
        return f"({number})"
    return str(number)


def style_of(label: str) -> LabelStyle:
    if label and label[0] in CIRCLED:
        return LabelStyle.CIRCLED
    if label.startswith("("):
        return LabelStyle.PARENTHESIZED
    return LabelStyle.PLAIN


def _entry(item: AgendaItem) -> AgendaEntry:
    return AgendaEntry(
        id=item.id,
        position=item.position,
        label=item.label,
        title=item.title,
        kind=item.kind,
        description=item.description,
        presenter_member_id=item.presenter_id,
        presenter_name=item.presenter.full_name if item.presenter else item.presenter_name,
        result=item.result,
        resolution=item.resolution,
    )


def items(db: Database, meeting_id: int) -> list[AgendaEntry]:
    with db.session() as session:
        return [_entry(item) for item in session.get_one(Meeting, meeting_id).agenda_items]


def save_item(db: Database, meeting_id: int, entry: AgendaEntry) -> AgendaEntry:
    """Add (``entry.id == 0``: at the end, labelled in the agenda's style) or update."""
    if not entry.title.strip():
        raise Invalid({"title": Problem.MISSING})
    with db.transaction() as session:
        meeting = session.get_one(Meeting, meeting_id)
        if entry.id:
            item = session.get_one(AgendaItem, entry.id)
        else:
            style = style_of(meeting.agenda_items[0].label) if meeting.agenda_items else None
            item = AgendaItem(title=entry.title)
            meeting.agenda_items.append(item)
            if not entry.label and style is not None:
                entry = replace(entry, label=label_for(style, len(meeting.agenda_items)))
            elif not entry.label:
                entry = replace(entry, label=label_for(LabelStyle.CIRCLED, 1))
        item.label = entry.label.strip()
        item.title = entry.title.strip()
        item.kind = entry.kind
        item.description = entry.description.strip()
        item.presenter_id = entry.presenter_member_id
        item.presenter_name = "" if entry.presenter_member_id else entry.presenter_name.strip()
        item.result = entry.result.strip()
        item.resolution = entry.resolution.strip()
        session.flush()
        return _entry(item)


def delete_item(db: Database, agenda_item_id: int) -> None:
    with db.transaction() as session:
        item = session.get_one(AgendaItem, agenda_item_id)
        meeting = item.meeting
        remove_and_renumber(session, meeting.agenda_items, item)


def move_item(db: Database, agenda_item_id: int, position: int) -> int:
    """Move an item in the agenda (labels follow the new order); returns where it ended."""
    with db.transaction() as session:
        item = session.get_one(AgendaItem, agenda_item_id)
        meeting = item.meeting
        ordered = [other for other in meeting.agenda_items if other is not item]
        position = max(0, min(position, len(ordered)))
        ordered.insert(position, item)
        style = style_of(ordered[0].label if ordered[0] is not item else item.label)
        for number, other in enumerate(ordered, start=1):
            other.position = number - 1
            new_label = label_for(style, number)
            if other.label != new_label:
                other.label = new_label
        meeting.agenda_items.sort(key=lambda entry: entry.position)
        return position


def relabel(db: Database, meeting_id: int, style: LabelStyle) -> None:
    """Number the whole agenda in one style: ①②③, (1)(2)(3) or 1 2 3."""
    with db.transaction() as session:
        for number, item in enumerate(session.get_one(Meeting, meeting_id).agenda_items, 1):
            new_label = label_for(style, number)
            if item.label != new_label:
                item.label = new_label


def add_decision(db: Database, agenda_item_id: int, text: str) -> str:
    """Append a decision (決定事項, shown as 「→ …」) to the item; returns the whole text."""
    if not text.strip():
        raise Invalid({"resolution": Problem.MISSING})
    with db.transaction() as session:
        item = session.get_one(AgendaItem, agenda_item_id)
        lines = [line for line in item.resolution.splitlines() if line.strip()]
        lines.append(text.strip())
        item.resolution = "\n".join(lines)
        return item.resolution


def set_resolution(db: Database, agenda_item_id: int, resolution: str) -> None:
    with db.transaction() as session:
        session.get_one(AgendaItem, agenda_item_id).resolution = resolution


def add_action(
    db: Database,
    agenda_item_id: int,
    text: str,
    *,
    owner_member_id: int | None = None,
    owner_name: str = "",
    due_on: date | None = None,
) -> int:
    """An action item (宿題) with an owner (a member or e.g. 事務局) and a due date."""
    if not text.strip():
        raise Invalid({"text": Problem.MISSING})
    with db.transaction() as session:
        existing = session.scalars(
            select(ActionItem.position).where(ActionItem.agenda_item_id == agenda_item_id)
        ).all()
        action = ActionItem(
            agenda_item_id=agenda_item_id,
            position=max(existing, default=-1) + 1,
            text=text.strip(),
            owner_member_id=owner_member_id,
            owner_name="" if owner_member_id else owner_name.strip(),
            due_on=due_on,
        )
        session.add(action)
        session.flush()
        return action.id


def delete_action(db: Database, action_id: int) -> None:
    with db.transaction() as session:
        session.delete(session.get_one(ActionItem, action_id))


def _action_entry(action: ActionItem, meeting: Meeting, item: AgendaItem) -> ActionEntry:
    return ActionEntry(
        id=action.id,
        text=action.text,
        owner=action.owner.full_name if action.owner else action.owner_name,
        due_on=action.due_on,
        meeting_title=meeting.title,
        agenda_title=item.title,
    )


def actions(db: Database, agenda_item_id: int) -> list[ActionEntry]:
    with db.session() as session:
        item = session.get_one(AgendaItem, agenda_item_id)
        query = (
            select(ActionItem)
            .where(ActionItem.agenda_item_id == agenda_item_id)
            .order_by(ActionItem.position, ActionItem.id)
        )
        return [_action_entry(action, item.meeting, item) for action in session.scalars(query)]


def carried_over(db: Database, meeting_id: int) -> CarriedOver:
    """Open action items and remarks awaiting a response from earlier meetings of the
    same body: 前回からの継続事項 and 前回意見への対応."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        earlier = (
            select(AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(Meeting.body_id == meeting.body_id, Meeting.id != meeting.id)
            .where(
                (Meeting.held_on < meeting.held_on)
                | ((Meeting.held_on == meeting.held_on) & (Meeting.id < meeting.id))
            )
        )
        open_actions = session.scalars(
            select(ActionItem)
            .where(ActionItem.agenda_item_id.in_(earlier))
            .where(ActionItem.status != ActionStatus.DONE)
            .order_by(ActionItem.agenda_item_id, ActionItem.position)
        ).all()
        pending = session.scalars(
            select(Remark)
            .where(Remark.agenda_item_id.in_(earlier))
            .where(Remark.response_status.in_([ResponseStatus.PENDING, ResponseStatus.IN_PROGRESS]))
            .order_by(Remark.captured_at, Remark.id)
        ).all()
        entries = []
        for action in open_actions:
            item = session.get_one(AgendaItem, action.agenda_item_id)
            entries.append(_action_entry(action, item.meeting, item))
        visit_actions = session.execute(
            select(ActionItem, Visit)
            .join(Visit, ActionItem.visit_id == Visit.id)
            .where(Visit.start_on < meeting.held_on, ActionItem.status != ActionStatus.DONE)
            .order_by(Visit.start_on, ActionItem.position)
        ).all()
        entries += [
            ActionEntry(
                id=action.id,
                text=action.text,
                owner=action.owner.full_name if action.owner else action.owner_name,
                due_on=action.due_on,
                meeting_title=visit.title,  # where it came from: the visit
                agenda_title="",
            )
            for action, visit in visit_actions
        ]
        return CarriedOver(actions=entries, pending_remarks=[remark_entry(r) for r in pending])


def kinds() -> list[AgendaKind]:
    return list(AgendaKind)
