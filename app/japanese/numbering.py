"""公用文 numbering: 第1 → 1 → (1) → ア → (ア), no dot after a number; and the agenda
label styles ①, (1), 1. Digits are half-width unless a document asks for full width."""

from __future__ import annotations

from app.japanese.wareki import to_full_width

IROHA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"


def hierarchy_label(level: int, number: int, *, full_width: bool = False) -> str:
    """The label of item ``number`` (from 1) at ``level`` 0…4 of 第1 / 1 / (1) / ア / (ア)."""
    if number < 1:
        raise ValueError("numbering starts at 1")
    digits = to_full_width(str(number)) if full_width else str(number)
    if level == 0:
        return f"第{digits}"
    if level == 1:
        return digits
    if level == 2:
        return f"({digits})"
    kana = IROHA[(number - 1) % len(IROHA)]
    if level == 3:
        return kana
    if level == 4:
        return f"({kana})"
    raise ValueError(f"numbering has five levels (0-4), not {level}")


def circled(number: int) -> str:
    """①…㊿; beyond 50 there is no circled digit, so (51)."""
    return CIRCLED[number - 1] if 1 <= number <= len(CIRCLED) else f"({number})"
