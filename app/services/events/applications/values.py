"""The texts of an application form read as values: 懇親会 yes/no, the time stamp, the
fee category, and what makes two applications "the same person"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from app.japanese.timezone import TOKYO
from app.services.members.roster_import import identity_of

_YES = frozenset(
    {"出席", "参加", "出席する", "参加する", "出席します", "参加します", "参加希望", "希望する"}
    | {"○", "〇", "◯", "はい", "有", "あり", "yes", "y", "true", "1"}
)
_NO = frozenset(
    {"", "欠席", "不参加", "参加しない", "出席しない", "欠席します", "希望しない"}
    | {"×", "✕", "いいえ", "無", "なし", "no", "n", "false", "0", "-", "ー"}
)
_STAMP = re.compile(
    r"^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?"
    r"(?:[ T]+(\d{1,2})[:時](\d{1,2})分?(?:[:](\d{1,2})(?:\.\d+)?)?)?"
    r"(?: ?(?:JST|GMT\+0?9(?::?00)?|\+09:?00))?$"
)


def yes_no(text: str) -> bool | None:
    """出席/参加/○/はい → True, 欠席/不参加/×/いいえ or nothing → False, else None."""
    word = unicodedata.normalize("NFKC", text).strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


def time_stamp(text: str) -> datetime | None:
    """A form's time stamp (2025/10/01 9:12:33, 2025-10-01T09:12 …), read as Japan
    time; None when it is not one."""
    match = _STAMP.match(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=TOKYO)
    except ValueError:  # 2月30日, 25時
        return None


def _folded(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", unicodedata.normalize("NFKC", text)).casefold()


def fee_category(text: str, categories: Sequence[str]) -> str | None:
    """The event's category a form's answer names: the same word, or the one word the
    answer starts with (「一般（1,000円）」 → 一般); None when none or several fit."""
    answer = _folded(text)
    for category in categories:
        if _folded(category) == answer:
            return category
    starting = [c for c in categories if _folded(c) and answer.startswith(_folded(c))]
    return starting[0] if len(starting) == 1 else None


def email_key(email: str) -> str:
    return unicodedata.normalize("NFKC", email).strip().casefold()


def person_key(name: str, organization: str) -> str:
    """Same name and organisation (width, case and spaces folded), as in the roster."""
    return identity_of(name, "", organization)
