"""What a document is made from: its subject and the choices of the document dialog."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.documents.inputs import DateStyle, LabelStyle, MinutesOptions, MinutesStyle

__all__ = [
    "DateStyle",
    "DocumentRequest",
    "LabelStyle",
    "MinutesOptions",
    "MinutesStyle",
    "MissingSubject",
]


class MissingSubject(ValueError):
    """The document needs a meeting, a visit, an event or a fiscal year that was not given."""


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    meeting_id: int | None = None
    visit_id: int | None = None
    event_id: int | None = None
    fiscal_year: int | None = None
    today: date = field(default_factory=date.today)  # the roster's "as of"; letters' fallback
    dated_on: date | None = None  # a letter's date as chosen; None: the default for its kind
    with_contact: bool = False  # the roster: e-mail and phone (personal information)
    options: MinutesOptions = field(default_factory=MinutesOptions)
    reissue: bool = False  # a letter issued before takes a new number instead of its own
    badge_sheet: str = "10"  # 名札: the label sheet (app.documents.builders.event_badges.SHEETS)

    @property
    def dates(self) -> DateStyle:
        return self.options.dates

    def require_meeting(self) -> int:
        if self.meeting_id is None:
            raise MissingSubject("this document needs a meeting")
        return self.meeting_id

    def require_visit(self) -> int:
        if self.visit_id is None:
            raise MissingSubject("this document needs a visit")
        return self.visit_id

    def require_event(self) -> int:
        if self.event_id is None:
            raise MissingSubject("this document needs an event")
        return self.event_id

    def require_fiscal_year(self) -> int:
        if self.fiscal_year is None:
            raise MissingSubject("this document needs a fiscal year")
        return self.fiscal_year
