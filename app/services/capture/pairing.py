"""A 回答 paired with the 質問 it answers: which pairing a remark stores, whether a
question may be answered, and what an undone deletion brings back. Without a pairing
the minutes pair an answer with the nearest question before it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Remark
from app.models.enums import RemarkKind
from app.services.capture.rows import RemarkEntry, RemarkInput


def paired_question(remark: RemarkInput) -> int | None:
    """The question a 回答 is paired with by hand; any other kind answers nothing."""
    return remark.answers_remark_id if remark.kind is RemarkKind.ANSWER else None


def answerable(session: Session, answer: Remark, question_id: int) -> bool:
    """Whether ``question_id`` is a question of the answer's own agenda item (or visit)."""
    question = session.get(Remark, question_id)
    return (
        question is not None
        and question.kind is RemarkKind.QUESTION
        and question.agenda_item_id == answer.agenda_item_id
        and question.visit_id == answer.visit_id
    )


def restored_pairing(session: Session, entry: RemarkEntry) -> int | None:
    """A restored answer keeps its question if that is still there."""
    if entry.answers is None:
        return None
    question = session.get(Remark, entry.answers)
    return entry.answers if question is not None else None
