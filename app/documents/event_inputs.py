"""What the documents of an event are made from: frozen dataclasses the events area's
readers fill (``app.services.events.documents``), so the builders know no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from app.documents.inputs import DateStyle


@dataclass(frozen=True, slots=True)
class FeeLine:
    category: str  # 会員, 一般, 懇親会 …
    amount: int  # 円
    on_the_day: bool  # 当日払い (else 事前払い)


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    time_text: str
    title: str
    speaker: str
    affiliation: str


@dataclass(frozen=True, slots=True)
class EventHeader:
    """The event as every one of its documents names it."""

    council_name: str
    title: str
    held_on: date
    open_time: time | None
    start_time: time | None
    end_time: time | None
    venue_name: str
    venue_room: str
    dates: DateStyle = field(
        default_factory=DateStyle
    )  # 和暦 or 西暦, digit width: the document dialog's choice


@dataclass(frozen=True, slots=True)
class EventNoticeInput:
    """開催案内 with its FAX 申込書."""

    header: EventHeader
    theme: str
    venue_address: str
    venue_access: str
    fees: tuple[FeeLine, ...]
    schedule: tuple[ScheduleLine, ...]
    capacity: int | None
    deadline: date | None
    contact_person: str
    contact_phone: str
    contact_fax: str
    contact_email: str
    organiser: str  # 主催 as printed (the council's name when the event names none)
    reception_fee: bool  # a 懇親会 fee: the form asks 出・欠


@dataclass(frozen=True, slots=True)
class ParticipantLine:
    """A participant as the lists, badges and receipts print them."""

    number: int | None  # 受付番号
    name: str
    reading: str
    organization: str
    title: str  # 役職
    role: str  # 参加者, 講師, 来賓 … (label)
    special_role: str  # 講師 or 来賓 on a badge, else ""
    category: str  # the fee category
    fee: int | None  # the category's amount, None when the category has no fee
    payment: str  # 未収, 受領, 免除 (label)
    paid: bool
    waived: bool
    state: str  # 参加, キャンセル待ち 3, 取消
    attending: bool
    waitlist_number: int | None
    email: str
    phone: str
    organization_reading: str = ""  # from the roster, "" when it does not know it


@dataclass(frozen=True, slots=True)
class ParticipantListInput:
    header: EventHeader
    participants: tuple[ParticipantLine, ...]
    with_contact: bool


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """One 領収書."""

    number: str  # No. as printed: 「R7-0001」
    addressee: str  # the organisation, else the person (「様」 is added by the builder)
    amount: int  # 円
    purpose: str  # 但し書き: 「第1回〇〇セミナー参加費として」
    dated_on: date


@dataclass(frozen=True, slots=True)
class ReceiptsInput:
    header: EventHeader
    receipts: tuple[ReceiptLine, ...]
    issuer: tuple[str, ...]  # the council, its secretariat and address lines
