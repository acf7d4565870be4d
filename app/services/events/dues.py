"""What a participant owes: the fee of their category, plus the get-together's
(懇親会費) when they join it and the event charges it apart.

An event's fees are rows such as 会員 0円, 一般 1,000円 and 懇親会 3,000円. A row whose
category names a get-together (懇親会, 交流会費, 情報交換会) is the reception fee: a
participant who joins the reception (``joins_reception``) owes it on top of their
category's fee, whether a member (0円 + 3,000円) or not (1,000円 + 3,000円). Where the
event has several (懇親会（会員）2,000円, 懇親会（一般）3,000円), the one that names the
participant's category is theirs, else the first. A participant whose category is itself
the reception fee (they come to the get-together only) owes that once. An event whose
参加費 includes the get-together (seed 004: 「1,000円 当日支払い(懇親会費を含む)」) has
no reception row, and joining it adds nothing.

Every place that shows, takes or prints a fee asks here: the door, the participants'
list, the receipts and the report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.models.event import Event, EventParticipant

RECEPTION_WORDS = ("懇親会", "交流会費", "情報交換会")  # a fee for the get-together
# the name of a fee charged for the get-together alone, before any note in brackets
_RECEPTION_NAMES = frozenset({"懇親会", "懇親会費", "交流会費", "情報交換会", "情報交換会費"})
_NOTE = re.compile(r"\s*[（(]([^）)]*)[）)]\s*")


def _name_and_note(category: str) -> tuple[str, str]:
    """懇親会（会員） → (懇親会, 会員); 一般 → (一般, "")."""
    notes = _NOTE.findall(category)
    return _NOTE.sub("", category).strip(), (notes[0].strip() if notes else "")


def mentions_reception(category: str) -> bool:
    """Whether a fee speaks of the get-together at all (懇親会, 一般（懇親会費込み）,
    セミナー＋懇親会): the notice's form then asks who will attend it."""
    return any(word in category for word in RECEPTION_WORDS)


def is_reception_fee(category: str) -> bool:
    """Whether a fee is the get-together's alone, charged apart: 懇親会, 懇親会（会員）,
    交流会費, 情報交換会; not 一般（懇親会費込み） nor セミナー＋懇親会, which include it."""
    name, _ = _name_and_note(category)
    return name in _RECEPTION_NAMES


def fee_table(event: Event) -> dict[str, int]:
    """The event's fees, category → yen, in the event's order."""
    return {fee.category: fee.amount for fee in event.fees}


def reception_fee(fees: Mapping[str, int], category: str) -> tuple[str, int] | None:
    """The reception fee a participant of ``category`` owes on joining the get-together
    (its category and yen), or None: the event charges none apart, ``category`` is
    itself the reception fee, or there is no category (speakers, guests and staff, who
    are invited). Of several (懇親会（会員）, 懇親会（一般）), the one whose note is the
    category, else the first."""
    if not category.strip() or is_reception_fee(category):
        return None
    rows = [(name, amount) for name, amount in fees.items() if is_reception_fee(name)]
    named = [row for row in rows if _name_and_note(row[0])[1] == category.strip()]
    chosen = named or rows
    return chosen[0] if chosen else None


def amount_due(fees: Mapping[str, int], category: str, joins_reception: bool) -> int | None:
    """What the participant owes in all, in yen; None when no fee names their category
    and they owe no reception fee (no category: speakers, guests, staff)."""
    base = fees.get(category)
    extra = reception_fee(fees, category) if joins_reception else None
    if extra is None:
        return base
    return (base or 0) + extra[1]


def fee_parts(
    fees: Mapping[str, int], category: str, joins_reception: bool
) -> list[tuple[str, int]]:
    """What the participant owes, fee by fee: their category's (0 when no fee names
    it), then the reception's when they join one charged apart."""
    parts = [(category, fees.get(category, 0))]
    extra = reception_fee(fees, category) if joins_reception else None
    return parts + ([extra] if extra is not None else [])


def fee_label(fees: Mapping[str, int], category: str, joins_reception: bool) -> str:
    """The category as the lists print it beside the amount due: 一般, or 一般＋懇親会
    when the get-together's fee is in that amount."""
    extra = reception_fee(fees, category) if joins_reception else None
    return f"{category}＋{extra[0]}" if extra is not None else category


def due_of(event: Event, participant: EventParticipant) -> int | None:
    """:func:`amount_due` of one participant of ``event``."""
    return amount_due(fee_table(event), participant.fee_category, participant.joins_reception)


def _fee_name(category: str) -> str:
    """懇親会（一般） → 懇親会費; 交流会費 stays."""
    name = re.split(r"[（(]", category, maxsplit=1)[0].strip() or category
    return name if name.endswith("費") else f"{name}費"


def receipt_purpose(event: Event, participant: EventParticipant) -> str:
    """The receipt's 但し書き: 「○○参加費として」, 「○○参加費及び懇親会費として」 when the
    amount includes the get-together, 「○○懇親会費として」 when that is all of it."""
    fees = fee_table(event)
    category = participant.fee_category
    extra = reception_fee(fees, category) if participant.joins_reception else None
    if extra is not None:
        if fees.get(category):
            return f"{event.title}参加費及び{_fee_name(extra[0])}として"
        return f"{event.title}{_fee_name(extra[0])}として"
    if is_reception_fee(category):
        return f"{event.title}{_fee_name(category)}として"
    return f"{event.title}参加費として"
