"""How participants merge in a data package: the field-laptop round trip of reception.

A laptop taken to the venue checks people in, records fees paid at the door and
registers walk-ins while the office goes on taking applications. Merging back follows
the interchange's three-way rules (``app/services/interchange/plan.py``), with these
rules of the events area (:mod:`app.services.interchange.rules`):

- **Check-in and payment are parts of their own.** ``checked_in_at`` and the payment
  (state, date, amount, method) are merged apart from the rest of the participant: a
  check-in on the laptop and a new e-mail address at the office are both kept, with no
  conflict. A part changed on one side only is taken from that side (so a check-in
  undone at the office, or a payment corrected there, stays undone or corrected).
  Changed on both sides, a rule decides, never the user: checked in on both sides is
  one check-in at the earlier time; a payment received beats one waived, which beats
  none; two payments received are one, the earlier.
- **受付番号 stay unique per event.** A participant registered on the laptop (a
  walk-in) arrives with the next number the laptop knew; if the office gave that number
  meanwhile, the arriving participants take the numbers after the highest, in their
  order, and the import reports each. The renumbered record goes back to the laptop
  with the next package like any change made at the office.
- **Receipt numbers are the office's.** Receipts are numbered without gaps per fiscal
  year, so only one database should issue them. They are carried (a receipt printed
  again on the laptop shows the office's number), and one that arrives while its number
  is used here by another participant is not taken: the participant arrives without a
  receipt number and the import says to issue the receipt again at the office. The
  unique constraint is never what stops an import.
- **Places are refilled.** Once the participants are written, each event that received
  any (or arrived changed: a larger capacity) fills its free places from the waitlist
  (:func:`places.fill_places`); those who move up are marked to be told, and the import
  lists them.

Contact details (e-mail, phone, address) travel like members' (the package is written
owner-only and the export says it holds personal information): reception on the laptop
needs them to find and merge people, and a merge must not blank them.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Event, EventParticipant
from app.models.event_enums import PaymentState
from app.services.areas import QT_TRANSLATE_NOOP
from app.services.events import places
from app.services.interchange.rules import Adjustment, Part, TableRules, part_of
from app.services.interchange.serialise import Row

TABLE = "event_participant"
RECEIPT = ("receipt_fiscal_year", "receipt_number", "receipt_issued_on")
_RANK = {PaymentState.RECEIVED.value: 2, PaymentState.WAIVED.value: 1}

RENUMBERED = QT_TRANSLATE_NOOP(
    "interchange", "Reception number %1 was given here meanwhile: now number %2"
)
RECEIPT_NOT_TAKEN = QT_TRANSLATE_NOOP(
    "interchange",
    "Receipt no. %2 of fiscal %1 is already used here: not taken. "
    "Issue the receipt again at the office.",
)
MOVED_UP = QT_TRANSLATE_NOOP("interchange", "Moved up from the waitlist: tell them")


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _earlier_check_in(ours: Row, theirs: Row) -> Row:
    """Checked in on both sides (or undone on one): one check-in, the earlier."""
    times = [row["checked_in_at"] for row in (ours, theirs) if row["checked_in_at"]]
    return {"checked_in_at": min(times, key=_moment) if times else None}


def _payment_kept(ours: Row, theirs: Row) -> Row:
    """Recorded on both sides: received before waived before none; of two received,
    the earlier (ours when the same day)."""
    mine, other = part_of(ours, PAYMENT), part_of(theirs, PAYMENT)
    rank_mine, rank_other = _RANK.get(ours["payment"], 0), _RANK.get(theirs["payment"], 0)
    if rank_mine != rank_other:
        return mine if rank_mine > rank_other else other
    if theirs["paid_on"] and (not ours["paid_on"] or theirs["paid_on"] < ours["paid_on"]):
        return other
    return mine


CHECK_IN = Part("check_in", ("checked_in_at",), _earlier_check_in)
PAYMENT = Part("payment", ("payment", "paid_on", "paid_amount", "payment_method"), _payment_kept)


def _order(row: Row) -> tuple[int, str, str]:
    number = row["number"]
    return (sys.maxsize if number is None else number, row["applied_at"], row["uuid"])


def _numbered(here: Mapping[str, Row], writing: Mapping[str, Row]) -> list[Adjustment]:
    """Arriving participants whose 受付番号 is taken here get the next after the highest."""
    final = {uuid: row for uuid, row in here.items() if uuid not in writing}
    final.update({uuid: row for uuid, row in writing.items() if uuid in here})
    adjusted: list[Adjustment] = []
    for event_uuid in sorted({row["event_uuid"] for row in writing.values()}):
        taken = {
            row["number"]
            for row in final.values()
            if row["event_uuid"] == event_uuid and row["number"] is not None
        }
        arriving = [
            row
            for uuid, row in writing.items()
            if uuid not in here and row["event_uuid"] == event_uuid
        ]
        for row in sorted(arriving, key=_order):
            if row["number"] is not None and row["number"] not in taken:
                taken.add(row["number"])
                continue
            given = max(taken, default=0) + 1
            if row["number"] is not None:
                values = (str(row["number"]), str(given))
                adjusted.append(Adjustment(TABLE, row["uuid"], row["name"], RENUMBERED, values))
            row["number"] = given
            taken.add(given)
    return adjusted


def _receipts(here: Mapping[str, Row], writing: Mapping[str, Row]) -> list[Adjustment]:
    """A receipt number arriving while another participant here holds it is not taken."""
    holder = {
        (row["receipt_fiscal_year"], row["receipt_number"]): uuid
        for uuid, row in here.items()
        if uuid not in writing and row["receipt_number"] is not None
    }
    adjusted: list[Adjustment] = []
    # records here first: a receipt the office issued keeps its number
    for uuid, row in sorted(writing.items(), key=lambda item: (item[0] not in here, item[0])):
        key = (row["receipt_fiscal_year"], row["receipt_number"])
        if row["receipt_number"] is None:
            continue
        if holder.setdefault(key, uuid) != uuid:
            values = (str(key[0]), str(key[1]))
            adjusted.append(Adjustment(TABLE, uuid, row["name"], RECEIPT_NOT_TAKEN, values))
            row.update(dict.fromkeys(RECEIPT))
    return adjusted


def _arrange(here: Mapping[str, Row], writing: Mapping[str, Row]) -> tuple[Adjustment, ...]:
    return (*_numbered(here, writing), *_receipts(here, writing))


def _clear(session: Session, writing: Mapping[str, Row]) -> None:
    """Numbers move one row at a time and each row must stay unique on its own: the
    records here whose 受付番号 changes let go of it first."""
    records = session.scalars(
        select(EventParticipant).where(EventParticipant.uuid.in_(list(writing)))
    )
    moving = [r for r in records if r.number != writing[r.uuid]["number"]]
    for record in moving:
        record.number = None
    if moving:
        session.flush()


def _refill(session: Session, event_uuids: list[str]) -> tuple[Adjustment, ...]:
    """Give the free places of these events to the first waiting."""
    adjusted: list[Adjustment] = []
    for event in session.scalars(select(Event).where(Event.uuid.in_(event_uuids))):
        if not _unsettled(event):
            continue
        for moved in places.fill_places(event):
            adjusted.append(Adjustment(TABLE, moved.uuid, moved.name, MOVED_UP))
    session.flush()
    return tuple(adjusted)


def _unsettled(event: Event) -> bool:
    """Someone waits while a place is free, or two arrived with the same waitlist number.
    A settled event is left alone: its waitlist is not renumbered by ties of application
    time that the ids of another database would order differently."""
    waiting = [p.waitlist_number for p in event.participants if p.waitlist_number is not None]
    if not waiting:
        return False
    free = event.capacity is None or places.seats_taken(event) < event.capacity
    return free or sorted(waiting) != list(range(1, len(waiting) + 1))


def _settle_participants(session: Session, writing: Mapping[str, Row]) -> tuple[Adjustment, ...]:
    """Every event that received participants (a cancellation frees a place)."""
    return _refill(session, sorted({row["event_uuid"] for row in writing.values()}))


def _settle_events(session: Session, writing: Mapping[str, Row]) -> tuple[Adjustment, ...]:
    """Every event that arrived changed (a larger capacity frees places)."""
    return _refill(session, sorted(writing))


EVENT_RULES = TableRules(settle=_settle_events)
PARTICIPANT_RULES = TableRules(
    parts=(CHECK_IN, PAYMENT), arrange=_arrange, clear=_clear, settle=_settle_participants
)
