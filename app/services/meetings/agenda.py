"""議題: the agenda of a meeting, its decisions (→) and action items, and what carries over."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.japanese.numbering import CIRCLED, circled
from app.models import ActionItem, AgendaItem, Meeting, Remark, Visit
from app.models.enums import ActionStatus, AgendaKind, ResponseStatus
from app.services.capture.remarks import remark_entry
from app.services.meetings.ordering import remove_and_renumber
from app.services.meetings.rows import ActionEntry, AgendaEntry, AgendaOrder, CarriedOver
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write, stale
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
        version=item.version,
    )


def items(db: Database, meeting_id: int) -> list[AgendaEntry]:
    with db.session() as session:
        return [_entry(item) for item in session.get_one(Meeting, meeting_id).agenda_items]


def _saved_entry(db: Database, agenda_item_id: int) -> AgendaEntry | None:
    with db.session() as session:
        item = session.get(AgendaItem, agenda_item_id)
        return _entry(item) if item is not None else None


def _item_conflict(db: Database, agenda_item_id: int, mine: AgendaEntry | None) -> EditConflict:
    return EditConflict(Record.AGENDA_ITEM, _saved_entry(db, agenda_item_id), mine)


def save_item(db: Database, meeting_id: int, entry: AgendaEntry) -> AgendaEntry:
    """Add (``entry.id == 0``: at the end, labelled in the agenda's style) or update;
    an update raises :class:`EditConflict` if the item changed since ``entry.version``."""
    if not entry.title.strip():
        raise Invalid({"title": Problem.MISSING})
    with guarded_write(db, lambda: _item_conflict(db, entry.id, entry)) as session:
        meeting = session.get_one(Meeting, meeting_id)
        if entry.id:
            item = expect(session.get(AgendaItem, entry.id), entry.version)
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


def delete_item(db: Database, shown: AgendaEntry) -> None:
    """Delete the item as shown (:class:`EditConflict` if it has changed since)."""
    with guarded_write(db, lambda: _item_conflict(db, shown.id, None)) as session:
        item = expect(session.get(AgendaItem, shown.id), shown.version)
        meeting = item.meeting
        remove_and_renumber(session, meeting.agenda_items, item)


def _order(entries: Sequence[AgendaEntry]) -> AgendaOrder:
    return AgendaOrder(
        items=tuple(f"{entry.label} {entry.title}".strip() for entry in entries),
        entries=tuple(entries),
    )


def _relabelled(entries: Sequence[AgendaEntry], style: LabelStyle) -> list[AgendaEntry]:
    return [replace(e, label=label_for(style, number)) for number, e in enumerate(entries, 1)]


def _agenda_conflict(
    db: Database, meeting_id: int, arrange: Callable[[list[AgendaEntry]], list[AgendaEntry]]
) -> EditConflict:
    """The agenda as it is now, and as ``arrange`` would leave it if done now."""
    now = items(db, meeting_id)
    return EditConflict(Record.AGENDA, _order(now), _order(arrange(list(now))))


def _expect_agenda(meeting: Meeting, shown: Sequence[AgendaEntry]) -> None:
    """Stop the write unless the agenda is the one shown: the same items, order, versions."""
    now = [(item.id, item.version) for item in meeting.agenda_items]
    if now != [(entry.id, entry.version) for entry in shown]:
        raise stale(f"the agenda of meeting {meeting.id} has changed")


def _moved(entries: list[AgendaEntry], item_id: int, position: int) -> list[AgendaEntry]:
    """``entries`` with one item moved, numbered again in the first item's style."""
    moving = next((entry for entry in entries if entry.id == item_id), None)
    if moving is None:
        return entries
    ordered = [entry for entry in entries if entry is not moving]
    ordered.insert(max(0, min(position, len(ordered))), moving)
    return _relabelled(ordered, style_of(ordered[0].label))


def move_item(
    db: Database,
    meeting_id: int,
    agenda_item_id: int,
    position: int,
    *,
    shown: Sequence[AgendaEntry],
) -> int:
    """Move an item in the agenda (labels follow the new order); returns where it ended.

    ``shown`` is the agenda as the user saw it: :class:`EditConflict` if any of its items
    has changed since, or the agenda has others (the move renumbers them all).
    """

    def conflict() -> EditConflict:
        return _agenda_conflict(db, meeting_id, lambda now: _moved(now, agenda_item_id, position))

    with guarded_write(db, conflict) as session:
        meeting = session.get_one(Meeting, meeting_id)
        _expect_agenda(meeting, shown)
        item = session.get_one(AgendaItem, agenda_item_id)
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


def relabel(
    db: Database, meeting_id: int, style: LabelStyle, *, shown: Sequence[AgendaEntry]
) -> None:
    """Number the whole agenda in one style: ①②③, (1)(2)(3) or 1 2 3. ``shown``: the
    agenda as the user saw it (:class:`EditConflict` if it has changed since)."""

    def conflict() -> EditConflict:
        return _agenda_conflict(db, meeting_id, lambda now: _relabelled(now, style))

    with guarded_write(db, conflict) as session:
        meeting = session.get_one(Meeting, meeting_id)
        _expect_agenda(meeting, shown)
        for number, item in enumerate(meeting.agenda_items, 1):
            new_label = label_for(style, number)
            if item.label != new_label:
                item.label = new_label


def add_decision(db: Database, agenda_item_id: int, text: str) -> str:
    """Append a decision (決定事項, shown as 「→ …」) to the item; returns the whole text.

    It adds to the decisions as they are when it writes, so it needs no version; should
    another save land in between (PostgreSQL), it raises :class:`EditConflict`.
    """
    if not text.strip():
        raise Invalid({"resolution": Problem.MISSING})

    def conflict() -> EditConflict:
        theirs = _saved_entry(db, agenda_item_id)
        mine = None
        if theirs is not None:
            mine = replace(theirs, resolution=_with_line(theirs.resolution, text))
        return EditConflict(Record.AGENDA_ITEM, theirs, mine)

    with guarded_write(db, conflict) as session:
        item = session.get_one(AgendaItem, agenda_item_id)
        item.resolution = _with_line(item.resolution, text)
        return item.resolution


def _with_line(resolution: str, text: str) -> str:
    lines = [line for line in resolution.splitlines() if line.strip()]
    return "\n".join([*lines, text.strip()])


def set_resolution(db: Database, shown: AgendaEntry, resolution: str) -> AgendaEntry:
    """Replace the decisions (決定事項) of the item shown; returns the item as saved.

    :class:`EditConflict` if its decisions are no longer those shown (a new version that
    only renumbered the item keeps them, and is no conflict).
    """

    def conflict() -> EditConflict:
        theirs = _saved_entry(db, shown.id)
        mine = replace(theirs or shown, resolution=resolution)
        return EditConflict(Record.AGENDA_ITEM, theirs, mine)

    def same_decisions(item: AgendaItem) -> bool:
        return item.resolution == shown.resolution

    with guarded_write(db, conflict) as session:
        row = session.get(AgendaItem, shown.id)
        item = expect(row, shown.version, unchanged=same_decisions)
        item.resolution = resolution
        session.flush()
        return _entry(item)


def add_action(
    db: Database,
    agenda_item_id: int,
    text: str,
    *,
    owner_member_id: int | None = None,
    owner_name: str = "",
    due_on: date | None = None,
) -> ActionEntry:
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
        return action_entry(session, action)


def action_entry(session: Session, action: ActionItem) -> ActionEntry:
    """An action item of a meeting's agenda item or of a visit, as the lists show it."""
    if action.agenda_item_id is not None:
        item = session.get_one(AgendaItem, action.agenda_item_id)
        return _action_entry(action, item.meeting, item)
    return ActionEntry(
        id=action.id,
        text=action.text,
        owner=action.owner.full_name if action.owner else action.owner_name,
        due_on=action.due_on,
        version=action.version,
    )


def delete_action(db: Database, shown: ActionEntry) -> None:
    """Delete the action item shown (:class:`EditConflict` if it has changed since)."""

    def conflict() -> EditConflict:
        with db.session() as session:
            action = session.get(ActionItem, shown.id)
            theirs = action_entry(session, action) if action is not None else None
        return EditConflict(Record.ACTION_ITEM, theirs, None)

    with guarded_write(db, conflict) as session:
        session.delete(expect(session.get(ActionItem, shown.id), shown.version))


def _action_entry(action: ActionItem, meeting: Meeting, item: AgendaItem) -> ActionEntry:
    return ActionEntry(
        id=action.id,
        text=action.text,
        owner=action.owner.full_name if action.owner else action.owner_name,
        due_on=action.due_on,
        meeting_title=meeting.title,
        agenda_title=item.title,
        version=action.version,
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
                version=action.version,
            )
            for action, visit in visit_actions
        ]
        return CarriedOver(actions=entries, pending_remarks=[remark_entry(r) for r in pending])


def kinds() -> list[AgendaKind]:
    return list(AgendaKind)
