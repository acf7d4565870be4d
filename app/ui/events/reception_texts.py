"""How the door words a participant: their state, their fee, yen and times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.services.dates import japan_time
from app.services.events.codes import ParticipationState, PaymentState
from app.services.events.reception_rows import ReceptionEntry


def yen(amount: int) -> str:
    """1,000円 (Japanese) or ¥1,000."""
    return QCoreApplication.translate("Reception", "¥%1").replace("%1", f"{amount:,}")


def clock(moment: datetime) -> str:
    """The time of day in Japan, 13:02."""
    return japan_time(moment).strftime("%H:%M")


def state_text(entry: ReceptionEntry) -> str:
    """受付済 13:02, 未受付, キャンセル待ち 2, 取消."""
    if entry.state is ParticipationState.WAITLISTED:
        return QCoreApplication.translate("Reception", "Waitlist %1").replace(
            "%1", str(entry.waitlist_number or "")
        )
    if entry.state is ParticipationState.CANCELLED:
        return QCoreApplication.translate("Reception", "Cancelled")
    if entry.checked_in_at is not None:
        return QCoreApplication.translate("Reception", "In %1").replace(
            "%1", clock(entry.checked_in_at)
        )
    return QCoreApplication.translate("Reception", "Not yet")


def fee_text(entry: ReceptionEntry) -> str:
    """The category and what is owed: 一般 1,000円 未収 / 受領 / 免除; 会員 (no fee);
    一般＋懇親会 4,000円 未収 for someone who joins a get-together charged apart."""
    category = entry.fee_category or QCoreApplication.translate("Reception", "No category")
    if entry.reception_fee:  # the get-together's fee is included: 一般＋懇親会 4,000円
        category = "＋".join(part for part in (entry.fee_category, entry.reception_fee) if part)
    if entry.payment is PaymentState.RECEIVED:
        return (
            QCoreApplication.translate("Reception", "%1 paid %2")
            .replace("%1", category)
            .replace("%2", yen(entry.paid_amount or 0))
        )
    if entry.payment is PaymentState.WAIVED:
        return QCoreApplication.translate("Reception", "%1 waived").replace("%1", category)
    if entry.fee_due:
        return (
            QCoreApplication.translate("Reception", "%1 %2 due")
            .replace("%1", category)
            .replace("%2", yen(entry.fee_due))
        )
    return category
