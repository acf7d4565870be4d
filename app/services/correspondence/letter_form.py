"""The letter dialog's fields as typed, checked before the register gives a number."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Medium
from app.services.correspondence.register import LetterInput
from app.services.dates import date_problem, parse_date
from app.services.problems import Invalid, Problem


@dataclass(frozen=True, slots=True)
class LetterForm:
    dated_on: str = ""
    counterparty: str = ""
    subject: str = ""
    medium: Medium = Medium.POST
    summary: str = ""
    their_number: str = ""
    reply_due: str = ""  # empty: no reply needed
    meeting_id: int | None = None
    visit_id: int | None = None


def validate(form: LetterForm) -> dict[str, Problem]:
    """Problems by field (empty when the letter can be registered)."""
    problems: dict[str, Problem] = {}
    if not form.dated_on.strip():
        problems["dated_on"] = Problem.MISSING
    elif dated_on := date_problem(form.dated_on):
        problems["dated_on"] = dated_on
    if not form.counterparty.strip():
        problems["counterparty"] = Problem.MISSING
    if not form.subject.strip():
        problems["subject"] = Problem.MISSING
    if form.reply_due.strip() and (reply_due := date_problem(form.reply_due)):
        problems["reply_due"] = reply_due
    return problems


def read(form: LetterForm) -> LetterInput:
    """The letter as the register takes it; raises :class:`Invalid` with every problem."""
    problems = validate(form)
    if problems:
        raise Invalid(problems)
    return LetterInput(
        dated_on=parse_date(form.dated_on),
        counterparty=form.counterparty,
        subject=form.subject,
        medium=form.medium,
        summary=form.summary,
        their_number=form.their_number,
        reply_due=parse_date(form.reply_due) if form.reply_due.strip() else None,
        meeting_id=form.meeting_id,
        visit_id=form.visit_id,
    )
