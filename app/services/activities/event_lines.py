"""The events (行事) held in a fiscal year, as lines of its 実施事業報告.

Each event 開催済 or 報告済 in the year gives one line in the style of seed 001:
「ものづくり交流サロン（令和7年10月15日、18企業参加）」. It goes where its 実施事業 is:
under the activity's organization and pillar, or, for an event of the council's own,
under the pillar the event names. An event with neither is the council's own too, under
「その他の事業」: the secretariat records the council's events, so an event nobody filed
under a pillar is still one the council held, and the report must not lose it.

The counts are those of the 実施報告 (:mod:`app.services.events.report`): companies
among those who attended, or people when no organization was recorded. A 商談会 says
how many companies came on each side. The number of 商談 (one buyer meeting one
supplier) is not recorded, so it is never printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.japanese.wareki import format_date
from app.models import Activity, Event, EventParticipant, Pillar
from app.models.event_enums import EventKind, EventStatus, ParticipantRole
from app.services.events.report import attended, companies

OTHER = "その他の事業"
_REPORTED = (EventStatus.HELD, EventStatus.REPORTED)


@dataclass(frozen=True, slots=True)
class EventLine:
    organization: str | None  # None: the council's own
    pillar: Pillar | None  # None: 「その他の事業」
    text: str


_RUNNING = frozenset({ParticipantRole.SPEAKER, ParticipantRole.GUEST, ParticipantRole.STAFF})


def _came(people: list[EventParticipant]) -> list[EventParticipant]:
    """Who came for the event (not those who ran it: speakers, guests, staff)."""
    present, _ = attended(people)
    return [p for p in present if p.role not in _RUNNING]


def _counts(event: Event, people: list[EventParticipant]) -> str:
    came = _came(people)
    if event.kind is EventKind.BUSINESS_MATCHING:
        buyers = companies([p for p in came if p.role is ParticipantRole.BUYER])
        suppliers = companies([p for p in came if p.role is ParticipantRole.SUPPLIER])
        if buyers or suppliers:
            return f"発注側{buyers}社・受注側{suppliers}社参加"
    if firms := companies(came):
        return f"{firms}企業参加"
    return f"{len(came)}名参加" if came else ""


def _held(session: Session, fiscal_year: int) -> list[tuple[Event, list[EventParticipant]]]:
    events = session.scalars(
        select(Event)
        .where(Event.fiscal_year == fiscal_year, Event.status.in_(_REPORTED))
        .order_by(Event.held_on, Event.id)
    ).all()
    return [
        (
            event,
            list(
                session.scalars(
                    select(EventParticipant).where(EventParticipant.event_id == event.id)
                )
            ),
        )
        for event in events
    ]


def events_summary(session: Session, fiscal_year: int) -> str:
    """「行事(セミナー・交流会等): 2件開催、延べ35名参加」 for the year in figures."""
    held = _held(session, fiscal_year)
    came = sum(len(_came(people)) for _, people in held)
    return f"行事(セミナー・交流会等): {len(held)}件開催" + (f"、延べ{came}名参加" if came else "")


def event_lines(session: Session, fiscal_year: int) -> list[EventLine]:
    """The year's held events in the order held, each with where it is reported."""
    lines = []
    for event, people in _held(session, fiscal_year):
        activity = session.get(Activity, event.activity_id) if event.activity_id else None
        if activity is not None:
            organization = activity.organization.name if activity.organization else None
            pillar = activity.pillar
        else:
            organization = None
            pillar = session.get(Pillar, event.pillar_id) if event.pillar_id else None
        facts = "、".join(
            part
            for part in (format_date(event.held_on, weekday=False), _counts(event, people))
            if part
        )
        lines.append(EventLine(organization, pillar, f"{event.title}（{facts}）"))
    return lines
