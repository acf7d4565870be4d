"""How a 公用文 letter calls the organization it is addressed to (貴市, 貴社, 貴会 …).

The kind is the organization's kind as the records store it (``company``,
``municipality``, ``business_association``, ``university``, ``support_agency``,
``other``); a municipality is 貴市, 貴町, 貴村 or 貴区 by the end of its name.
"""

from __future__ import annotations

_BY_KIND = {
    "company": "貴社",
    "business_association": "貴会",
    "university": "貴学",
    "support_agency": "貴機関",
    "other": "貴会",
}
_MUNICIPAL = ("町", "村", "区")  # 市 is the default: 「〇〇市役所」 ends in 所
PERSON = "貴職"  # an official addressed in person


def respectful_you(kind: str | None, name: str = "") -> str:
    """「貴市」 for みなと市, 「貴町」 for 〇〇町, 「貴社」 for a company, 「貴職」 for a person
    (``kind`` None)."""
    if kind is None:
        return PERSON
    if kind == "municipality":
        base = name.strip().removesuffix("役場").removesuffix("役所")
        for suffix in _MUNICIPAL:
            if base.endswith(suffix):
                return f"貴{suffix}"
        return "貴市"
    return _BY_KIND.get(kind, "貴会")
