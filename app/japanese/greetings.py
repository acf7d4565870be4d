"""時候の挨拶 for 書簡 (依頼状, 礼状, 案内状): the month's set phrase after 拝啓.

A 通知 (notice) opens with no greeting at all; a letter opens 「拝啓 〇〇の候、…」 and
closes 「敬具」. 「時下」 fits any season; the month's phrase is warmer and is the default.
"""

from __future__ import annotations

from datetime import date

SEASONAL = {
    1: "初春の候",
    2: "余寒の候",
    3: "早春の候",
    4: "陽春の候",
    5: "新緑の候",
    6: "梅雨の候",
    7: "盛夏の候",
    8: "残暑の候",
    9: "初秋の候",
    10: "秋冷の候",
    11: "晩秋の候",
    12: "師走の候",
}
ANY_SEASON = "時下"


def seasonal_phrase(day: date) -> str:
    return SEASONAL[day.month]


def opening(day: date, *, to_organization: bool = True, any_season: bool = False) -> str:
    """「拝啓 盛夏の候、貴会ますますご清栄のこととお喜び申し上げます。」"""
    season = ANY_SEASON if any_season else seasonal_phrase(day)
    addressee = "貴会" if to_organization else "貴殿"
    return f"拝啓\u3000{season}、{addressee}ますますご清栄のこととお喜び申し上げます。"


CLOSING = "敬具"
