"""The home tab's sections, declared once: what each reads, how its lines read, where
they open. A new kind of thing to do (events, when the area comes) is one more entry
here and one more read in app/services/desk, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.desk import events, followups, meetings, records
from app.services.desk.rows import Section
from app.services.workspace import Database
from app.ui.home import lines
from app.ui.home.lines import Target
from app.ui.home.section_box import Line


@dataclass(frozen=True, slots=True)
class SectionSpec:
    key: str
    title: str  # English source in the "HomeTab" context
    empty: str  # said when the section has nothing (also "HomeTab")
    column: int  # 0: left, 1: right
    read: Callable[[Database, date], Section[Any]]
    line: Callable[[Any, date], Line]
    target: Callable[[Any], Target]
    news: frozenset[str]  # the hub's record kinds that may change it


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "meetings",
        str(QT_TRANSLATE_NOOP("HomeTab", "Meetings ahead and minutes to finish")),
        str(QT_TRANSLATE_NOOP("HomeTab", "No meeting is planned, and all minutes are approved.")),
        0,
        meetings.meetings_to_prepare,
        lines.meeting_line,
        lines.meeting_target,
        frozenset({"meeting", "agenda", "attendance", "letter"}),
    ),
    SectionSpec(
        "actions",
        str(QT_TRANSLATE_NOOP("HomeTab", "Action items due")),
        str(QT_TRANSLATE_NOOP("HomeTab", "No action item is due this week or overdue.")),
        0,
        followups.actions_due,
        lines.action_line,
        lines.action_target,
        frozenset({"meeting", "minutes", "agenda", "visit", "member"}),
    ),
    SectionSpec(
        "remarks",
        str(QT_TRANSLATE_NOOP("HomeTab", "Remarks awaiting a response")),
        str(QT_TRANSLATE_NOOP("HomeTab", "No remark is waiting for a response.")),
        0,
        lambda db, _today: followups.remarks_awaiting_response(db),
        lines.remark_line,
        lines.remark_target,
        frozenset({"meeting", "minutes", "agenda", "member"}),
    ),
    SectionSpec(
        "letters",
        str(QT_TRANSLATE_NOOP("HomeTab", "Letters awaiting a reply")),
        str(QT_TRANSLATE_NOOP("HomeTab", "No letter is waiting for a reply.")),
        1,
        records.letters_awaiting_reply,
        lines.letter_line,
        lines.letter_target,
        frozenset({"letter", "organization"}),
    ),
    SectionSpec(
        "terms",
        str(QT_TRANSLATE_NOOP("HomeTab", "Terms of office ending")),
        str(QT_TRANSLATE_NOOP("HomeTab", "No term of office ends in the next three months.")),
        1,
        records.terms_ending,
        lines.term_line,
        lines.term_target,
        frozenset({"member", "organization"}),
    ),
    SectionSpec(
        "visits",
        str(QT_TRANSLATE_NOOP("HomeTab", "Visits ahead")),
        str(QT_TRANSLATE_NOOP("HomeTab", "No visit is planned.")),
        1,
        records.upcoming_visits,
        lines.visit_line,
        lines.visit_target,
        frozenset({"visit"}),
    ),
    SectionSpec(
        "events",
        str(QT_TRANSLATE_NOOP("HomeTab", "Events ahead")),
        str(QT_TRANSLATE_NOOP("HomeTab", "No event is planned.")),
        1,
        events.upcoming_events,
        lines.event_line,
        lines.event_target,
        frozenset({"event"}),
    ),
)
