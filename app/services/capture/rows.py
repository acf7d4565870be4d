"""The frozen values of live capture: a remark as typed, as recorded, and the draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.models.enums import RemarkKind, ResponseStatus


@dataclass(frozen=True, slots=True)
class RemarkInput:
    text: str
    speaker_member_id: int | None = None
    speaker_name: str = ""  # a non-member speaker (来賓, 事務局 …)
    kind: RemarkKind = RemarkKind.OPINION
    # a 回答: the question it answers (None: the nearest question before it)
    answers_remark_id: int | None = None


@dataclass(frozen=True, slots=True)
class RemarkEntry:
    id: int
    uuid: str
    agenda_item_id: int
    position: int
    speaker_member_id: int | None
    speaker_name: str
    is_member: bool
    kind: RemarkKind
    text: str
    captured_at: datetime
    response_status: ResponseStatus
    response_text: str
    visit_id: int | None = None  # a participant's impression of a visit (agenda_item_id 0)
    version: int = 0  # as read: what correcting, moving or deleting it checks
    answers_remark_id: int | None = None  # a 回答 paired by hand with this question

    @property
    def answers(self) -> int | None:
        """The question a 回答 is paired with by hand (None: the nearest before it)."""
        return self.answers_remark_id if self.kind is RemarkKind.ANSWER else None

    def words(self) -> tuple[object, ...]:
        """What it says: speaker, kind, text and response (not where it stands)."""
        speaker = self.speaker_member_id if self.is_member else self.speaker_name
        return (
            speaker,
            self.kind,
            self.text,
            self.response_status,
            self.response_text,
            self.answers,
        )

    def as_input(self) -> RemarkInput:
        return RemarkInput(
            text=self.text,
            speaker_member_id=self.speaker_member_id,
            speaker_name="" if self.is_member else self.speaker_name,
            kind=self.kind,
            answers_remark_id=self.answers,
        )


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    agenda_item_id: int | None = None
    speaker_member_id: int | None = None
    speaker_name: str = ""
    kind: RemarkKind = RemarkKind.OPINION
