"""Frozen rows of the reception on the day (受付): one person as the door sees them,
what a check-in did, and the counts shown large."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from app.models.event_enums import (
    ApplicationSource,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)


class DoorPayment(StrEnum):
    """What happens to the fee at the check-in."""

    LATER = "later"  # nothing now: paid in advance, nothing due, or paid later
    RECEIVED = "received"  # 受領: the category's fee, in cash, today
    WAIVED = "waived"  # 免除


@dataclass(frozen=True, slots=True)
class ReceptionEntry:
    """One participant at the door, with the folded texts the search matches."""

    id: int
    version: int
    number: int | None  # 受付番号
    name: str
    reading: str
    organization_name: str
    organization_reading: str  # from the roster's organisation of the same name, if any
    role: ParticipantRole
    fee_category: str
    # what they owe in yen: the category's fee, and the reception's if they join it;
    # None: no category (or one no fee names) and no reception fee
    fee: int | None
    payment: PaymentState
    paid_amount: int | None
    source: ApplicationSource
    state: ParticipationState
    waitlist_number: int | None
    checked_in_at: datetime | None
    # folded, spaces removed: reading, name, organisation reading, organisation ("" if none)
    keys: tuple[str, ...] = ("", "", "", "")
    reception_fee: str = ""  # the get-together's fee category when ``fee`` includes it

    @property
    def fee_due(self) -> int:
        """Yen still to take at the door (0 when nothing is owed)."""
        if self.payment is not PaymentState.UNPAID or not self.fee:
            return 0
        return self.fee

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None


@dataclass(frozen=True, slots=True)
class UndoCheckIn:
    """Enough to put a participant back as they were before one check-in."""

    participant_id: int
    state: ParticipationState
    waitlist_number: int | None
    cancelled_at: datetime | None
    must_notify: bool
    payment_recorded: bool  # the check-in recorded the fee (受領 or 免除)


@dataclass(frozen=True, slots=True)
class CheckedIn:
    """A check-in done: the participant as now saved, and what it did.

    ``already`` says they had been checked in before (the first time is kept and nothing
    but a fee still due was recorded); ``undo`` is None when nothing was written."""

    entry: ReceptionEntry
    already: bool
    received: int  # yen recorded as received now (0: none)
    waived: bool  # the fee was waived now
    admitted: bool  # a waitlisted or cancelled person was let in
    undo: UndoCheckIn | None


@dataclass(frozen=True, slots=True)
class ReceptionCounts:
    """受付済 n / 申込 m / 定員 c, and the fees received today."""

    checked_in: int
    attending: int
    capacity: int | None
    waitlisted: int
    received_today: int  # yen


@dataclass(frozen=True, slots=True)
class DoorEvent:
    """The event the door is for: what its header shows and the fees a walk-in pays."""

    id: int
    title: str
    held_on: date
    start_time: time | None
    venue_name: str
    fees: tuple[tuple[str, int], ...]  # category, yen, in their order
