"""Agenda items (with their proposals, results and 決定事項) and action items in the search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import aliased

from app.models import ActionItem, AgendaItem, Body, Meeting, Member, Remark, Visit
from app.services.search.sources import (
    Follows,
    SearchSource,
    SourceDoc,
    joined,
    meeting_context,
    person_name,
)

if TYPE_CHECKING:
    from app.services.search.sources import AnySelect


@cache
def _agenda() -> AnySelect:
    presenter = aliased(Member)
    query = (
        select(
            AgendaItem.id,
            AgendaItem.label,
            AgendaItem.title,
            AgendaItem.description,
            AgendaItem.result,
            AgendaItem.resolution,
            AgendaItem.presenter_id,
            AgendaItem.presenter_name,
            presenter.family_name,
            presenter.given_name,
            Meeting.id,
            Meeting.held_on,
            Meeting.fiscal_year,
            Meeting.body_id,
            Meeting.sequence_number,
            Meeting.title,
            Body.name,
        )
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(presenter, presenter.id == AgendaItem.presenter_id)
    )
    return query


def _agenda_doc(row: Sequence[Any]) -> SourceDoc:
    (aid, label, title, description, result, resolution, presenter_id, presenter_name) = row[:8]
    (family, given, meeting_id, held_on, fiscal_year, body_id, sequence, meeting_title) = row[8:16]
    return SourceDoc(
        kind="agenda",
        owner_id=aid,
        text=joined(f"{label}{title}", description, result, resolution),
        happened_on=held_on,
        fiscal_year=fiscal_year,
        body_id=body_id,
        person_id=presenter_id,
        status=result or "",
        context=meeting_context(sequence, meeting_title, row[16]),
        person=person_name(family, given, presenter_name),
        meeting_id=meeting_id,
        visit_id=None,
    )


@cache
def _actions() -> AnySelect:
    owner = aliased(Member)
    source_remark = aliased(Remark)
    query = (
        select(
            ActionItem.id,
            ActionItem.text,
            ActionItem.owner_member_id,
            ActionItem.owner_name,
            ActionItem.status,
            owner.family_name,
            owner.given_name,
            Meeting.id,
            Meeting.held_on,
            Meeting.fiscal_year,
            Meeting.body_id,
            Meeting.sequence_number,
            Meeting.title,
            Body.name,
            Visit.id,
            Visit.start_on,
            Visit.fiscal_year,
            Visit.title,
        )
        .outerjoin(owner, owner.id == ActionItem.owner_member_id)
        .outerjoin(source_remark, source_remark.id == ActionItem.remark_id)
        .outerjoin(
            AgendaItem,
            AgendaItem.id == func.coalesce(ActionItem.agenda_item_id, source_remark.agenda_item_id),
        )
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .outerjoin(Visit, Visit.id == func.coalesce(ActionItem.visit_id, source_remark.visit_id))
    )
    return query


def _action_doc(row: Sequence[Any]) -> SourceDoc:
    (aid, text, owner_id, owner_name, status, family, given) = row[:7]
    (meeting_id, held_on, meeting_fy, body_id, sequence, meeting_title, body) = row[7:14]
    (visit_id, visit_on, visit_fy, visit_title) = row[14:]
    in_meeting = meeting_id is not None
    context = meeting_context(sequence, meeting_title, body) if in_meeting else visit_title
    return SourceDoc(
        kind="action",
        owner_id=aid,
        text=text,
        happened_on=held_on if in_meeting else visit_on,
        fiscal_year=meeting_fy if in_meeting else visit_fy,
        body_id=body_id,
        person_id=owner_id,
        status=str(status),
        context=context or "",
        person=person_name(family, given, owner_name),
        meeting_id=meeting_id,
        visit_id=None if in_meeting else visit_id,
    )


_MEETING_FIELDS = ("held_on", "fiscal_year", "body_id")  # what the entries copy


def _items_of_meetings(conn: Connection, meeting_ids: set[int]) -> Iterable[int]:
    return conn.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meeting_ids)))


def _actions_of_meetings(conn: Connection, meeting_ids: set[int]) -> Iterable[int]:
    items = select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meeting_ids))
    remarks = select(Remark.id).where(Remark.agenda_item_id.in_(items))
    return conn.scalars(
        select(ActionItem.id).where(
            ActionItem.agenda_item_id.in_(items) | ActionItem.remark_id.in_(remarks)
        )
    )


def _actions_of_visits(conn: Connection, visit_ids: set[int]) -> Iterable[int]:
    return conn.scalars(select(ActionItem.id).where(ActionItem.visit_id.in_(visit_ids)))


AGENDA = SearchSource(
    model=AgendaItem,
    owner_column="agenda_item_id",
    query=_agenda,
    id_column=AgendaItem.id,
    document=_agenda_doc,
    follows=(Follows(Meeting, _MEETING_FIELDS, _items_of_meetings),),
)
ACTIONS = SearchSource(
    model=ActionItem,
    owner_column="action_item_id",
    query=_actions,
    id_column=ActionItem.id,
    document=_action_doc,
    follows=(
        Follows(Meeting, _MEETING_FIELDS, _actions_of_meetings),
        Follows(Visit, ("start_on", "fiscal_year"), _actions_of_visits),
    ),
)
