"""Creating and editing a meeting: 第N回 numbering, the status flow, the approved lock."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from functools import partial

from sqlalchemy import func, select

from app.japanese.date_input import parse_date, parse_time
from app.japanese.kana import reading_sort_key
from app.japanese.wareki import fiscal_year_of
from app.models import Body, Council, Meeting, Member, MinuteSigner
from app.models.base import utcnow
from app.models.enums import AuditAction, CouncilRole, MeetingNumbering, MeetingStatus
from app.services.audit import trail as audit_trail
from app.services.dates import date_problem, time_problem
from app.services.problems import EditConflict, Invalid, MeetingLocked, Problem, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database

STATUS_FLOW = (
    MeetingStatus.PLANNED,
    MeetingStatus.HELD,
    MeetingStatus.DRAFTING,
    MeetingStatus.APPROVED,
)


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class MeetingForm:
    body_id: int | None = None
    sequence_number: int | None = None  # None: the next number, given automatically
    title: str = ""
    held_on: str = ""
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    recorder_name: str = ""
    is_public: bool = False
    next_meeting_note: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    chair_id: int | None = None
    signer_ids: tuple[int, ...] = ()  # 議事録署名人, in order
    id: int | None = None
    version: int | None = None


def bodies(db: Database) -> list[Choice]:
    with db.session() as session:
        query = select(Body).where(Body.active.is_(True)).order_by(Body.position, Body.id)
        return [Choice(body.id, body.name) for body in session.scalars(query)]


def member_choices(db: Database) -> list[Choice]:
    """Active members for the chair and signer pickers: chair and vice chairs first."""
    order = {CouncilRole.CHAIR: 0, CouncilRole.VICE_CHAIR: 1}
    with db.session() as session:
        members = session.scalars(select(Member).where(Member.archived_at.is_(None))).all()
        ranked = sorted(
            (m for m in members if m.council_role is not CouncilRole.SECRETARIAT),
            key=lambda m: (order.get(m.council_role, 2), reading_sort_key(m.full_reading)),
        )
        return [Choice(member.id, member.full_name) for member in ranked]


def _numbering(db: Database) -> tuple[MeetingNumbering, int]:
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
    if council is None:
        return MeetingNumbering.PER_BODY_FISCAL_YEAR, 4
    return council.meeting_numbering, council.fiscal_year_start_month


def fiscal_year_start_month(db: Database) -> int:
    """The month the council's 年度 starts (4: April)."""
    return _numbering(db)[1]


def next_sequence_number(db: Database, body_id: int, held_on: date) -> int:
    """The next 第N回 of a body: per 年度 or running, as the council numbers them."""
    numbering, start_month = _numbering(db)
    query = select(func.max(Meeting.sequence_number)).where(Meeting.body_id == body_id)
    if numbering == MeetingNumbering.PER_BODY_FISCAL_YEAR:
        query = query.where(Meeting.fiscal_year == fiscal_year_of(held_on, start_month))
    with db.session() as session:
        return int(session.scalar(query) or 0) + 1


def _parse_time(text: str) -> time | None:
    """The time typed, or None for an empty field (validate() has refused any other)."""
    return parse_time(text) if text.strip() else None


def validate(form: MeetingForm) -> dict[str, Problem]:
    """Problems by field (empty when the form can be saved)."""
    problems: dict[str, Problem] = {}
    if form.body_id is None:
        problems["body"] = Problem.NOT_CHOSEN
    if not form.held_on.strip():
        problems["held_on"] = Problem.MISSING
    elif held_on := date_problem(form.held_on):
        problems["held_on"] = held_on
    for field in ("start_time", "end_time"):
        text = getattr(form, field)
        if text.strip() and (wrong := time_problem(text)):
            problems[field] = wrong
    if not problems.keys() & {"start_time", "end_time"}:
        start, end = _parse_time(form.start_time), _parse_time(form.end_time)
        if start and end and end < start:
            problems["end_time"] = Problem.ENDS_BEFORE_START
    if form.sequence_number is not None and form.sequence_number < 1:
        problems["sequence_number"] = Problem.NOT_POSITIVE
    return problems


def load_form(db: Database, meeting_id: int) -> MeetingForm:
    """The meeting as saved now, with the version its next save will check."""
    saved = _saved_form(db, meeting_id)
    if saved is None:
        raise LookupError(f"no meeting {meeting_id}")
    return saved


def _saved_form(db: Database, meeting_id: int) -> MeetingForm | None:
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            return None
        return MeetingForm(
            body_id=meeting.body_id,
            sequence_number=meeting.sequence_number,
            title=meeting.title,
            held_on=meeting.held_on.isoformat(),
            start_time=meeting.start_time.strftime("%H:%M") if meeting.start_time else "",
            end_time=meeting.end_time.strftime("%H:%M") if meeting.end_time else "",
            place=meeting.place,
            recorder_name=meeting.recorder_name,
            is_public=meeting.is_public,
            next_meeting_note=meeting.next_meeting_note,
            status=meeting.status,
            chair_id=meeting.chair_id,
            signer_ids=tuple(signer.member_id for signer in meeting.signers),
            id=meeting.id,
            version=meeting.version,
        )


def save(db: Database, form: MeetingForm) -> MeetingForm:
    """Validate and save (new meetings get the next 第N回); returns the saved form.

    Raises :class:`Invalid` with every problem, :class:`EditConflict` when the meeting
    changed since ``form.version``, or :class:`MeetingLocked` when it is approved.
    """
    problems = validate(form)
    if problems:
        raise Invalid(problems)
    held_on = parse_date(form.held_on)
    assert form.body_id is not None
    _numbering_kind, start_month = _numbering(db)
    number = form.sequence_number or next_sequence_number(db, form.body_id, held_on)
    meeting_id = form.id
    conflict = partial(_conflict, db, meeting_id or 0, form)
    with guarded_write(db, conflict) as session, session.no_autoflush:
        if form.id is None:
            meeting = Meeting(body_id=form.body_id, sequence_number=number, held_on=held_on)
            session.add(meeting)
        else:
            meeting = expect(session.get(Meeting, form.id), form.version or 0)
            if meeting.locked:
                raise MeetingLocked(f"meeting {form.id} is approved")
        meeting.body_id = form.body_id
        meeting.sequence_number = number
        meeting.held_on = held_on
        meeting.fiscal_year = fiscal_year_of(held_on, start_month)
        meeting.title = form.title.strip()
        meeting.start_time = _parse_time(form.start_time)
        meeting.end_time = _parse_time(form.end_time)
        meeting.place = form.place.strip()
        meeting.recorder_name = form.recorder_name.strip()
        meeting.is_public = form.is_public
        meeting.next_meeting_note = form.next_meeting_note.strip()
        meeting.chair_id = form.chair_id
        meeting.updated_at = utcnow()  # a new version even when only the signers change
        wanted = list(dict.fromkeys(form.signer_ids))  # in order, no one twice
        if [signer.member_id for signer in meeting.signers] != wanted:
            meeting.signers.clear()
            session.flush()  # the unique (meeting, member) must not see old and new rows
            meeting.signers.extend(MinuteSigner(member_id=member_id) for member_id in wanted)
        session.flush()
        saved = replace(form, id=meeting.id, version=meeting.version, sequence_number=number)
    return saved


def _next_status(status: MeetingStatus) -> MeetingStatus:
    if status is MeetingStatus.APPROVED:
        return status  # approved again after a correction
    return STATUS_FLOW[STATUS_FLOW.index(status) + 1]


def _conflict(
    db: Database, meeting_id: int, mine: MeetingForm | None, step: bool = False
) -> EditConflict:
    """The meeting as saved now beside ``mine``; without ``mine``, the meeting as it is
    (unlocking changes none of its values), or one status further with ``step``."""
    theirs = _saved_form(db, meeting_id)
    if mine is None and theirs is not None:
        mine = replace(theirs, status=_next_status(theirs.status)) if step else theirs
    forms = [form for form in (theirs, mine) if form is not None]
    member_ids = {i for f in forms for i in (f.chair_id, *f.signer_ids) if i is not None}
    body_ids = {f.body_id for f in forms if f.body_id is not None}
    with db.session() as session:
        people = {
            m.id: m.full_name
            for m in session.scalars(select(Member).where(Member.id.in_(member_ids)))
        }
        query = select(Body.id, Body.name).where(Body.id.in_(body_ids))
        bodies = {body_id: name for body_id, name in session.execute(query)}
    references = {"body_id": bodies, "chair_id": people, "signer_ids": people}
    return EditConflict(Record.MEETING, theirs, mine, references)


def advance_status(db: Database, meeting_id: int, *, version: int) -> MeetingStatus:
    """One step along 予定 → 開催済 → 議事録作成中 → 承認済; returns the new status.

    ``version`` is the meeting's as shown: :class:`EditConflict` if it has changed since
    (someone else may have advanced it already). Approving locks the meeting; a reopened
    meeting is locked again by this step.
    """
    with guarded_write(db, lambda: _conflict(db, meeting_id, None, step=True)) as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is not None and meeting.locked:
            raise MeetingLocked(f"meeting {meeting_id} is already approved")
        meeting = expect(meeting, version)
        meeting.status = _next_status(meeting.status)
        if meeting.status == MeetingStatus.APPROVED:
            meeting.approved_at = meeting.approved_at or utcnow()
            meeting.reopened_at = None
            audit_trail.record(session, AuditAction.APPROVE, meeting, "status")
        return meeting.status


def reopen(db: Database, meeting_id: int, reason: str, *, version: int) -> None:
    """Unlock an approved meeting for a correction; the reason goes to the audit trail,
    and so does every change made until it is approved again. ``version``: the
    meeting's as shown (:class:`EditConflict` if it has changed since)."""
    if not reason.strip():
        raise Invalid({"reason": Problem.MISSING})
    with guarded_write(db, lambda: _conflict(db, meeting_id, None)) as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is not None and not meeting.locked:
            return  # unlocked already (by someone else): nothing to do
        meeting = expect(meeting, version)
        meeting.reopened_at = utcnow()
        meeting.reopen_reason = reason.strip()
        audit_trail.record(session, AuditAction.UNLOCK, meeting, "status", after=reason.strip())


def is_locked(db: Database, meeting_id: int) -> bool:
    with db.session() as session:
        return session.get_one(Meeting, meeting_id).locked
