"""An event's participants (参加者): 受付番号, name, organisation, fee category, state
(参加 / キャンセル待ち N / 取消, and 要連絡 for those who moved up), payment and check-in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.japanese.timezone import japan_time
from app.services.events.codes import ParticipantRole, ParticipationState, PaymentState
from app.services.events.dues import amount_due
from app.services.events.rows import ParticipantRow
from app.texts.labels import label
from app.ui.tablemodels.row_model import Column, RowTableModel

COL_NUMBER, COL_NAME, COL_ORGANIZATION, COL_CATEGORY, COL_STATE, COL_PAYMENT, COL_CHECKED_IN = (
    range(7)
)


def state_text(row: ParticipantRow) -> str:
    """参加, キャンセル待ち 3, 取消; 参加・要連絡 for someone who moved up, not told yet."""
    text = label(row.state)
    if row.state is ParticipationState.WAITLISTED and row.waitlist_number is not None:
        text = f"{text} {row.waitlist_number}"
    if row.must_notify:
        text = QCoreApplication.translate("ParticipantsTableModel", "%1 — to be told").replace(
            "%1", text
        )
    return text


def category_text(row: ParticipantRow) -> str:
    """The fee category, after the role of a speaker, guest, staff or side of a 商談会."""
    if row.role is ParticipantRole.PARTICIPANT:
        return row.fee_category
    return "・".join(part for part in (label(row.role), row.fee_category) if part)


def _checked_in(row: ParticipantRow) -> str:
    return japan_time(row.checked_in_at).strftime("%H:%M") if row.checked_in_at else ""


def payment_text(row: ParticipantRow, fees: dict[str, int]) -> str:
    """未収, 受領 or 免除; ― for someone with nothing to pay (a fee of 0円 and no
    get-together charged apart, or no category: speakers, guests, staff), who would
    otherwise show as owing (未収)."""
    if row.payment is PaymentState.UNPAID and not amount_due(
        fees, row.fee_category, row.joins_reception
    ):
        return "―"
    return label(row.payment)


def _columns(fees: Callable[[], dict[str, int]]) -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Entry No."),
            lambda r: str(r.number or ""),
            lambda r: r.number or 0,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, lambda r: r.reading or r.name
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Organization"),
            lambda r: r.organization_name,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Fee category"), category_text),
        Column(QT_TRANSLATE_NOOP("columns", "Standing"), state_text),
        Column(QT_TRANSLATE_NOOP("columns", "Payment"), lambda r: payment_text(r, fees())),
        Column(QT_TRANSLATE_NOOP("columns", "Checked in"), _checked_in),
    ]


class ParticipantsTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        self.fees: dict[str, int] = {}  # the event's fee per category (set before the rows)
        super().__init__(_columns(lambda: self.fees), parent)
        self.dimmed = lambda row: row.state is ParticipationState.CANCELLED
