"""An event's participants as a table of text (the command line's list, a CSV file).

Contact details (e-mail, phone, address) are personal information: they are in the
table only when asked for, as in the roster. The file is written through the roster's
writer: formula-safe cells, whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import Event, EventParticipant
from app.models.event_enums import ParticipationState, PaymentState
from app.services.events import places
from app.services.events.dues import due_of
from app.services.events.reception_search import organisation_readings
from app.services.members.roster_export import write_table
from app.storage.database import Database

BASE_HEADERS = (
    "受付番号",
    "氏名",
    "ふりがな",
    "所属",
    "所属ふりがな",
    "役職",
    "状態",
    "区分",
    "参加費",
    "支払",
    "懇親会",
)
CONTACT_HEADERS = ("メールアドレス", "電話番号", "郵便番号", "住所")
_PAYMENT_JA = {
    PaymentState.UNPAID: "未収",
    PaymentState.RECEIVED: "受領",
    PaymentState.WAIVED: "免除",
}
_RANK = {ParticipationState.ATTENDING: 0, ParticipationState.WAITLISTED: 1}


def state_text(state: ParticipationState, waitlist_number: int | None) -> str:
    """参加, キャンセル待ち N or 取消, as the secretariat writes them."""
    if state is ParticipationState.WAITLISTED:
        return f"キャンセル待ち {waitlist_number}"
    return "参加" if state is ParticipationState.ATTENDING else "取消"


def participant_table(
    db: Database, event_id: int, *, with_contact: bool = False
) -> list[list[str]]:
    """Header plus one row per participant: those with a place by 受付番号, then the
    waitlist by its number, then the cancelled. Raises LookupError for no event."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"no event {event_id}")
        found = session.scalars(
            select(EventParticipant).where(EventParticipant.event_id == event_id)
        ).all()
        ordered = sorted(
            found,
            key=lambda p: (
                _RANK.get(p.state, 2),
                p.waitlist_number or 0,
                p.number or 0,
                places.application_order(p),
            ),
        )
        readings = organisation_readings(session, ordered)  # typed, the roster's, or kana
        table = [list(BASE_HEADERS + (CONTACT_HEADERS if with_contact else ()))]
        for p in ordered:
            amount = due_of(event, p)
            row = [
                str(p.number or ""),
                p.name,
                p.reading,
                p.organization_name,
                readings[p.id],
                p.title,
                state_text(p.state, p.waitlist_number),
                p.fee_category,
                "" if amount is None else f"{amount:,}円",
                _PAYMENT_JA[p.payment],
                "出席" if p.joins_reception else "",
            ]
            if with_contact:
                row += [p.email, p.phone, p.postal_code, p.address]
            table.append(row)
    return table


def export_participants(
    db: Database, event_id: int, path: Path, *, with_contact: bool = False
) -> int:
    """Write the participants to ``.csv`` (UTF-8 with BOM) or ``.xlsx``; returns how many.
    A failed write raises ``atomic.FileNotWritten`` and leaves ``path`` as it was."""
    table = participant_table(db, event_id, with_contact=with_contact)
    write_table(path, table)
    return len(table) - 1
