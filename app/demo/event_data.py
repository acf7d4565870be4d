"""Static data of the sample's events (行事): a seminar, an exchange salon and a 商談会,
in the wording of the seeds' notices (seed 004: 日時・場所・参加費・テーマ・スケジュール).

The people who apply are mostly not committee members: the roster's members come by
their keys, everyone else as typed on an application (name, reading, company, title).
Dates are not here: :mod:`app.demo.events` puts the events around the day the sample
is loaded. Everything is fictional.
"""

from __future__ import annotations

from datetime import time
from typing import NamedTuple

from app.models.event_enums import EventKind, EventStatus, FeeTiming


class Outsider(NamedTuple):
    family: str
    given: str
    reading: str  # family and given, in hiragana, a space between
    company: str
    title: str


class EventSpec(NamedTuple):
    key: str
    kind: EventKind
    title: str
    theme: str
    organiser: str
    days_from_today: int  # negative: held that many days ago
    status: EventStatus
    open_time: time | None
    start: time
    end: time
    venue: str
    room: str
    address: str
    access: str
    capacity: int
    fees: tuple[tuple[str, int], ...]
    fee_timing: FeeTiming
    timetable: tuple[tuple[str, str, str, str], ...]  # time, title, speaker, affiliation
    pillar: str  # 【1】 …
    notes: str


_COUNCIL = "みなと市ものづくりイノベーション推進委員会"
_CENTRE = "みなと市産業振興センター"
_CENTRE_ADDRESS = "みなと市中央三丁目7番1号"
_CENTRE_ACCESS = (
    "みなと駅東口から徒歩5分。駐車場に限りがありますので、公共交通機関をご利用ください。"
)

EVENTS: tuple[EventSpec, ...] = (
    EventSpec(
        "seminar",
        EventKind.SEMINAR,
        "ものづくりDXセミナー ～中小製造業のデータ活用入門～",
        "生産現場のデータを経営に活かす第一歩",
        _COUNCIL,
        26,
        EventStatus.RECRUITING,
        time(13, 30),
        time(14, 0),
        time(16, 30),
        _CENTRE,
        "3階 大会議室",
        _CENTRE_ADDRESS,
        _CENTRE_ACCESS,
        40,
        (("会員", 0), ("一般", 1000)),
        FeeTiming.ON_THE_DAY,
        (
            ("14:00〜14:10", "開会挨拶", "浜田 隆之", "委員長・株式会社浜田精機 代表取締役"),
            (
                "14:10〜15:20",
                "基調講演「現場のデータを経営に活かす」",
                "東 雅彦",
                "みなと工科大学 工学部機械工学科 教授",
            ),
            (
                "15:30〜16:30",
                "事例紹介「IoTによる設備稼働の見える化」",
                "藤井 和也",
                "協和オートメーション株式会社 代表取締役",
            ),
        ),
        "【1】",
        "会員以外の参加者は事務局(佐野)まで連絡。参加費は当日受付にて申し受けます。",
    ),
    EventSpec(
        "salon",
        EventKind.NETWORKING,
        "第4回 ものづくり交流サロン",
        "事業承継を見据えた若手経営者のネットワークづくりについて意見交換",
        _COUNCIL,
        -23,
        EventStatus.HELD,
        time(17, 45),
        time(18, 0),
        time(20, 0),
        _CENTRE,
        "2階 交流サロン",
        _CENTRE_ADDRESS,
        _CENTRE_ACCESS,
        30,
        (("会員", 0), ("一般", 1000)),
        FeeTiming.ON_THE_DAY,
        (
            (
                "18:00〜18:10",
                "開会 サロンの趣旨",
                "小松 裕子",
                "人材育成部会長・株式会社小松電装 代表取締役",
            ),
            (
                "18:10〜18:40",
                "話題提供「父から継いだ工場の10年」",
                "森田 健一",
                "株式会社森田鋳造所 専務取締役",
            ),
            ("18:40〜20:00", "意見交換・交流会(軽食を含む)", "", ""),
        ),
        "【1】",
        "参加費は懇親会費を含む。次回は事業承継税制をテーマに開催予定。",
    ),
    EventSpec(
        "fair",
        EventKind.BUSINESS_MATCHING,
        "ものづくり受発注商談会{year}",  # {year}: the fiscal year it is held in
        "市外の発注企業と市内中小製造業の個別商談(1商談30分・事前予約制)",
        f"{_COUNCIL}、みなと商工会議所(共催)",
        -52,
        EventStatus.HELD,
        time(13, 0),
        time(13, 30),
        time(16, 30),
        "みなと商工会議所",
        "4階 ホール",
        "みなと市中央三丁目5番10号",
        "みなと駅東口から徒歩7分",
        20,
        (),
        FeeTiming.ON_THE_DAY,
        (
            ("13:30〜13:45", "開会・発注企業の紹介", "", ""),
            ("13:45〜16:30", "個別商談", "", ""),
        ),
        "【3】",
        "発注企業は商工会議所の紹介による。商談結果は後日アンケートで確認する。",
    ),
)

# The roster's members who come: (event, member key, role, checked in).
MEMBERS_AT: tuple[tuple[str, str, str, bool], ...] = (
    ("seminar", "higashi", "speaker", False),
    ("seminar", "fujii", "speaker", False),
    ("seminar", "hamada", "guest", False),
    ("seminar", "miura", "participant", False),
    ("seminar", "takano", "participant", False),
    ("seminar", "arai", "participant", False),
    ("seminar", "hojo", "participant", False),
    ("seminar", "izumi", "participant", False),
    ("seminar", "sano", "staff", False),
    ("salon", "komatsu", "speaker", True),
    ("salon", "morita_k", "speaker", True),
    ("salon", "aoki", "participant", True),
    ("salon", "oonishi", "participant", True),
    ("salon", "kawamura", "participant", True),
    ("salon", "okabe", "participant", True),
    ("salon", "watanabe", "participant", True),
    ("salon", "oohashi", "participant", False),  # applied, did not come
    ("salon", "sano", "staff", True),
    ("fair", "hamada", "supplier", True),
    ("fair", "miura", "supplier", True),
    ("fair", "aoki", "supplier", True),
    ("fair", "takano", "supplier", True),
    ("fair", "komatsu", "supplier", True),
    ("fair", "hojo", "supplier", True),
    ("fair", "okabe", "supplier", True),
    ("fair", "morita_k", "supplier", True),
    ("fair", "ishida", "staff", True),
)

# fmt: off
OUTSIDERS: tuple[Outsider, ...] = (
    Outsider("中村", "浩二", "なかむら こうじ", "株式会社港精密", "代表取締役"),
    Outsider("小林", "由美", "こばやし ゆみ", "有限会社西原工業", "総務課長"),
    Outsider("加藤", "誠", "かとう まこと", "株式会社みなとテック", "製造部長"),
    Outsider("吉田", "真理子", "よしだ まりこ", "北浜電子株式会社", "生産管理課"),
    Outsider("山口", "大樹", "やまぐち だいき", "株式会社南台樹脂", "専務取締役"),
    Outsider("松本", "亮", "まつもと りょう", "株式会社川端製作所", "代表取締役"),
    Outsider("井上", "千尋", "いのうえ ちひろ", "東町工業株式会社", "品質保証課長"),
    Outsider("木村", "修", "きむら おさむ", "株式会社浜町鉄工", "工場長"),
    Outsider("林", "香織", "はやし かおり", "有限会社学園台デザイン", "代表"),
    Outsider("清水", "拓海", "しみず たくみ", "株式会社中央システム", "営業部"),
    Outsider("山崎", "徹", "やまざき とおる", "株式会社北原電機", "取締役"),
    Outsider("森", "美咲", "もり みさき", "株式会社シーサイド物流", "業務課"),
    Outsider("池田", "健", "いけだ けん", "みなと信用金庫", "法人営業部 課長"),
    Outsider("橋本", "明美", "はしもと あけみ", "株式会社西ケ丘精工", "経営企画室"),
    Outsider("阿部", "俊介", "あべ しゅんすけ", "株式会社港北ロジテック", "代表取締役"),
    Outsider("石川", "奈々", "いしかわ なな", "有限会社ミドリ化工", "製造課"),
    Outsider("前田", "隆", "まえだ たかし", "株式会社あおば設計", "設計部長"),
    Outsider("藤田", "恵", "ふじた めぐみ", "株式会社タチバナ機械", "総務部"),
    Outsider("後藤", "勇気", "ごとう ゆうき", "株式会社ヤマト計装", "技術課"),
    Outsider("岡田", "紀子", "おかだ のりこ", "株式会社さくら工芸", "代表取締役"),
    Outsider("長谷川", "洋平", "はせがわ ようへい", "株式会社港精密", "製造課長"),
    Outsider("村上", "智子", "むらかみ ともこ", "株式会社みなとテック", "生産技術課"),
    Outsider("近藤", "正樹", "こんどう まさき", "株式会社ハマナス精機", "代表取締役"),
    Outsider("坂本", "彩", "さかもと あや", "株式会社ひかり電子", "営業課"),
    Outsider("遠藤", "聡", "えんどう さとし", "株式会社北浜工機", "専務取締役"),
    Outsider("青山", "典子", "あおやま のりこ", "みなと工科大学", "産学連携室"),
)
# The readings the application forms gave of the companies written in kanji (those in
# kana read as written), without the legal form, as the roster keeps them.
COMPANY_READINGS = {
    "株式会社港精密": "みなとせいみつ",
    "有限会社西原工業": "にしはらこうぎょう",
    "北浜電子株式会社": "きたはまでんし",
    "株式会社南台樹脂": "なんだいじゅし",
    "株式会社川端製作所": "かわばたせいさくしょ",
    "東町工業株式会社": "ひがしまちこうぎょう",
    "株式会社浜町鉄工": "はまちょうてっこう",
    "有限会社学園台デザイン": "がくえんだいでざいん",
    "株式会社中央システム": "ちゅうおうしすてむ",
    "株式会社北原電機": "きたはらでんき",
    "株式会社シーサイド物流": "しーさいどぶつりゅう",
    "みなと信用金庫": "みなとしんようきんこ",
    "株式会社西ケ丘精工": "にしがおかせいこう",
    "株式会社港北ロジテック": "こうほくろじてっく",
    "有限会社ミドリ化工": "みどりかこう",
    "株式会社あおば設計": "あおばせっけい",
    "株式会社タチバナ機械": "たちばなきかい",
    "株式会社ヤマト計装": "やまとけいそう",
    "株式会社さくら工芸": "さくらこうげい",
    "株式会社ハマナス精機": "はまなすせいき",
    "株式会社ひかり電子": "ひかりでんし",
    "株式会社北浜工機": "きたはまこうき",
    "みなと工科大学": "みなとこうかだいがく",
    "北浜重工業株式会社": "きたはまじゅうこうぎょう",
    "株式会社西ケ丘モータース": "にしがおかもーたーす",
    "東和精機株式会社": "とうわせいき",
    "株式会社ミナト電機製作所": "みなとでんきせいさくしょ",
}
# 商談会の発注側: firms from outside the city, introduced by the chamber of commerce.
BUYERS: tuple[Outsider, ...] = (
    Outsider("高橋", "一郎", "たかはし いちろう", "北浜重工業株式会社", "調達部 部長"),
    Outsider("斎藤", "裕", "さいとう ゆたか", "株式会社西ケ丘モータース", "購買課長"),
    Outsider("田村", "美和", "たむら みわ", "東和精機株式会社", "資材調達課"),
    Outsider("上野", "剛", "うえの つよし", "株式会社ミナト電機製作所", "生産本部 購買担当"),
)
# fmt: on

# How many of OUTSIDERS apply to each event (in order, from the first), how many of
# them cancel, and how many of them (from the end) come without applying.
OUTSIDE_APPLICANTS = {"seminar": 23, "salon": 13, "fair": 4}
CANCELLED = {"seminar": 1, "salon": 1, "fair": 0}
WALK_INS = {"seminar": 0, "salon": 1, "fair": 0}
NO_SHOWS = {"seminar": 0, "salon": 2, "fair": 1}
