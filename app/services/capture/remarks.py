"""Live minute capture: remarks committed one transaction each, and the draft being typed.

Every function is one short transaction, so a remark is on disk (``synchronous=FULL``)
when the call returns. Committing a remark deletes the meeting's draft in the same
transaction: after a crash there is never a committed remark *and* its draft.
Remarks are addressed by ``uuid`` so that undo can delete and re-insert the very same
remark.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session, joinedload

from app.models import AgendaItem, CaptureDraft, Meeting, Member, Remark
from app.models.base import new_uuid, utcnow
from app.models.enums import RemarkKind, ResponseStatus
from app.services.capture.awaiting import default_response
from app.services.capture.pairing import answerable, paired_question, restored_pairing
from app.services.capture.rows import Draft, RemarkEntry, RemarkInput
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write, stale
from app.storage.database import Database


def remark_entry(remark: Remark) -> RemarkEntry:
    speaker = remark.speaker
    return RemarkEntry(
        id=remark.id,
        uuid=remark.uuid,
        agenda_item_id=remark.agenda_item_id or 0,
        position=remark.position,
        speaker_member_id=remark.speaker_member_id,
        speaker_name=speaker.full_name if speaker is not None else remark.speaker_name,
        is_member=speaker is not None,
        kind=remark.kind,
        text=remark.text,
        captured_at=remark.captured_at,
        response_status=remark.response_status,
        response_text=remark.response_text,
        visit_id=remark.visit_id,
        version=remark.version,
        answers_remark_id=remark.answers_remark_id,
    )


def _of(agenda_item_id: int | None, visit_id: int | None) -> ColumnElement[bool]:
    """The remarks of an agenda item, or of a visit."""
    if visit_id is not None:
        return Remark.visit_id == visit_id
    return Remark.agenda_item_id == agenda_item_id


def visit_remarks(db: Database, visit_id: int) -> list[RemarkEntry]:
    """Participants' impressions of a visit, in order."""
    with db.session() as session:
        query = select(Remark).where(_of(None, visit_id)).order_by(Remark.position, Remark.id)
        return [remark_entry(remark) for remark in session.scalars(query)]


def remarks(db: Database, agenda_item_id: int) -> list[RemarkEntry]:
    with db.session() as session:
        query = (
            select(Remark)
            .where(Remark.agenda_item_id == agenda_item_id)
            .order_by(Remark.position, Remark.id)
        )
        return [remark_entry(remark) for remark in session.scalars(query)]


def _agenda_item(session: Session, agenda_item_id: int) -> AgendaItem:
    """The item and its meeting in one query. The caller holds it for the transaction, so
    the approval-lock check at flush finds both in the session instead of reading them."""
    return session.get_one(AgendaItem, agenda_item_id, options=[joinedload(AgendaItem.meeting)])


def _draft_of(meeting_id: int | None, visit_id: int | None) -> ColumnElement[bool]:
    if visit_id is not None:
        return CaptureDraft.visit_id == visit_id
    return CaptureDraft.meeting_id == meeting_id


def _clear_draft(
    session: Session, meeting_id: int | None = None, *, visit_id: int | None = None
) -> None:
    # One statement: a draft is neither audited nor locked (it is not part of the minutes).
    session.execute(delete(CaptureDraft).where(_draft_of(meeting_id, visit_id)))


def _next_position(
    session: Session, agenda_item_id: int | None, visit_id: int | None = None
) -> int:
    query = select(func.max(Remark.position)).where(_of(agenda_item_id, visit_id))
    latest = session.scalar(query)
    return 0 if latest is None else latest + 1


def _commit(
    db: Database,
    remark: RemarkInput,
    captured_at: datetime | None,
    *,
    agenda_item_id: int | None = None,
    visit_id: int | None = None,
) -> RemarkEntry:
    """Add a remark at the end of its item (or visit) and clear that draft, atomically."""
    problems: dict[str, Problem] = {}
    if not remark.text.strip():
        problems["text"] = Problem.MISSING
    # No speaker is allowed: a point noted without saying who made it (a plain bullet).
    if problems:
        raise Invalid(problems)
    with db.transaction() as session:
        item = None if agenda_item_id is None else _agenda_item(session, agenda_item_id)
        row = Remark(
            uuid=new_uuid(),
            agenda_item_id=agenda_item_id,
            visit_id=visit_id,
            position=_next_position(session, agenda_item_id, visit_id),
            speaker_member_id=remark.speaker_member_id,
            speaker_name="" if remark.speaker_member_id else remark.speaker_name.strip(),
            kind=remark.kind,
            text=remark.text.strip(),
            captured_at=captured_at or utcnow(),
            # impressions of a visit wait for no response; opinions at a meeting do
            response_status=ResponseStatus.NOT_NEEDED
            if visit_id is not None
            else default_response(
                session, remark.kind, remark.speaker_member_id, remark.speaker_name
            ),
            answers_remark_id=paired_question(remark),
        )
        if row.answers_remark_id is not None and not answerable(
            session, row, row.answers_remark_id
        ):
            raise Invalid({"answers": Problem.NOT_CHOSEN})
        session.add(row)
        if item is None:
            _clear_draft(session, visit_id=visit_id)
        else:
            _clear_draft(session, item.meeting_id)
        session.flush()
        return remark_entry(row)


def add_remark(
    db: Database,
    agenda_item_id: int,
    remark: RemarkInput,
    *,
    captured_at: datetime | None = None,
) -> RemarkEntry:
    """Commit a remark at the end of its agenda item and clear the draft, atomically."""
    return _commit(db, remark, captured_at, agenda_item_id=agenda_item_id)


def add_visit_remark(
    db: Database, visit_id: int, remark: RemarkInput, *, captured_at: datetime | None = None
) -> RemarkEntry:
    """Commit a participant's impression of a visit and clear the visit's draft, atomically."""
    return _commit(db, remark, captured_at, visit_id=visit_id)


def _by_uuid(session: Session, uuid: str) -> Remark | None:
    return session.scalars(select(Remark).where(Remark.uuid == uuid)).first()


def saved_remark(db: Database, uuid: str) -> RemarkEntry | None:
    """The remark as saved now (None: deleted)."""
    with db.session() as session:
        row = _by_uuid(session, uuid)
        return remark_entry(row) if row is not None else None


def _remark_conflict(db: Database, shown: RemarkEntry, mine: RemarkEntry | None) -> EditConflict:
    """The remark as saved now beside what this change would have made of it."""
    return EditConflict(Record.REMARK, saved_remark(db, shown.uuid), mine)


def as_shown(session: Session, shown: RemarkEntry) -> Remark:
    """The remark, if it still says what the user was shown; else stop the write.

    A newer version that says the same (speaker, kind, text, response) only had its
    place changed by a neighbour's move or deletion: that is no conflict.
    """
    return expect(_by_uuid(session, shown.uuid), shown.version, unchanged=_says(shown.words()))


def _says(words: tuple[object, ...]) -> Callable[[Remark], bool]:
    """Whether a row says ``words`` (read from its columns: loading its speaker now would
    keep the old one after the speaker is corrected in the same transaction)."""

    def same(row: Remark) -> bool:
        speaker = row.speaker_member_id if row.speaker_member_id is not None else row.speaker_name
        answers = row.answers_remark_id if row.kind is RemarkKind.ANSWER else None
        said = (speaker, row.kind, row.text, row.response_status, row.response_text, answers)
        return said == words

    return same


def _with_input(db: Database, base: RemarkEntry, remark: RemarkInput) -> RemarkEntry:
    """``base`` saying ``remark`` instead (the speaker named as the lists name them)."""
    name = remark.speaker_name.strip()
    if remark.speaker_member_id is not None:
        with db.session() as session:
            member = session.get(Member, remark.speaker_member_id)
            name = member.full_name if member is not None else name
    return replace(
        base,
        speaker_member_id=remark.speaker_member_id,
        speaker_name=name,
        is_member=remark.speaker_member_id is not None,
        kind=remark.kind,
        text=remark.text.strip(),
        answers_remark_id=paired_question(remark),
    )


def update_remark(db: Database, shown: RemarkEntry, remark: RemarkInput) -> RemarkEntry:
    """Correct the speaker, kind, text (and, for a 回答, the question it answers) of the
    remark shown; returns it as saved.

    :class:`EditConflict` if it no longer says what was shown (or was deleted).
    """
    if not remark.text.strip():
        raise Invalid({"text": Problem.MISSING})

    def conflict() -> EditConflict:
        theirs = saved_remark(db, shown.uuid)
        return EditConflict(Record.REMARK, theirs, _with_input(db, theirs or shown, remark))

    with guarded_write(db, conflict) as session:
        row = as_shown(session, shown)
        question_id = paired_question(remark)
        if question_id is not None and not answerable(session, row, question_id):
            # deleted or changed meanwhile (checked before anything changes: no autoflush)
            raise stale(f"question {question_id} is no longer there to answer")
        changed = (row.kind, row.speaker_member_id, row.speaker_name) != (
            remark.kind,
            remark.speaker_member_id,
            "" if remark.speaker_member_id else remark.speaker_name.strip(),
        )
        row.speaker_member_id = remark.speaker_member_id
        row.speaker_name = "" if remark.speaker_member_id else remark.speaker_name.strip()
        if (
            changed
            and row.visit_id is None
            and row.response_status
            in (
                ResponseStatus.PENDING,
                ResponseStatus.NOT_NEEDED,
            )
        ):
            row.response_status = default_response(
                session, remark.kind, remark.speaker_member_id, remark.speaker_name
            )
        row.kind = remark.kind
        row.text = remark.text.strip()
        row.answers_remark_id = question_id
        session.flush()
        return remark_entry(row)


def delete_remark(db: Database, shown: RemarkEntry) -> RemarkEntry:
    """Delete the remark shown (kept in the audit trail); returns it so that undo can
    restore it. :class:`EditConflict` if it no longer says what was shown."""
    with guarded_write(db, lambda: _remark_conflict(db, shown, None)) as session:
        row = as_shown(session, shown)
        entry = remark_entry(row)
        session.delete(row)
        _renumber(session, entry.agenda_item_id, exclude=shown.uuid, visit_id=entry.visit_id)
        return entry


def restore_remark(db: Database, entry: RemarkEntry) -> RemarkEntry:
    """Put a deleted remark back where it was, with its uuid and capture time (undo).

    :class:`EditConflict` if a remark with its uuid is there again (restored elsewhere).
    """
    with guarded_write(db, lambda: _remark_conflict(db, entry, entry)) as session:
        if _by_uuid(session, entry.uuid) is not None:
            raise stale(f"remark {entry.uuid} is there already")
        siblings = _ordered(session, entry.agenda_item_id, entry.visit_id)
        row = Remark(
            uuid=entry.uuid,
            agenda_item_id=None if entry.visit_id else entry.agenda_item_id,
            visit_id=entry.visit_id,
            speaker_member_id=entry.speaker_member_id,
            speaker_name="" if entry.is_member else entry.speaker_name,
            kind=entry.kind,
            text=entry.text,
            captured_at=entry.captured_at,
            response_status=entry.response_status,
            response_text=entry.response_text,
            answers_remark_id=restored_pairing(session, entry),
        )
        siblings.insert(min(entry.position, len(siblings)), row)
        session.add(row)
        for position, remark in enumerate(siblings):
            remark.position = position
        session.flush()
        return remark_entry(row)


def move_remark(db: Database, shown: RemarkEntry, position: int) -> RemarkEntry:
    """Move the remark shown among its siblings; returns it where it ended.

    :class:`EditConflict` if it no longer says what was shown (or was deleted).
    """

    def conflict() -> EditConflict:
        theirs = saved_remark(db, shown.uuid)
        return EditConflict(Record.REMARK, theirs, replace(theirs or shown, position=position))

    with guarded_write(db, conflict) as session:
        row = as_shown(session, shown)
        siblings = [r for r in _ordered(session, row.agenda_item_id, row.visit_id) if r is not row]
        position = max(0, min(position, len(siblings)))
        siblings.insert(position, row)
        for index, remark in enumerate(siblings):
            if remark.position != index:
                remark.position = index
        session.flush()
        return remark_entry(row)


def _ordered(
    session: Session, agenda_item_id: int | None, visit_id: int | None = None
) -> list[Remark]:
    query = select(Remark).where(_of(agenda_item_id, visit_id)).order_by(Remark.position, Remark.id)
    return list(session.scalars(query))


def _renumber(
    session: Session, agenda_item_id: int, exclude: str, visit_id: int | None = None
) -> None:
    kept = [r for r in _ordered(session, agenda_item_id, visit_id) if r.uuid != exclude]
    for index, remark in enumerate(kept):
        if remark.position != index:
            remark.position = index


# ----------------------------------------------------------------------------- drafts


def save_draft(
    db: Database, meeting_id: int | None, draft: Draft, *, visit_id: int | None = None
) -> None:
    """Store the text being typed (one row per meeting or visit, replaced in place)."""
    with db.transaction() as session:
        row = session.scalars(select(CaptureDraft).where(_draft_of(meeting_id, visit_id))).first()
        if row is None:
            row = CaptureDraft(
                meeting_id=None if visit_id is not None else meeting_id, visit_id=visit_id
            )
            session.add(row)
        row.agenda_item_id = draft.agenda_item_id
        row.speaker_member_id = draft.speaker_member_id
        row.speaker_name = draft.speaker_name
        row.kind = draft.kind
        row.text = draft.text
        row.saved_at = utcnow()


def load_draft(
    db: Database, meeting_id: int | None, *, visit_id: int | None = None
) -> Draft | None:
    with db.session() as session:
        row = session.scalars(select(CaptureDraft).where(_draft_of(meeting_id, visit_id))).first()
        if row is None:
            return None
        return Draft(
            agenda_item_id=row.agenda_item_id,
            speaker_member_id=row.speaker_member_id,
            speaker_name=row.speaker_name,
            kind=row.kind,
            text=row.text,
        )


def discard_draft(db: Database, meeting_id: int | None, *, visit_id: int | None = None) -> None:
    with db.transaction() as session:
        _clear_draft(session, meeting_id, visit_id=visit_id)


def meeting_of_item(db: Database, agenda_item_id: int) -> int:
    with db.session() as session:
        return session.get_one(AgendaItem, agenda_item_id).meeting_id


def meeting_exists(db: Database, meeting_id: int) -> bool:
    with db.session() as session:
        return session.get(Meeting, meeting_id) is not None
