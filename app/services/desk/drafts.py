"""Remarks being typed when the app last stopped: a capture draft with text survives a
crash, and the home tab (and the start-up) offer to go back to it."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import CaptureDraft, Meeting, Member
from app.models.enums import MeetingStatus
from app.services.desk.rows import CaptureInProgress
from app.storage.database import Database


def captures_in_progress(db: Database) -> tuple[CaptureInProgress, ...]:
    """Meetings with an unfinished remark in their capture draft, the latest first. An
    approved (locked) meeting's draft is left out: its record takes no input."""
    query = (
        select(
            CaptureDraft.meeting_id,
            Meeting.title,
            func.coalesce(Member.family_name + " " + Member.given_name, CaptureDraft.speaker_name),
            CaptureDraft.text,
            CaptureDraft.saved_at,
        )
        .join(Meeting, CaptureDraft.meeting_id == Meeting.id)
        .outerjoin(Member, CaptureDraft.speaker_member_id == Member.id)
        .where(
            func.trim(CaptureDraft.text) != "",
            (Meeting.status != MeetingStatus.APPROVED) | Meeting.reopened_at.is_not(None),
        )
        .order_by(CaptureDraft.saved_at.desc(), CaptureDraft.id.desc())
    )
    with db.session() as session:
        return tuple(
            CaptureInProgress(
                meeting_id=meeting_id or 0,  # (joined to a meeting: never None)
                meeting_title=title,
                speaker=(speaker or "").strip(),
                text=text,
                saved_at=saved_at,
            )
            for meeting_id, title, speaker, text, saved_at in session.execute(query)
        )
