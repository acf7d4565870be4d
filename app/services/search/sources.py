"""What each searchable kind contributes to the search index, read straight from its tables.

One query per kind gives both what is indexed (the text, date, fiscal year, body,
person and status used by the filters) and what a result shows (where it was said,
by whom), so the index and the result list can never disagree about a record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import aliased

from app.models import (
    ActionItem,
    AgendaItem,
    Body,
    Correspondence,
    Meeting,
    Member,
    Organization,
    Remark,
    Visit,
)

KINDS = ("remark", "agenda", "action", "visit", "letter", "member")
_CHUNK = 500  # ids per IN (...) list
if TYPE_CHECKING:  # SQLAlchemy 2.1 types a select by its columns; any columns here
    from sqlalchemy import Select

    AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class SourceDoc:
    kind: str
    owner_id: int
    text: str  # what is searched (and shown in the snippet)
    happened_on: date | None
    fiscal_year: int | None
    body_id: int | None
    person_id: int | None
    status: str
    context: str  # where: 「第3回 定例会 ① 議題名」, the visit's title, the letter's number
    person: str  # who: speaker, owner, presenter, counterparty, organization
    meeting_id: int | None
    visit_id: int | None


def _name(family: str | None, given: str | None, fallback: str = "") -> str:
    return f"{family or ''} {given or ''}".strip() or fallback


def _meeting_context(sequence: int | None, title: str | None, body: str | None) -> str:
    """The meeting's own title (「令和7年度 第9回定例会」), else 「定例会 第9回」."""
    if sequence is None:
        return ""
    return title or f"{body or ''} 第{sequence}回".strip()


def _join(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


@cache
def _remarks() -> AnySelect:
    speaker = aliased(Member)
    query = (
        select(
            Remark.id,
            Remark.text,
            Remark.speaker_member_id,
            Remark.speaker_name,
            Remark.response_status,
            speaker.family_name,
            speaker.given_name,
            Meeting.id,
            Meeting.held_on,
            Meeting.fiscal_year,
            Meeting.body_id,
            Meeting.sequence_number,
            Meeting.title,
            Body.name,
            AgendaItem.label,
            AgendaItem.title,
            Visit.id,
            Visit.start_on,
            Visit.fiscal_year,
            Visit.title,
        )
        .outerjoin(speaker, speaker.id == Remark.speaker_member_id)
        .outerjoin(AgendaItem, AgendaItem.id == Remark.agenda_item_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .outerjoin(Visit, Visit.id == Remark.visit_id)
    )
    return query


def _remark_doc(row: Sequence[Any]) -> SourceDoc:
    (rid, text, speaker_id, speaker_name, status, family, given) = row[:7]
    (meeting_id, held_on, meeting_fy, body_id, sequence, meeting_title, body) = row[7:14]
    (item_label, item_title, visit_id, visit_on, visit_fy, visit_title) = row[14:]
    if meeting_id is not None:
        context = _meeting_context(sequence, meeting_title, body)
        context = f"{context} {item_label}{item_title}".strip()
    else:
        context = visit_title or ""
    return SourceDoc(
        kind="remark",
        owner_id=rid,
        text=text,
        happened_on=held_on if meeting_id is not None else visit_on,
        fiscal_year=meeting_fy if meeting_id is not None else visit_fy,
        body_id=body_id,
        person_id=speaker_id,
        status=str(status),
        context=context,
        person=_name(family, given, speaker_name),
        meeting_id=meeting_id,
        visit_id=visit_id,
    )


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
        text=_join(f"{label}{title}", description, result, resolution),
        happened_on=held_on,
        fiscal_year=fiscal_year,
        body_id=body_id,
        person_id=presenter_id,
        status=result or "",
        context=_meeting_context(sequence, meeting_title, row[16]),
        person=_name(family, given, presenter_name),
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
    context = _meeting_context(sequence, meeting_title, body) if in_meeting else visit_title
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
        person=_name(family, given, owner_name),
        meeting_id=meeting_id,
        visit_id=None if in_meeting else visit_id,
    )


@cache
def _visits() -> AnySelect:
    query = select(
        Visit.id,
        Visit.title,
        Visit.region,
        Visit.purpose,
        Visit.findings,
        Visit.outcomes,
        Visit.notes,
        Visit.start_on,
        Visit.fiscal_year,
        Visit.direction,
    )
    return query


def _visit_doc(row: Sequence[Any]) -> SourceDoc:
    (vid, title, region, purpose, findings, outcomes, notes, start_on, fiscal_year) = row[:9]
    return SourceDoc(
        kind="visit",
        owner_id=vid,
        text=_join(title, region, purpose, findings, outcomes, notes),
        happened_on=start_on,
        fiscal_year=fiscal_year,
        body_id=None,
        person_id=None,
        status=str(row[9]),
        context=title,
        person=region or "",
        meeting_id=None,
        visit_id=vid,
    )


@cache
def _letters() -> AnySelect:
    query = select(
        Correspondence.id,
        Correspondence.subject,
        Correspondence.summary,
        Correspondence.document_number,
        Correspondence.their_number,
        Correspondence.counterparty_name,
        Organization.name,
        Correspondence.dated_on,
        Correspondence.fiscal_year,
        Correspondence.status,
        Correspondence.direction,
    ).outerjoin(Organization, Organization.id == Correspondence.counterparty_organization_id)
    return query


def _letter_doc(row: Sequence[Any]) -> SourceDoc:
    (lid, subject, summary, number, their_number, counterparty, organization) = row[:7]
    (dated_on, fiscal_year, status, _direction) = row[7:]
    party = counterparty or organization or ""
    return SourceDoc(
        kind="letter",
        owner_id=lid,
        text=_join(subject, summary, number, their_number, party),
        happened_on=dated_on,
        fiscal_year=fiscal_year,
        body_id=None,
        person_id=None,
        status=str(status),
        context=number or their_number or "",
        person=party,
        meeting_id=None,
        visit_id=None,
    )


@cache
def _members() -> AnySelect:
    query = select(
        Member.id,
        Member.family_name,
        Member.given_name,
        Member.family_name_reading,
        Member.given_name_reading,
        Member.position_title,
        Member.notes,
        Organization.name,
        Member.archived_at,
        Member.council_role,
    ).outerjoin(Organization, Organization.id == Member.organization_id)
    return query


def _member_doc(row: Sequence[Any]) -> SourceDoc:
    (mid, family, given, family_reading, given_reading, position, notes, organization) = row[:8]
    name = _name(family, given)
    return SourceDoc(
        kind="member",
        owner_id=mid,
        text=_join(name, _name(family_reading, given_reading), organization, position, notes),
        happened_on=None,
        fiscal_year=None,
        body_id=None,
        person_id=mid,
        status="archived" if row[8] is not None else "active",
        context=organization or "",
        person=name,
        meeting_id=None,
        visit_id=None,
    )


# kind → (its query, built once; the record id it is filtered by; row → document)
_SOURCES: dict[str, tuple[Callable[[], AnySelect], Any, Callable[[Sequence[Any]], SourceDoc]]] = {
    "remark": (_remarks, Remark.id, _remark_doc),
    "agenda": (_agenda, AgendaItem.id, _agenda_doc),
    "action": (_actions, ActionItem.id, _action_doc),
    "visit": (_visits, Visit.id, _visit_doc),
    "letter": (_letters, Correspondence.id, _letter_doc),
    "member": (_members, Member.id, _member_doc),
}


def read(conn: Connection, kind: str, ids: Sequence[int] | None = None) -> Iterator[SourceDoc]:
    """The documents of one kind: all of them, or those of the given record ids."""
    query_for, id_column, to_doc = _SOURCES[kind]
    query = query_for()
    if ids is None:
        for row in conn.execute(query):
            yield to_doc(row)
        return
    unique = sorted(set(ids))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        for row in conn.execute(query.where(id_column.in_(chunk))):
            yield to_doc(row)
