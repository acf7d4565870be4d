"""What the steps of the sample loader share: the session and the rows written so far.

The sample (:mod:`app.demo.data`) refers to members, organizations, bodies, meetings
and visits by short keys; :class:`DemoRecords` maps each key to the ORM object the
loader wrote for it, so that a later step (a meeting's chair, a letter's visit) finds
it. Remarks and action items are built here because meetings' minutes and visits'
impressions both have them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.demo import data
from app.demo.staging import Sample
from app.japanese.timezone import TOKYO
from app.models import (
    ActionItem,
    Body,
    Meeting,
    Member,
    Organization,
    Pillar,
    Remark,
    Visit,
)

_END_OF_DAY = dt.time(17, 0)  # when a response or action is recorded as done


def at(day: dt.date, clock: dt.time) -> dt.datetime:
    """The moment ``clock`` on ``day``, in Japan time."""
    return dt.datetime.combine(day, clock, tzinfo=TOKYO)


def at_end_of(day: dt.date | None) -> dt.datetime | None:
    """The end of the working day on ``day`` (None stays None)."""
    return None if day is None else at(day, _END_OF_DAY)


@dataclass(slots=True)
class DemoRecords:
    """One session and the sample's keys resolved to the ORM objects written so far."""

    session: Session
    sample: Sample
    member_specs: dict[str, data.MemberSpec] = field(init=False)
    pillars: dict[str, Pillar] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    visits: dict[str, Visit] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.member_specs = {spec.key: spec for spec in self.sample.members}

    def remark(self, spec: data.RemarkSpec, position: int, captured_at: dt.datetime) -> Remark:
        """A remark (not yet attached to an agenda item or visit), with its response."""
        remark = Remark(
            position=position,
            speaker=self.members[spec.speaker] if spec.speaker else None,
            speaker_name=spec.speaker_name,
            kind=spec.kind,
            text=spec.text,
            captured_at=captured_at,
        )
        if spec.response is not None:
            remark.response_status = spec.response.status
            remark.response_text = spec.response.text
            remark.responded_at = at_end_of(spec.response.responded_on)
        return remark

    def action(
        self, spec: data.ActionSpec, position: int, source_remarks: Sequence[Remark]
    ) -> ActionItem:
        """An action item; ``source_remarks`` are flushed, so the remark it cites has an id."""
        owned_by_member = spec.owner.isascii()  # member keys are ASCII, display names are not
        return ActionItem(
            position=position,
            text=spec.text,
            owner=self.members[spec.owner] if owned_by_member else None,
            owner_name="" if owned_by_member else spec.owner,
            due_on=spec.due_on,
            status=spec.status,
            closed_at=at_end_of(spec.closed_on),
            remark_id=None if spec.remark_index is None else source_remarks[spec.remark_index].id,
        )
