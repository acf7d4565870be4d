"""How each kind of row reads as a line of the home tab, and which record it opens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.codes import CorrespondenceDirection
from app.services.desk.events import UpcomingEvent
from app.services.desk.rows import (
    ActionDue,
    Lack,
    LetterAwaitingReply,
    MeetingToPrepare,
    RemarkAwaitingResponse,
    TermEnding,
    UpcomingVisit,
)
from app.texts.labels import label
from app.ui.formatting import short_date
from app.ui.home.section_box import Line

SOON = timedelta(days=14)  # a meeting this close that still lacks something shows in red

_LACKS = {
    Lack.NOTICE: str(QT_TRANSLATE_NOOP("HomeTab", "notice not issued")),
    Lack.AGENDA: str(QT_TRANSLATE_NOOP("HomeTab", "no agenda")),
    Lack.ATTENDANCE: str(QT_TRANSLATE_NOOP("HomeTab", "attendance not taken")),
    Lack.APPROVAL: str(QT_TRANSLATE_NOOP("HomeTab", "minutes not approved")),
}


# The forms of the lines (%1, %2 … filled in by _fill)
_SEPARATOR = str(QT_TRANSLATE_NOOP("HomeTab", ", "))
_MEETING_LACKING = str(QT_TRANSLATE_NOOP("HomeTab", "%1  %2 — %3"))
_MEETING_READY = str(QT_TRANSLATE_NOOP("HomeTab", "%1  %2 — ready"))
_MEETING_AHEAD = str(QT_TRANSLATE_NOOP("HomeTab", "%1  %2"))  # nothing to prepare yet
_NO_OWNER = str(QT_TRANSLATE_NOOP("HomeTab", "no owner"))
_ACTION_OVERDUE = str(QT_TRANSLATE_NOOP("HomeTab", "%1 overdue  %3: %2 (%4)"))
_ACTION_DUE = str(QT_TRANSLATE_NOOP("HomeTab", "%1 due  %3: %2 (%4)"))
_REPLY_NEEDED = str(QT_TRANSLATE_NOOP("HomeTab", "Reply needed  %2 — %3"))
_THEIR_REPLY_NEEDED = str(QT_TRANSLATE_NOOP("HomeTab", "Awaiting their reply  %2 — %3"))
_REPLY_BY = str(QT_TRANSLATE_NOOP("HomeTab", "Reply by %1  %2 — %3"))
_THEIR_REPLY_BY = str(QT_TRANSLATE_NOOP("HomeTab", "Their reply by %1  %2 — %3"))
_REMARK = str(QT_TRANSLATE_NOOP("HomeTab", "[%1] %2: %3 — %4"))
_TERM_ENDED = str(QT_TRANSLATE_NOOP("HomeTab", "Term ended %1  %2 (%3)"))
_TERM_ENDS = str(QT_TRANSLATE_NOOP("HomeTab", "Term ends %1  %2 (%3)"))
_EVENT = str(QT_TRANSLATE_NOOP("HomeTab", "%1  [%2]  %3"))  # the counts before a long title
_EVENT_APPLIED = str(QT_TRANSLATE_NOOP("HomeTab", "applied %1"))
_EVENT_WAITING = str(QT_TRANSLATE_NOOP("HomeTab", ", %1 waiting"))
_EVENT_TO_TELL = str(QT_TRANSLATE_NOOP("HomeTab", ", %1 to be told"))


class How(StrEnum):
    """Where a line's record opens."""

    OPEN = "open"  # its own window (a meeting)
    SHOW = "show"  # its tab, with the record selected
    RESPONSES = "responses"  # the responses dialog, on the remark


@dataclass(frozen=True, slots=True)
class Target:
    how: How
    record: str  # "meeting", "visit", "letter", "member", "remark"
    record_id: int
    remark_uuid: str = ""


def _text(source: str) -> str:
    """A text declared above (QT_TRANSLATE_NOOP), in the UI language."""
    return QCoreApplication.translate("HomeTab", source)


def _fill(form: str, *values: str) -> str:
    """The form declared above, in the UI language, with %1, %2 … filled in."""
    text = _text(form)
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def lack_text(lack: Lack) -> str:
    return _text(_LACKS[lack])


def meeting_line(row: MeetingToPrepare, today: date) -> Line:
    when = short_date(row.held_on)
    if row.start_time is not None:
        when += " " + row.start_time.strftime("%H:%M")
    if row.lacks:
        lacks = _text(_SEPARATOR).join(lack_text(lack) for lack in row.lacks)
        text = _fill(_MEETING_LACKING, when, row.title, lacks)
    elif row.ready:
        text = _fill(_MEETING_READY, when, row.title)
    else:  # further off than its notice is due: nothing to say yet
        text = _fill(_MEETING_AHEAD, when, row.title)
    tooltip = "\n".join(part for part in (row.title, row.body_name, row.place) if part)
    return Line(text, tooltip, warning=bool(row.lacks) and row.held_on <= today + SOON)


def action_line(row: ActionDue, _today: date) -> Line:
    owner = row.owner or _text(_NO_OWNER)
    source = row.source_title or "—"
    form = _ACTION_OVERDUE if row.overdue else _ACTION_DUE
    return Line(_fill(form, short_date(row.due_on), row.text, owner, source), row.text, row.overdue)


def letter_line(row: LetterAwaitingReply, _today: date) -> Line:
    incoming = row.direction is CorrespondenceDirection.INCOMING
    if row.reply_due is None:
        form = _REPLY_NEEDED if incoming else _THEIR_REPLY_NEEDED
    else:
        form = _REPLY_BY if incoming else _THEIR_REPLY_BY
    counterparty = row.counterparty or "—"
    text = _fill(form, short_date(row.reply_due), row.subject, counterparty)
    return Line(text, row.subject, row.overdue)


def remark_line(row: RemarkAwaitingResponse, _today: date) -> Line:
    speaker = row.speaker or "—"
    text = _fill(_REMARK, label(row.status), speaker, row.text, row.meeting_title)
    tooltip = f"{row.meeting_title}（{short_date(row.held_on)}）\n{speaker}: {row.text}"
    return Line(text, tooltip)


def term_line(row: TermEnding, _today: date) -> Line:
    form = _TERM_ENDED if row.ended else _TERM_ENDS
    organization = row.organization or "—"
    return Line(_fill(form, short_date(row.term_end), row.name, organization), "", row.ended)


def visit_line(row: UpcomingVisit, _today: date) -> Line:
    when = short_date(row.start_on)
    if row.end_on is not None and row.end_on != row.start_on:
        when = f"{when}〜{short_date(row.end_on)}"
    text = f"{when}  {row.title}" + (f"（{row.region}）" if row.region else "")
    return Line(text, row.title)


def event_line(row: UpcomingEvent, _today: date) -> Line:
    """2026/11/20(金) 13:30  DXセミナー — 申込 38/40, キャンセル待ち 3, 要連絡 1."""
    when = short_date(row.held_on)
    if row.start_time is not None:
        when += " " + row.start_time.strftime("%H:%M")
    capacity = str(row.capacity) if row.capacity is not None else "—"
    counts = _fill(_EVENT_APPLIED, f"{row.attending}/{capacity}")
    if row.waitlisted:
        counts += _fill(_EVENT_WAITING, str(row.waitlisted))
    if row.must_notify:
        counts += _fill(_EVENT_TO_TELL, str(row.must_notify))
    return Line(_fill(_EVENT, when, counts, row.title), row.title, bool(row.must_notify))


def meeting_target(row: MeetingToPrepare) -> Target:
    return Target(How.OPEN, "meeting", row.id)


def action_target(row: ActionDue) -> Target:
    if row.meeting_id is not None:
        return Target(How.OPEN, "meeting", row.meeting_id)
    return Target(How.SHOW, "visit", row.visit_id or 0)


def letter_target(row: LetterAwaitingReply) -> Target:
    return Target(How.SHOW, "letter", row.id)


def remark_target(row: RemarkAwaitingResponse) -> Target:
    return Target(How.RESPONSES, "remark", row.id, row.uuid)


def term_target(row: TermEnding) -> Target:
    return Target(How.SHOW, "member", row.member_id)


def visit_target(row: UpcomingVisit) -> Target:
    return Target(How.SHOW, "visit", row.id)


def event_target(row: UpcomingEvent) -> Target:
    return Target(How.SHOW, "event", row.id)
