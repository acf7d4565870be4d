"""Finding a participant at the door: a few kana of the reading or of the organisation,
part of the name, or the 受付番号.

Romaji typed with the input method off is also read as kana (``yamada`` finds やまだ).

Hiragana, katakana and half-width kana are one (``fold_for_match``); spaces are ignored
inside a reading or a name (やまだた finds やまだ たろう). A query of digits only is a
受付番号 and finds that number alone. The whole list is read once and narrowed in
memory, so that typing never waits for the database.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.japanese.kana import reading_sort_key
from app.japanese.organisations import reading_of_name, sort_reading
from app.japanese.romaji import romaji_to_hiragana
from app.models import Event, EventParticipant, Member, Organization
from app.models.event_enums import ParticipationState
from app.services.events import checks
from app.services.events.dues import amount_due, fee_table, reception_fee
from app.services.events.reception_rows import ReceptionEntry
from app.services.search.folding import fold_for_match
from app.storage.database import Database


def _folded(text: str) -> str:
    return "".join(fold_for_match(text).split())


def _organisation_readings(session: Session, names: Iterable[str]) -> dict[str, str]:
    """The readings the roster gives to organisations of these names."""
    wanted = {name for name in names if name}
    if not wanted:
        return {}
    found = session.execute(
        select(Organization.name, Organization.reading).where(
            Organization.name.in_(wanted), Organization.reading != ""
        )
    )
    return {name: reading for name, reading in found}


def entry_of(p: EventParticipant, fees: dict[str, int], org_reading: str) -> ReceptionEntry:
    """A participant as the door sees them (``fees``: category → yen)."""
    return ReceptionEntry(
        id=p.id,
        version=p.version,
        number=p.number,
        name=p.name,
        reading=p.reading,
        organization_name=p.organization_name,
        organization_reading=org_reading,
        role=p.role,
        fee_category=p.fee_category,
        fee=amount_due(fees, p.fee_category, p.joins_reception),
        reception_fee=_reception_included(fees, p),
        payment=p.payment,
        paid_amount=p.paid_amount,
        source=p.source,
        state=p.state,
        waitlist_number=p.waitlist_number,
        checked_in_at=p.checked_in_at,
        keys=tuple(
            _folded(text) for text in (p.reading, p.name, org_reading, p.organization_name) if text
        ),
    )


def organisation_readings(session: Session, people: Iterable[EventParticipant]) -> dict[int, str]:
    """The reading of each participant's organisation, by participant id, in hiragana
    without its legal form (:mod:`app.japanese.organisations`): the one typed or imported
    with the application, else their roster member's organisation's, else the roster's
    organisation of the same name, else the name's own when written in kana ("" if
    none). Read in at most three queries, however many people."""
    people = list(people)
    found: dict[int, str] = {}
    for p in people:
        if p.organization_reading.strip():
            found[p.id] = sort_reading(p.organization_reading)
    people = [p for p in people if p.id not in found]
    by_name = _organisation_readings(session, (p.organization_name for p in people))
    member_ids = {p.member_id for p in people if p.member_id is not None}
    members = {
        member.id: member
        for member in session.scalars(
            select(Member)
            .where(Member.id.in_(member_ids))
            .options(selectinload(Member.organization))
        )
    }
    for p in people:
        member = members.get(p.member_id) if p.member_id is not None else None
        org = member.organization if member is not None else None
        own = org.reading if org is not None and org.name == p.organization_name else ""
        roster = own or by_name.get(p.organization_name, "")
        found[p.id] = sort_reading(roster) if roster else reading_of_name(p.organization_name)
    return found


def _reception_included(fees: dict[str, int], p: EventParticipant) -> str:
    """The reception fee's category when the participant's fee includes it, else ""."""
    extra = reception_fee(fees, p.fee_category) if p.joins_reception else None
    return extra[0] if extra is not None else ""


def organisation_reading(session: Session, p: EventParticipant) -> str:
    """:func:`organisation_readings` of one participant."""
    return organisation_readings(session, [p])[p.id]


def reception_entries(db: Database, event_id: int) -> list[ReceptionEntry]:
    """Every participant of the event, in 五十音順 of their reading (the name when it
    has none). Raises LookupError if there is no such event."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"no event {event_id}")
        fees = fee_table(event)
        people = session.scalars(
            select(EventParticipant).where(EventParticipant.event_id == event_id)
        ).all()
        readings = organisation_readings(session, people)
        entries = [entry_of(p, fees, readings[p.id]) for p in people]
    return sorted(entries, key=lambda e: (reading_sort_key(e.reading or e.name), e.id))


_STATE_ORDER = {
    ParticipationState.ATTENDING: 0,
    ParticipationState.WAITLISTED: 1,
    ParticipationState.CANCELLED: 2,
}


def _door_rank(entry: ReceptionEntry) -> int:
    """Those expected and not yet in first, then those in, then waiting and cancelled."""
    if entry.state is ParticipationState.ATTENDING:
        return 1 if entry.checked_in else 0
    return 1 + _STATE_ORDER[entry.state]


def _spellings(term: str) -> tuple[str, ...]:
    """The term as typed, and as kana if it is romaji typed with the input method off."""
    kana = romaji_to_hiragana(term) if term.isascii() and term.isalpha() else None
    return (term, kana) if kana else (term,)


def _prefix_rank(entry: ReceptionEntry, term: str) -> int:
    """0: the person's reading or name starts with the term; 1: the organisation's; 2:
    the term is further inside."""
    person, organisation = entry.keys[:2], entry.keys[2:]
    if any(key.startswith(term) for key in person):
        return 0
    return 1 if any(key.startswith(term) for key in organisation) else 2


def narrow(entries: Sequence[ReceptionEntry], query: str) -> list[ReceptionEntry]:
    """The entries the query finds, the likeliest first: those expected and not yet
    checked in; among them, a reading or name that starts with the query, then an
    organisation that does; otherwise in the order given. An empty query finds every
    entry, in the order given."""
    digits = unicodedata.normalize("NFKC", query).strip()
    if digits.isdecimal():
        return [e for e in entries if e.number == int(digits)]
    terms = [_spellings(term) for term in fold_for_match(query).split()]
    if not terms:
        return list(entries)
    found: list[tuple[int, int, int, ReceptionEntry]] = []
    for position, entry in enumerate(entries):
        if all(any(way in key for way in term for key in entry.keys) for term in terms):
            first = min(_prefix_rank(entry, way) for way in terms[0])
            found.append((_door_rank(entry), first, position, entry))
    found.sort(key=lambda item: item[:3])
    return [item[3] for item in found]


def reading_typed(query: str) -> str | None:
    """The reading a query spells, if it is one: kana as typed, romaji as hiragana (for
    a walk-in's form, started from what found nobody); None for a name or a number."""
    text = query.strip()
    spelled = romaji_to_hiragana(text) if text.isascii() and text.isalpha() else None
    reading = spelled or text
    if not reading or reading.isdecimal() or checks.reading_problem(reading) is not None:
        return None
    return reading


def find_participants(db: Database, event_id: int, query: str) -> list[ReceptionEntry]:
    """The participants of the event a query at the door finds (see :func:`narrow`)."""
    return narrow(reception_entries(db, event_id), query)
