"""Realistic Japanese text for the ten-year database, built from the sample's own voice.

Remarks are sentences of the sample minutes (``app.demo.data``), shuffled and
joined to a target length drawn from a clipped log-normal distribution (median about 70
characters, 20–200), which is what typed minutes look like: many short remarks, some
long ones. Names and organizations are combined from short lists; every choice comes
from the ``random.Random`` passed in, so the output depends on the seed only.
"""

from __future__ import annotations

import math
import random
import re
from functools import cache

from app.demo import data as demo_data

REMARK_MIN, REMARK_MAX, REMARK_MEDIAN = 20, 200, 70

FAMILY_NAMES = (
    ("佐藤", "さとう"),
    ("鈴木", "すずき"),
    ("高橋", "たかはし"),
    ("田中", "たなか"),
    ("伊藤", "いとう"),
    ("渡辺", "わたなべ"),
    ("山本", "やまもと"),
    ("中村", "なかむら"),
    ("小林", "こばやし"),
    ("加藤", "かとう"),
    ("吉田", "よしだ"),
    ("山田", "やまだ"),
    ("佐々木", "ささき"),
    ("山口", "やまぐち"),
    ("松本", "まつもと"),
    ("井上", "いのうえ"),
    ("木村", "きむら"),
    ("林", "はやし"),
    ("斎藤", "さいとう"),
    ("清水", "しみず"),
    ("山崎", "やまざき"),
    ("森", "もり"),
    ("池田", "いけだ"),
    ("橋本", "はしもと"),
    ("阿部", "あべ"),
    ("石川", "いしかわ"),
    ("山下", "やました"),
    ("中島", "なかじま"),
    ("石井", "いしい"),
    ("小川", "おがわ"),
    ("前田", "まえだ"),
    ("岡田", "おかだ"),
    ("長谷川", "はせがわ"),
    ("藤田", "ふじた"),
    ("後藤", "ごとう"),
    ("近藤", "こんどう"),
    ("村上", "むらかみ"),
    ("遠藤", "えんどう"),
    ("青木", "あおき"),
    ("坂本", "さかもと"),
    ("髙橋", "たかはし"),
    ("齋藤", "さいとう"),
    ("今", "こん"),
    ("東海林", "しょうじ"),
)
GIVEN_NAMES = (
    ("隆之", "たかゆき"),
    ("直樹", "なおき"),
    ("美穂", "みほ"),
    ("翔太", "しょうた"),
    ("亮介", "りょうすけ"),
    ("裕子", "ゆうこ"),
    ("健太郎", "けんたろう"),
    ("拓也", "たくや"),
    ("大輔", "だいすけ"),
    ("聡", "さとし"),
    ("真一", "しんいち"),
    ("和也", "かずや"),
    ("恵理子", "えりこ"),
    ("悠斗", "ゆうと"),
    ("健一", "けんいち"),
    ("沙織", "さおり"),
    ("雅彦", "まさひこ"),
    ("友美", "ともみ"),
    ("航", "わたる"),
    ("博", "ひろし"),
    ("誠", "まこと"),
    ("浩二", "こうじ"),
    ("陽子", "ようこ"),
    ("明美", "あけみ"),
    ("康弘", "やすひろ"),
    ("智子", "ともこ"),
    ("修", "おさむ"),
    ("綾", "あや"),
    ("剛", "つよし"),
    ("麻衣", "まい"),
    ("正樹", "まさき"),
    ("千尋", "ちひろ"),
)
PLACE_WORDS = (
    ("みなと", "みなと"),
    ("港北", "こうほく"),
    ("浜田", "はまだ"),
    ("旭", "あさひ"),
    ("北条", "ほうじょう"),
    ("大栄", "だいえい"),
    ("協和", "きょうわ"),
    ("丸善", "まるぜん"),
    ("東洋", "とうよう"),
    ("日進", "にっしん"),
    ("三協", "さんきょう"),
    ("昭和", "しょうわ"),
    ("富士", "ふじ"),
    ("光", "ひかり"),
    ("西原", "にしはら"),
    ("南台", "みなみだい"),
    ("川端", "かわばた"),
    ("東町", "ひがしまち"),
    ("中央", "ちゅうおう"),
    ("新光", "しんこう"),
)
TRADES = (
    ("精機", "せいき"),
    ("製作所", "せいさくしょ"),
    ("プレス工業", "ぷれすこうぎょう"),
    ("化成", "かせい"),
    ("金属工業", "きんぞくこうぎょう"),
    ("電装", "でんそう"),
    ("熱処理", "ねつしょり"),
    ("鍍金", "めっき"),
    ("ギア", "ぎあ"),
    ("モールド", "もーるど"),
    ("塗装", "とそう"),
    ("オートメーション", "おーとめーしょん"),
    ("梱包", "こんぽう"),
    ("ゴム工業", "ごむこうぎょう"),
    ("鋳造所", "ちゅうぞうしょ"),
)
POSITIONS = (
    "代表取締役",
    "代表取締役社長",
    "専務取締役",
    "常務取締役",
    "取締役副社長",
    "取締役工場長",
    "取締役総務部長",
    "製造部長",
)
REGIONS = ("みなと市", "北浜地域", "西ケ丘地域", "南浦地域", "東山地域", "桜台地域")
BODIES = (
    ("定例会", "原則として毎月第3火曜日19:00〜20:30、市役所本庁舎で開催する。"),
    ("人材育成部会", "合同入社式・合同研修、インターンシップなどを企画・運営する。"),
    ("販路開拓部会", "展示会への共同出展、協同受発注の仕組みづくりを検討する。"),
)
PLACES = (
    "みなと市役所 本庁舎5階 第2会議室",
    "みなと市産業振興センター 2階 研修室",
    "みなと商工会議所 3階 大会議室",
    "オンライン（Zoom）併用",
)
RESULTS = ("承認", "継続審議", "報告了承", "原案のとおり承認", "")
LETTER_SUBJECTS = (
    "第{n}回定例会の開催について（通知）",
    "視察訪問について（依頼）",
    "視察受入れについて（お礼）",
    "後援名義使用について（依頼）",
    "講師派遣について（依頼）",
    "アンケート調査へのご協力について（依頼）",
    "合同研修の参加申込について（回答）",
    "補助金交付決定について（通知）",
    "展示会出展のご案内",
    "委員の推薦について（依頼）",
)
ACTIVITY_TITLES = (
    "みなとオープンファクトリー{y}",
    "合同入社式・合同研修（{y}年）",
    "技能検定受検手数料助成",
    "後継経営者塾",
    "他地域工業団体との交流",
    "市への施策提案",
    "インターンシップ合同説明会",
    "展示会への共同出展",
    "工場見学バスツアー",
    "ものづくり出前授業",
)
VISIT_TITLES = (
    "{region}工業団体との交流視察",
    "{region}ものづくり支援センター視察",
    "{region}企業視察受入れ",
    "先進地視察（{region}）",
)


@cache
def sample_sentences() -> tuple[str, ...]:
    """Every sentence of the sample's remarks, agenda descriptions and resolutions."""
    texts = [
        remark.text
        for meeting in demo_data.MEETINGS
        for item in meeting.agenda
        for remark in item.remarks
    ]
    texts += [remark.text for visit in demo_data.VISITS for remark in visit.impressions]
    texts += [item.description for meeting in demo_data.MEETINGS for item in meeting.agenda]
    sentences = [
        piece.strip() for text in texts for piece in re.findall(r"[^。？！]+[。？！]?", text)
    ]
    return tuple(sorted({piece for piece in sentences if len(piece) >= 6}))


@cache
def agenda_titles() -> tuple[str, ...]:
    titles = {item.title for meeting in demo_data.MEETINGS for item in meeting.agenda}
    return tuple(sorted(titles))


def remark_length(rng: random.Random) -> int:
    """A target length: log-normal around the median, clipped to 20–200 characters."""
    length = int(rng.lognormvariate(math.log(REMARK_MEDIAN), 0.55))
    return max(REMARK_MIN, min(REMARK_MAX, length))


def remark_text(rng: random.Random, target: int | None = None) -> str:
    """Sentences of the sample minutes joined until the target length is reached."""
    target = target or remark_length(rng)
    sentences = sample_sentences()
    text = rng.choice(sentences)
    while len(text) < target:
        text += rng.choice(sentences)
    if len(text) > REMARK_MAX:
        cut = text.rfind("。", 0, REMARK_MAX)
        text = text[: cut + 1] if cut >= REMARK_MIN else text[:REMARK_MAX]
    return text


def person(rng: random.Random) -> tuple[str, str, str, str]:
    """(family name, given name, family reading, given reading)."""
    family, family_reading = rng.choice(FAMILY_NAMES)
    given, given_reading = rng.choice(GIVEN_NAMES)
    return family, given, family_reading, given_reading


def company(rng: random.Random, number: int) -> tuple[str, str]:
    """(name, reading) of a manufacturer; ``number`` keeps names distinct."""
    place, place_reading = PLACE_WORDS[number % len(PLACE_WORDS)]
    trade, trade_reading = TRADES[(number // len(PLACE_WORDS)) % len(TRADES)]
    suffix = "" if number < len(PLACE_WORDS) * len(TRADES) else f"第{number}"
    if rng.random() < 0.7:
        return f"株式会社{place}{trade}{suffix}", f"{place_reading}{trade_reading}"
    return f"{place}{trade}株式会社{suffix}", f"{place_reading}{trade_reading}"
