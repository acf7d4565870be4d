"""Whom a few typed characters stand for among the speakers: the exact name first (今
must not pick 今井), then names and readings beginning so (ひらがな, カタカナ, width and
case folded), then organizations, then the secretariat for 「じむ」/"jimu"."""

from __future__ import annotations

from app.services.capture.secretariat import SECRETARIAT_ALIASES, is_secretariat
from app.services.meetings.rows import Speaker
from app.services.search.folding import fold_for_match

_ALIASES = tuple(fold_for_match(alias) for alias in SECRETARIAT_ALIASES)


def _folded(text: str) -> str:
    return fold_for_match(text).replace(" ", "").replace("\u3000", "")


def candidates(typed: str, speakers: list[Speaker]) -> list[Speaker]:
    """The speakers ``typed`` may stand for, the likeliest first (a name, not a number:
    numbers are the caller's). Empty when it matches nobody (a non-member's name)."""
    typed = typed.strip()
    if not typed:
        return []
    needle = _folded(typed)
    found: list[Speaker] = []

    def add(matching: list[Speaker]) -> None:
        found.extend(speaker for speaker in matching if speaker not in found)

    add([s for s in speakers if typed in (s.name, s.name.replace(" ", ""))])
    add([s for s in speakers if any(_folded(f).startswith(needle) for f in (s.name, s.reading))])
    add([s for s in speakers if s.organization and _folded(s.organization).startswith(needle)])
    if any(alias.startswith(needle) for alias in _ALIASES):
        staff = [s for s in speakers if is_secretariat(s)]
        add(sorted(staff, key=lambda s: s.member_id is not None))  # 事務局 itself first
    return found
