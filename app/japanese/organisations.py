"""Organisation names in 五十音順: an organisation is sorted by the reading of its name
proper, without its legal form (株式会社浜田精機 and 浜田精機株式会社 both under は), as
in a roster or a 受付名簿 in organisation order.

The roster keeps such readings (はまだせいき). A reading typed or imported with the legal
form (カブシキガイシャ ハマダセイキ) is read without it, and a name written in kana
(株式会社ケイエスピー) gives its own reading (けいえすぴー) when none was typed.
"""

from __future__ import annotations

import re
import unicodedata

from app.japanese.kana import is_kana, to_hiragana

# Legal forms (法人格) with their readings, longest first where one contains another.
LEGAL_FORMS: tuple[tuple[str, str], ...] = (
    ("特定非営利活動法人", "とくていひえいりかつどうほうじん"),
    ("地方独立行政法人", "ちほうどくりつぎょうせいほうじん"),
    ("独立行政法人", "どくりつぎょうせいほうじん"),
    ("国立大学法人", "こくりつだいがくほうじん"),
    ("公立大学法人", "こうりつだいがくほうじん"),
    ("医療法人社団", "いりょうほうじんしゃだん"),
    ("医療法人財団", "いりょうほうじんざいだん"),
    ("社会医療法人", "しゃかいいりょうほうじん"),
    ("医療法人", "いりょうほうじん"),
    ("学校法人", "がっこうほうじん"),
    ("一般社団法人", "いっぱんしゃだんほうじん"),
    ("公益社団法人", "こうえきしゃだんほうじん"),
    ("一般財団法人", "いっぱんざいだんほうじん"),
    ("公益財団法人", "こうえきざいだんほうじん"),
    ("社会福祉法人", "しゃかいふくしほうじん"),
    ("株式会社", "かぶしきがいしゃ"),
    ("有限会社", "ゆうげんがいしゃ"),
    ("合同会社", "ごうどうがいしゃ"),
    ("合資会社", "ごうしがいしゃ"),
    ("合名会社", "ごうめいがいしゃ"),
    ("NPO法人", "えぬぴーおーほうじん"),
    ("(株)", "かぶしきがいしゃ"),
    ("(有)", "ゆうげんがいしゃ"),
    ("(同)", "ごうどうがいしゃ"),
)
_SPACES = re.compile(r"[\s・]+")
_NAME_FORMS = re.compile("|".join(re.escape(name) for name, _ in LEGAL_FORMS))
# a reading written かぶしきがいしゃ or かぶしきかいしゃ, at either end of the reading
_READING_FORMS = re.compile(
    "^(?:{0})|(?:{0})$".format(
        "|".join(
            sorted(
                {reading for _, reading in LEGAL_FORMS}
                | {reading.replace("がいしゃ", "かいしゃ") for _, reading in LEGAL_FORMS},
                key=len,
                reverse=True,
            )
        )
    )
)


def proper_name(name: str) -> str:
    """The name without its legal form: 株式会社浜田精機, ㈱浜田精機 → 浜田精機."""
    text = unicodedata.normalize("NFKC", name)  # ㈱ → (株), （株） → (株)
    return _SPACES.sub(" ", _NAME_FORMS.sub("", text)).strip()


def sort_reading(reading: str) -> str:
    """A typed reading in hiragana without a legal form at either end:
    カブシキガイシャ ハマダセイキ → はまだせいき."""
    text = "".join(_SPACES.split(to_hiragana(reading)))
    return _READING_FORMS.sub("", text) or text


def reading_of_name(name: str) -> str:
    """The reading a name gives by itself: its name proper when written in kana
    (株式会社ケイエスピー → けいえすぴー), else "" (kanji need a typed reading)."""
    proper = "".join(_SPACES.split(to_hiragana(proper_name(name))))
    return proper if proper and is_kana(proper) else ""
