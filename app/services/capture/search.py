"""Remarks in the search: what was said in meetings, and participants' impressions of visits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from app.models import AgendaItem, Body, Meeting, Member, Remark, Visit
from app.services.search.sources import (
    Follows,
    SearchSource,
    SourceDoc,
    meeting_context,
    person_name,
)

if TYPE_CHECKING:
    from app.services.search.sources import AnySelect


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
        context = meeting_context(sequence, meeting_title, body)
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
        person=person_name(family, given, speaker_name),
        meeting_id=meeting_id,
        visit_id=visit_id,
    )


def _remarks_of_meetings(conn: Connection, meeting_ids: set[int]) -> Iterable[int]:
    items = select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meeting_ids))
    return conn.scalars(select(Remark.id).where(Remark.agenda_item_id.in_(items)))


def _remarks_of_visits(conn: Connection, visit_ids: set[int]) -> Iterable[int]:
    return conn.scalars(select(Remark.id).where(Remark.visit_id.in_(visit_ids)))


REMARKS = SearchSource(
    model=Remark,
    owner_column="remark_id",
    query=_remarks,
    id_column=Remark.id,
    document=_remark_doc,
    follows=(
        Follows(Meeting, ("held_on", "fiscal_year", "body_id"), _remarks_of_meetings),
        Follows(Visit, ("start_on", "fiscal_year"), _remarks_of_visits),
    ),
)
