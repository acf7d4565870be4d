"""Members and organizations: listing, and archive-not-delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, joinedload

from app.japanese.kana import reading_sort_key
from app.models import (
    ActionItem,
    Activity,
    AgendaItem,
    Attendance,
    Correspondence,
    Meeting,
    Member,
    MinuteSigner,
    Organization,
    Remark,
    VisitOrganization,
    VisitParticipant,
)
from app.services.members import editing as member_editing
from app.services.members.rows import MemberRow
from app.services.problems import EditConflict, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database


def list_members(db: Database, *, include_archived: bool = True) -> list[MemberRow]:
    """Every member, in 五十音順 of their reading."""
    with db.session() as session:
        query = select(Member).options(joinedload(Member.organization))
        if not include_archived:
            query = query.where(Member.archived_at.is_(None))
        members = session.scalars(query).all()
        rows = [
            MemberRow(
                id=member.id,
                uuid=member.uuid,
                full_name=member.full_name,
                reading=member.full_reading,
                reading_key=reading_sort_key(member.full_reading),
                organization_name=member.organization.name if member.organization else "",
                position_title=member.position_title,
                council_role=member.council_role,
                term_end=member.term_end,
                archived=member.archived_at is not None,
                version=member.version,
            )
            for member in members
        ]
    return sorted(rows, key=lambda row: (row.reading_key, row.id))


def _member_in_records(session: Session, member_id: int) -> bool:
    references = (
        select(Attendance.id).where(Attendance.member_id == member_id),
        select(Remark.id).where(Remark.speaker_member_id == member_id),
        select(ActionItem.id).where(ActionItem.owner_member_id == member_id),
        select(AgendaItem.id).where(AgendaItem.presenter_id == member_id),
        select(Meeting.id).where(Meeting.chair_id == member_id),
        select(MinuteSigner.id).where(MinuteSigner.member_id == member_id),
        select(VisitParticipant.id).where(VisitParticipant.member_id == member_id),
    )
    return any(session.scalar(select(exists(query))) for query in references)


def organization_in_records(session: Session, organization_id: int) -> bool:
    """Whether a member, visit, letter or activity refers to the organization."""
    references = (
        select(Member.id).where(Member.organization_id == organization_id),
        select(VisitOrganization.id).where(VisitOrganization.organization_id == organization_id),
        select(Correspondence.id).where(
            Correspondence.counterparty_organization_id == organization_id
        ),
        select(Activity.id).where(Activity.organization_id == organization_id),
    )
    return any(session.scalar(select(exists(query))) for query in references)


_Archivable = TypeVar("_Archivable", Member, Organization)


def delete_or_archive(
    db: Database,
    model: type[_Archivable],
    row_id: int,
    in_records: Callable[[Session, int], bool],
    *,
    version: int,
    conflict: Callable[[], EditConflict],
) -> bool:
    """Delete the row shown (at ``version``) if nothing refers to it, else archive it;
    ``True`` when archived. ``conflict()`` is raised if it has changed since."""
    with guarded_write(db, conflict) as session:
        row = expect(session.get(model, row_id), version)
        if in_records(session, row_id):
            row.archived_at = row.archived_at or datetime.now(UTC)
            return True
        session.delete(row)
        return False


def remove_member(db: Database, member_id: int, *, version: int) -> bool:
    """Delete a member who appears in no record; archive one who does.

    Returns ``True`` when the member was archived (kept for old records),
    ``False`` when deleted. ``version``: the member's as shown (:class:`EditConflict`
    if someone else has changed it since).
    """

    def conflict() -> EditConflict:
        return EditConflict(Record.MEMBER, member_editing.saved_form(db, member_id), None)

    return delete_or_archive(
        db, Member, member_id, _member_in_records, version=version, conflict=conflict
    )
