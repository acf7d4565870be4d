"""An event for the interchange tests: a seminar with fees, a timetable and applicants,
and what reception does at the door (check in, take the fee, register a walk-in).

``check_in`` sets ``checked_in_at`` directly: it stands in for the reception service
(``app/services/events/checkin.py``, written alongside), to be switched over to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from unittest.mock import patch

from sqlalchemy import select

from app.models import EventParticipant
from app.services.events import checkin, editing, participants
from app.services.events.codes import ApplicationSource, PaymentState
from app.services.events.reception_rows import UndoCheckIn
from app.services.events.rows import (
    EventForm,
    FeeInput,
    ParticipantForm,
    ParticipantRow,
    TimetableInput,
)
from app.storage.database import Database

APPLIED = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
DOOR = datetime(2025, 10, 24, 4, 30, tzinfo=UTC)  # 13:30 in Japan, the doors open
_KANA = "あいうえおかきくけこ"  # readings are kana only: 参加者07 reads さんかしゃあく


def seminar(db: Database, applicants: int = 30, capacity: str = "40") -> int:
    """A seminar with two fees, a timetable and ``applicants`` applications."""
    saved = editing.save(
        db,
        EventForm(
            title="ものづくりDXセミナー",
            held_on="2025-10-24",
            start_time="14:00",
            end_time="16:30",
            venue_name="みなと市産業会館",
            capacity=capacity,
            fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
            timetable=(
                TimetableInput("14:00〜15:00", "基調講演", "山本 一郎", "みなと大学"),
                TimetableInput("15:10〜16:30", "事例紹介", "佐藤 花子", "港北精工"),
            ),
        ),
    )
    assert saved.id is not None
    for n in range(applicants):
        participants.add_participant(
            db,
            saved.id,
            ParticipantForm(
                name=f"参加者{n:02d}",
                reading="さんかしゃ" + _KANA[n // 10] + _KANA[n % 10],
                organization_name=f"港北{n:02d}工業",
                email=f"p{n:02d}@example.jp",
                phone="045-000-0000",
                fee_category="一般",
                applied_at=APPLIED + timedelta(minutes=n),
            ),
        )
    return saved.id


def walk_in(db: Database, event_id: int, name: str, at: datetime) -> ParticipantRow:
    """Registered at the door (source 当日), paid and checked in there."""
    row = participants.add_participant(
        db,
        event_id,
        ParticipantForm(
            name=name,
            organization_name=f"{name}商店",
            fee_category="一般",
            payment=PaymentState.RECEIVED,
            paid_on="2025-10-24",
            paid_amount="1000",
            payment_method="現金",
            source=ApplicationSource.WALK_IN,
            applied_at=at,
        ),
    )
    check_in(db, row.uuid, at)
    return row


def uuid_of(db: Database, event_id: int, name: str) -> str:
    with db.session() as session:
        return session.scalars(
            select(EventParticipant.uuid).where(
                EventParticipant.event_id == event_id, EventParticipant.name == name
            )
        ).one()


def participant(db: Database, uuid: str) -> EventParticipant:
    with db.session() as session:
        return session.scalars(select(EventParticipant).where(EventParticipant.uuid == uuid)).one()


def check_in(db: Database, uuid: str, at: datetime | None) -> None:
    """Checked in at ``at`` through the reception's own service (its clock set to ``at``);
    ``None``: that check-in undone there, as Ctrl+Z at the door does."""
    record = participant(db, uuid)
    if at is None:
        undo = UndoCheckIn(
            record.id,
            record.state,
            record.waitlist_number,
            record.cancelled_at,
            record.must_notify,
            payment_recorded=False,
        )
        checkin.undo_check_in(db, undo, record.version)
        return
    with patch.object(checkin, "utcnow", lambda: at):
        checkin.check_in(db, record.id, record.version, admit=True)


def pay_at_the_door(db: Database, uuid: str, on: str = "2025-10-24", amount: str = "1000") -> None:
    """The fee received, through the participant's edit (which carries the payment)."""
    saved = participants.load_participant(db, participant(db, uuid).id)
    paid = replace(
        saved,
        payment=PaymentState.RECEIVED,
        paid_on=on,
        paid_amount=amount,
        payment_method="現金",
    )
    participants.update_participant(db, paid)


def issue_receipt(db: Database, uuid: str, fiscal_year: int, number: int) -> None:
    """A receipt number given (the receipts document gives them; here set directly)."""
    with db.transaction() as session:
        record = session.scalars(
            select(EventParticipant).where(EventParticipant.uuid == uuid)
        ).one()
        record.receipt_fiscal_year, record.receipt_number = fiscal_year, number
        record.receipt_issued_on = DOOR.date()
