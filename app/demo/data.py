"""Static data of the sample council loaded by :mod:`app.demo.loader`.

Everything here is fictional: the city (みなと市), its companies, people and the
other regions (北浜市, 西ケ丘市) are invented, modelled on the public minutes,
activity reports and visit reports in ``design/../seeds``. The year is written as
fiscal year 2025 (令和7年度, April 2025 – March 2026), seen as of ``DEMO_AS_OF``;
:mod:`app.demo.staging` moves it to the fiscal year around the day it is loaded.

The data is plain named tuples so that the loader (:mod:`app.demo.loader` and its
steps) holds the logic and this module reads like the secretariat's own paper files.
Members, organizations, bodies and meetings are referred to by short ASCII keys.
"""

from __future__ import annotations

from datetime import date, time
from typing import NamedTuple

from app.models.enums import (
    ActionStatus,
    ActivityState,
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    CorrespondenceDirection,
    CorrespondenceStatus,
    CouncilRole,
    GuestCategory,
    Medium,
    MeetingStatus,
    OrganizationKind,
    RemarkKind,
    ResponseStatus,
    VisitDirection,
    VisitOrganizationRole,
)

FISCAL_YEAR = 2025  # 令和7年度: the year of meetings
DEMO_AS_OF = date(2026, 3, 1)  # the day the statuses below are written for
TERM_START = date(2024, 4, 1)  # 任期 of the current committee
TERM_END = date(2026, 3, 31)
DOCUMENT_NUMBER_FORMAT = "{short}第{n}号"  # みなイノ第3号


# --------------------------------------------------------------------------- shapes


class CouncilSpec(NamedTuple):
    name: str
    short_name: str
    secretariat_name: str
    secretariat_phone: str
    secretariat_email: str
    secretariat_person: str
    secretariat_address: str
    founded_on: date
    purposes: str


class BodySpec(NamedTuple):
    key: str
    name: str
    kind: BodyKind
    description: str


class OrganizationSpec(NamedTuple):
    key: str
    name: str
    reading: str
    kind: OrganizationKind
    region: str
    postal_code: str
    address: str
    phone: str
    notes: str = ""


class MemberSpec(NamedTuple):
    key: str
    family_name: str
    given_name: str
    family_name_reading: str
    given_name_reading: str
    organization: str  # organization key
    position_title: str
    role: CouncilRole
    email: str
    phone: str
    joined_on: date
    term_start: date | None = TERM_START
    term_end: date | None = TERM_END
    left_on: date | None = None
    archived_on: date | None = None
    notes: str = ""


class ResponseSpec(NamedTuple):
    """What was done about a remark (意見 → 対応)."""

    status: ResponseStatus
    text: str = ""
    responded_on: date | None = None


class RemarkSpec(NamedTuple):
    speaker: str  # member key; "" when speaker_name is given
    kind: RemarkKind
    text: str
    speaker_name: str = ""  # a non-member speaker, e.g. a guest
    response: ResponseSpec | None = None


class ActionSpec(NamedTuple):
    text: str
    owner: str  # a member key (ASCII) or a display name such as 事務局
    due_on: date | None
    status: ActionStatus
    closed_on: date | None = None
    remark_index: int | None = None  # the source remark within the same agenda item / visit


class AgendaSpec(NamedTuple):
    title: str
    description: str
    kind: AgendaKind
    presenter: str = ""  # member key
    presenter_name: str = ""  # when not a member
    result: str = ""
    resolution: str = ""
    remarks: tuple[RemarkSpec, ...] = ()
    actions: tuple[ActionSpec, ...] = ()


class AttendanceSpec(NamedTuple):
    """An exception to 出席: every other member on the roster is simply present."""

    member: str
    status: AttendanceStatus
    proxy_name: str = ""
    absence_notified: bool = False
    arrived_at: time | None = None
    left_at: time | None = None
    note: str = ""


class GuestSpec(NamedTuple):
    name: str
    affiliation: str
    category: GuestCategory = GuestCategory.SECRETARIAT


class MeetingSpec(NamedTuple):
    key: str
    body: str  # body key
    fiscal_year: int
    sequence: int
    held_on: date
    start: time
    end: time
    place: str
    status: MeetingStatus
    chair: str
    recorder: str
    materials: tuple[str, ...]
    agenda: tuple[AgendaSpec, ...]
    attendance: tuple[AttendanceSpec, ...] = ()
    extra_guests: tuple[GuestSpec, ...] = ()
    signers: tuple[str, ...] = ()
    next_note: str | None = None  # None: written from the next meeting of the same body
    notes: str = ""


class ItinerarySpec(NamedTuple):
    day: int  # 1 = the first day of the visit
    time_text: str
    place: str
    content: str


class HostAttendeeSpec(NamedTuple):
    name: str
    affiliation: str
    title: str


class VisitSpec(NamedTuple):
    key: str
    direction: VisitDirection
    title: str
    region: str
    start_on: date
    end_on: date
    purpose: str
    findings: str
    outcomes: str
    notes: str
    organizations: tuple[tuple[str, VisitOrganizationRole], ...]
    participants: tuple[str, ...]  # member keys
    staff_participants: tuple[tuple[str, str], ...]  # (name, affiliation) of non-members
    host_attendees: tuple[HostAttendeeSpec, ...]
    itinerary: tuple[ItinerarySpec, ...]
    figures: tuple[tuple[str, int, str], ...]  # (label, value, unit)
    impressions_from: time  # when the participants' impressions were noted (last day)
    impressions: tuple[RemarkSpec, ...]
    actions: tuple[ActionSpec, ...]


class CorrespondenceSpec(NamedTuple):
    direction: CorrespondenceDirection
    dated_on: date
    subject: str
    medium: Medium
    counterparty: str = ""  # organization key
    counterparty_name: str = ""
    their_number: str = ""
    summary: str = ""
    reply_needed: bool = False
    reply_due: date | None = None
    status: CorrespondenceStatus = CorrespondenceStatus.DONE
    meeting: str = ""  # meeting key
    visit: str = ""  # visit key


class ActivitySpec(NamedTuple):
    organization: str  # organization key; "" = the council as a whole (委員会全体)
    fiscal_year: int
    pillar: str  # pillar code, e.g. 【1】
    state: ActivityState
    title: str
    description: str


# --------------------------------------------------------------------------- shorthands


def opinion(speaker: str, text: str, response: ResponseSpec | None = None) -> RemarkSpec:
    return RemarkSpec(speaker, RemarkKind.OPINION, text, response=response)


def question(speaker: str, text: str, response: ResponseSpec | None = None) -> RemarkSpec:
    return RemarkSpec(speaker, RemarkKind.QUESTION, text, response=response)


def answer(speaker: str, text: str) -> RemarkSpec:
    return RemarkSpec(speaker, RemarkKind.ANSWER, text)


def proposal(speaker: str, text: str, response: ResponseSpec | None = None) -> RemarkSpec:
    return RemarkSpec(speaker, RemarkKind.PROPOSAL, text, response=response)


def report(speaker: str, text: str) -> RemarkSpec:
    return RemarkSpec(speaker, RemarkKind.REPORT, text)


def impression(speaker: str, text: str, response: ResponseSpec | None = None) -> RemarkSpec:
    return RemarkSpec(speaker, RemarkKind.IMPRESSION, text, response=response)


def guest_remark(name: str, kind: RemarkKind, text: str) -> RemarkSpec:
    return RemarkSpec("", kind, text, speaker_name=name)


def done(text: str, on: date) -> ResponseSpec:
    return ResponseSpec(ResponseStatus.DONE, text, on)


def in_progress(text: str) -> ResponseSpec:
    return ResponseSpec(ResponseStatus.IN_PROGRESS, text)


def pending(text: str = "") -> ResponseSpec:
    return ResponseSpec(ResponseStatus.PENDING, text)


def absent(member: str, note: str = "", *, notified: bool = True) -> AttendanceSpec:
    return AttendanceSpec(member, AttendanceStatus.ABSENT, absence_notified=notified, note=note)


def proxy(member: str, name: str) -> AttendanceSpec:
    return AttendanceSpec(member, AttendanceStatus.PROXY, proxy_name=name)


def online(member: str) -> AttendanceSpec:
    return AttendanceSpec(member, AttendanceStatus.ONLINE)


def late(member: str, arrived_at: time, note: str = "") -> AttendanceSpec:
    return AttendanceSpec(member, AttendanceStatus.LATE, arrived_at=arrived_at, note=note)


def left_early(member: str, left_at: time, note: str = "") -> AttendanceSpec:
    return AttendanceSpec(member, AttendanceStatus.LEFT_EARLY, left_at=left_at, note=note)


# --------------------------------------------------------------------------- council

COUNCIL = CouncilSpec(
    name="みなと市ものづくりイノベーション推進委員会",
    short_name="みなイノ",
    secretariat_name="みなと市 経済部 産業振興課",
    secretariat_phone="046-555-0101",
    secretariat_email="sangyo@city.minato.example.jp",
    secretariat_person="佐野",
    secretariat_address="〒243-0999 みなと市中央一丁目1番1号 みなと市役所本庁舎5階",
    founded_on=date(2016, 7, 1),
    purposes=(
        "みなと市ものづくりイノベーション推進委員会は、「ものづくりのまち みなと」の"
        "中小製造業の若手経営者（創業2代目・3代目）及び幹部で組織する委員会です。"
        "持続可能な「ものづくりのまち みなと」を目指し、中小製造企業に共通する課題の解決と、"
        "新たな価値の創造（イノベーション）に向けて、次の事項に取り組みます。\n"
        "・市内製造業の技術力のPR\n"
        "・市内製造業の方向性の模索\n"
        "・企業集積を活かし、業種・業態の違いを超えた「ものづくりネットワーク」の構築\n"
        "・協同受発注の誘発\n"
        "・企業経営者の目線による、市内企業が必要とする施策の検討と提言"
    ),
)

PILLARS: tuple[tuple[str, str], ...] = (
    ("【1】", "新たな価値の創造"),
    ("【2】", "技術・技能の継承及び人材の確保・育成"),
    ("【3】", "事業環境整備"),
)

BODIES: tuple[BodySpec, ...] = (
    BodySpec(
        "regular",
        "定例会",
        BodyKind.REGULAR,
        "原則として毎月第3火曜日19:00〜20:30、市役所本庁舎で開催する（8月は休会）。",
    ),
    BodySpec(
        "subcommittee",
        "人材育成部会",
        BodyKind.SUBCOMMITTEE,
        "合同入社式・合同研修、インターンシップなど、人材の確保・定着に関する事業を"
        "企画・運営する。部会長は小松委員。",
    ),
)

# --------------------------------------------------------------------------- organizations

_MINATO = "みなと市"
_KITAHAMA = "北浜地域"

# fmt: off
ORGANIZATIONS: tuple[OrganizationSpec, ...] = (
    OrganizationSpec(
        "hamada_seiki", "株式会社浜田精機", "はまだせいき", OrganizationKind.COMPANY, _MINATO,
        "243-0911", "みなと市港北工業団地3番12号", "046-555-2101",
        "精密切削加工（医療機器・半導体製造装置部品）。創業1968年、従業員48名。",
    ),
    OrganizationSpec(
        "miura_ss", "有限会社三浦製作所", "みうらせいさくしょ", OrganizationKind.COMPANY, _MINATO,
        "243-0912", "みなと市西原二丁目8番5号", "046-555-2102",
        "精密板金・レーザー加工。従業員22名。",
    ),
    OrganizationSpec(
        "asahi_press", "株式会社旭プレス工業", "あさひぷれすこうぎょう", OrganizationKind.COMPANY,
        _MINATO, "243-0911", "みなと市港北工業団地5番1号", "046-555-2103",
        "自動車部品の順送プレス加工。従業員85名。",
    ),
    OrganizationSpec(
        "takano_kasei", "株式会社タカノ化成", "たかのかせい", OrganizationKind.COMPANY, _MINATO,
        "243-0914", "みなと市南台四丁目2番20号", "046-555-2104",
        "プラスチック射出成形（家電・住宅設備部品）。従業員36名。",
    ),
    OrganizationSpec(
        "konan_kinzoku", "港南金属工業株式会社", "こうなんきんぞくこうぎょう",
        OrganizationKind.COMPANY, _MINATO, "243-0911", "みなと市港北工業団地8番3号",
        "046-555-2105", "製缶・溶接、産業機械フレームの製作。従業員54名。",
    ),
    OrganizationSpec(
        "komatsu_denso", "株式会社小松電装", "こまつでんそう", OrganizationKind.COMPANY, _MINATO,
        "243-0915", "みなと市東町一丁目14番7号", "046-555-2106",
        "制御盤・ワイヤーハーネスの製造。従業員62名。",
    ),
    OrganizationSpec(
        "shinwa_netsu", "株式会社シンワ熱処理", "しんわねつしょり", OrganizationKind.COMPANY,
        _MINATO, "243-0911", "みなと市港北工業団地11番2号", "046-555-2107",
        "真空熱処理・高周波焼入れ。従業員27名。",
    ),
    OrganizationSpec(
        "daiei_mekki", "株式会社大栄鍍金", "だいえいめっき", OrganizationKind.COMPANY, _MINATO,
        "243-0916", "みなと市川端三丁目6番9号", "046-555-2108",
        "電気めっき・無電解ニッケルめっき。従業員31名。",
    ),
    OrganizationSpec(
        "minato_gear", "株式会社ミナトギア", "みなとぎあ", OrganizationKind.COMPANY, _MINATO,
        "243-0911", "みなと市港北工業団地2番7号", "046-555-2109",
        "歯車・減速機部品の加工。従業員40名。",
    ),
    OrganizationSpec(
        "hojo_mold", "株式会社北条モールド", "ほうじょうもーるど", OrganizationKind.COMPANY,
        _MINATO, "243-0914", "みなと市南台二丁目11番3号", "046-555-2110",
        "プラスチック金型の設計・製作。従業員18名。",
    ),
    OrganizationSpec(
        "okabe_tosou", "株式会社オカベ塗装", "おかべとそう", OrganizationKind.COMPANY, _MINATO,
        "243-0916", "みなと市川端一丁目3番15号", "046-555-2111",
        "焼付塗装・粉体塗装。従業員25名。",
    ),
    OrganizationSpec(
        "kyowa_fa", "協和オートメーション株式会社", "きょうわおーとめーしょん",
        OrganizationKind.COMPANY, _MINATO, "243-0913", "みなと市北原五丁目1番8号",
        "046-555-2112", "FA省力化装置の設計・組立。従業員45名。",
    ),
    OrganizationSpec(
        "izumi_konpo", "株式会社いずみ梱包", "いずみこんぽう", OrganizationKind.COMPANY, _MINATO,
        "243-0913", "みなと市北原二丁目9番1号", "046-555-2113",
        "段ボール・木箱など工業用梱包材の製造。従業員33名。",
    ),
    OrganizationSpec(
        "maruzen_gomu", "株式会社丸善ゴム工業", "まるぜんごむこうぎょう",
        OrganizationKind.COMPANY, _MINATO, "243-0915", "みなと市東町三丁目2番4号",
        "046-555-2114", "ゴム成形品・防振ゴムの製造。従業員29名。",
    ),
    OrganizationSpec(
        "morita_chuzo", "株式会社森田鋳造所", "もりたちゅうぞうしょ", OrganizationKind.COMPANY,
        _MINATO, "243-0917", "みなと市浜町七丁目4番2号", "046-555-2115",
        "鋳鉄鋳物（FC・FCD）の製造。従業員41名。",
    ),
    OrganizationSpec(
        "minato_city", "みなと市", "みなとし", OrganizationKind.MUNICIPALITY, _MINATO,
        "243-0999", "みなと市中央一丁目1番1号", "046-555-0101",
        "経済部 産業振興課が委員会の事務局を担う。",
    ),
    OrganizationSpec(
        "minato_cci", "みなと商工会議所", "みなとしょうこうかいぎしょ",
        OrganizationKind.BUSINESS_ASSOCIATION, _MINATO, "243-0901",
        "みなと市中央三丁目5番10号", "046-555-0300", "中小企業相談所を併設。",
    ),
    OrganizationSpec(
        "minato_tech", "みなと工科大学", "みなとこうかだいがく", OrganizationKind.UNIVERSITY,
        _MINATO, "243-0921", "みなと市学園台1番1号", "046-555-0500",
        "工学部（機械工学科・電気電子工学科）。キャリア支援課がインターンシップの窓口。",
    ),
    OrganizationSpec(
        "minato_foundation", "公益財団法人みなと産業振興財団", "みなとさんぎょうしんこうざいだん",
        OrganizationKind.SUPPORT_AGENCY, _MINATO, "243-0901",
        "みなと市中央三丁目7番1号 みなと市産業振興センター内", "046-555-0700",
        "講師派遣、技術相談、各種セミナーを実施。",
    ),
    OrganizationSpec(
        "kitahama_city", "北浜市", "きたはまし", OrganizationKind.MUNICIPALITY, _KITAHAMA,
        "939-0999", "北浜市本町二丁目3番1号", "076-555-0100",
        "産業観光課が北浜地域との交流の窓口。",
    ),
    OrganizationSpec(
        "kitahama_assoc", "北浜市工業会", "きたはましこうぎょうかい",
        OrganizationKind.BUSINESS_ASSOCIATION, _KITAHAMA, "939-0901",
        "北浜市栄町一丁目2番3号 北浜市商工会館3階", "076-555-0210",
        "会員約80社。令和8年2月6日に当委員会と連携協定を締結。",
    ),
    OrganizationSpec(
        "kitahama_center", "北浜市ものづくり支援センター", "きたはましものづくりしえんせんたー",
        OrganizationKind.SUPPORT_AGENCY, _KITAHAMA, "939-0905", "北浜市工業団地中央1番",
        "076-555-0350", "試作ラボ（3Dプリンタ、三次元測定機）を企業に開放している。",
    ),
    OrganizationSpec(
        "kitahama_finetech", "株式会社北浜ファインテック", "きたはまふぁいんてっく",
        OrganizationKind.COMPANY, _KITAHAMA, "939-0905", "北浜市工業団地西3番8号",
        "076-555-0420", "精密鋳造（ロストワックス）。北浜市工業会 副会長企業。",
    ),
    OrganizationSpec(
        "nishigaoka_council", "西ケ丘市ものづくり振興協議会",
        "にしがおかしものづくりしんこうきょうぎかい", OrganizationKind.OTHER, "西ケ丘地域",
        "380-0999", "西ケ丘市大手町4番2号 西ケ丘市商工会内", "026-555-0180",
        "令和7年11月27日に当市を視察（受入れ）。",
    ),
)
# fmt: on

# --------------------------------------------------------------------------- members

_C = CouncilRole

# fmt: off
MEMBERS: tuple[MemberSpec, ...] = (
    MemberSpec(
        "hamada", "浜田", "隆之", "はまだ", "たかゆき", "hamada_seiki", "代表取締役",
        _C.CHAIR, "t.hamada@example.jp", "046-555-2101", date(2016, 7, 1),
        notes="令和2年度から委員長。",
    ),
    MemberSpec(
        "miura", "三浦", "直樹", "みうら", "なおき", "miura_ss", "代表取締役",
        _C.VICE_CHAIR, "n.miura@example.jp", "046-555-2102", date(2016, 7, 1),
    ),
    MemberSpec(
        "aoki", "青木", "美穂", "あおき", "みほ", "asahi_press", "専務取締役",
        _C.VICE_CHAIR, "m.aoki@example.jp", "046-555-2103", date(2018, 4, 1),
        notes="みなとオープンファクトリー実行委員長。",
    ),
    MemberSpec(
        "takano", "高野", "翔太", "たかの", "しょうた", "takano_kasei", "代表取締役",
        _C.MEMBER, "s.takano@example.jp", "046-555-2104", date(2020, 4, 1),
        notes="人材育成部会。",
    ),
    MemberSpec(
        "oonishi", "大西", "亮介", "おおにし", "りょうすけ", "konan_kinzoku", "取締役副社長",
        _C.MEMBER, "r.onishi@example.jp", "046-555-2105", date(2016, 7, 1),
    ),
    MemberSpec(
        "komatsu", "小松", "裕子", "こまつ", "ゆうこ", "komatsu_denso", "代表取締役",
        _C.MEMBER, "y.komatsu@example.jp", "046-555-2106", date(2018, 4, 1),
        notes="人材育成部会 部会長。",
    ),
    MemberSpec(
        "arai", "新井", "健太郎", "あらい", "けんたろう", "shinwa_netsu", "専務取締役",
        _C.MEMBER, "k.arai@example.jp", "046-555-2107", date(2020, 4, 1),
        notes="人材育成部会。",
    ),
    MemberSpec(
        "oohashi", "大橋", "拓也", "おおはし", "たくや", "daiei_mekki", "常務取締役",
        _C.MEMBER, "t.ohashi@example.jp", "046-555-2108", date(2022, 4, 1),
    ),
    MemberSpec(
        "kawamura", "川村", "大輔", "かわむら", "だいすけ", "minato_gear", "代表取締役社長",
        _C.MEMBER, "d.kawamura@example.jp", "046-555-2109", date(2016, 7, 1),
    ),
    MemberSpec(
        "hojo", "北条", "聡", "ほうじょう", "さとし", "hojo_mold", "代表取締役",
        _C.MEMBER, "s.hojo@example.jp", "046-555-2110", date(2019, 4, 1),
    ),
    MemberSpec(
        "okabe", "岡部", "真一", "おかべ", "しんいち", "okabe_tosou", "取締役副社長",
        _C.MEMBER, "s.okabe@example.jp", "046-555-2111", date(2022, 4, 1),
    ),
    MemberSpec(
        "fujii", "藤井", "和也", "ふじい", "かずや", "kyowa_fa", "代表取締役",
        _C.MEMBER, "k.fujii@example.jp", "046-555-2112", date(2018, 4, 1),
        notes="人材育成部会。",
    ),
    MemberSpec(
        "izumi", "泉", "恵理子", "いずみ", "えりこ", "izumi_konpo", "専務取締役",
        _C.MEMBER, "e.izumi@example.jp", "046-555-2113", date(2024, 4, 1),
        notes="人材育成部会。",
    ),
    MemberSpec(
        "watanabe", "渡辺", "悠斗", "わたなべ", "ゆうと", "maruzen_gomu", "取締役副社長",
        _C.MEMBER, "y.watanabe@example.jp", "046-555-2114", date(2024, 4, 1),
        notes="人材育成部会。",
    ),
    MemberSpec(
        "morita_k", "森田", "健一", "もりた", "けんいち", "morita_chuzo", "専務取締役",
        _C.MEMBER, "k.morita@example.jp", "046-555-2115", date(2016, 7, 1),
        left_on=date(2025, 7, 31), archived_on=date(2025, 8, 1),
        notes="令和7年7月31日付で退任（代表取締役就任に伴い社業に専念するため）。"
        "後任は森田沙織委員。",
    ),
    MemberSpec(
        "morita_s", "森田", "沙織", "もりた", "さおり", "morita_chuzo", "取締役総務部長",
        _C.MEMBER, "s.morita@example.jp", "046-555-2115", date(2025, 9, 1),
        term_start=date(2025, 9, 1), notes="森田健一委員の後任（任期は前任者の残任期間）。",
    ),
    MemberSpec(
        "higashi", "東", "雅彦", "ひがし", "まさひこ", "minato_tech", "工学部機械工学科 教授",
        _C.ADVISOR, "m.higashi@example.jp", "046-555-0510", date(2021, 4, 1),
        notes="生産工学が専門。オンラインでの出席が多い。",
    ),
    MemberSpec(
        "sano", "佐野", "友美", "さの", "ともみ", "minato_city", "産業振興課 主査",
        _C.SECRETARIAT, "t.sano@city.minato.example.jp", "046-555-0102", date(2023, 4, 1),
        term_start=None, term_end=None, notes="事務局担当（主担当）。",
    ),
    MemberSpec(
        "ishida", "石田", "航", "いしだ", "わたる", "minato_city", "産業振興課 主事",
        _C.SECRETARIAT, "w.ishida@city.minato.example.jp", "046-555-0103", date(2025, 4, 1),
        term_start=None, term_end=None, notes="事務局担当（議事録・ブログ）。",
    ),
)
# fmt: on

SUBCOMMITTEE_MEMBERS: tuple[str, ...] = ("komatsu", "takano", "arai", "fujii", "izumi", "watanabe")

SECRETARIAT_GUESTS: tuple[GuestSpec, ...] = (
    GuestSpec("佐野 友美", "みなと市 産業振興課 主査"),
    GuestSpec("石田 航", "みなと市 産業振興課 主事"),
)
SUBCOMMITTEE_GUESTS: tuple[GuestSpec, ...] = (GuestSpec("石田 航", "みなと市 産業振興課 主事"),)
DIVISION_HEAD = GuestSpec("山口 博", "みなと市 産業振興課長")

CITY_HALL_ROOM = "みなと市役所 本庁舎5階 第2会議室"
CENTER_ROOM = "みなと市産業振興センター 2階 研修室"
RECORDER = "石田 航（事務局）"

# --------------------------------------------------------------------------- meetings: 定例会

_OPEN = ActionStatus.OPEN
_WIP = ActionStatus.IN_PROGRESS
_DONE = ActionStatus.DONE
_DELIB = AgendaKind.DELIBERATION
_REPORT = AgendaKind.REPORT
_OTHER = AgendaKind.OTHER
_EVENING = (time(19, 0), time(20, 30))
_SUB_EVENING = (time(18, 30), time(20, 0))
_SECRETARIAT = "事務局"
_EVERY_MEMBER = "各委員"

_R1 = MeetingSpec(
    key="r1",
    body="regular",
    fiscal_year=2025,
    sequence=1,
    held_on=date(2025, 4, 15),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "令和7年度 事業計画（案）",
        "委員名簿（令和7年4月1日現在）",
        "令和7年 合同入社式 実施報告",
    ),
    attendance=(
        absent("okabe", "出張のため"),
        late("takano", time(19, 20), "来客対応のため"),
        online("higashi"),
    ),
    extra_guests=(DIVISION_HEAD,),
    signers=("miura", "kawamura"),
    agenda=(
        AgendaSpec(
            "令和7年度 事業計画について",
            "3つの方針（【1】新たな価値の創造【2】技術・技能の継承及び人材の確保・育成"
            "【3】事業環境整備）に沿って、令和7年度の事業計画案を示す。"
            "重点事業は、他地域工業団体との交流（北浜地域を想定）、みなとオープンファクトリーの拡充、"
            "合同研修の継続の3点としたい。",
            _DELIB,
            presenter="hamada",
            result="承認",
            resolution="→原案のとおり承認。北浜地域との交流は、5月の定例会で具体案を協議する。",
            remarks=(
                opinion(
                    "miura",
                    "オープンファクトリーは昨年度9社の参加にとどまった。今年度は部品メーカーだけでなく、"
                    "自社製品を持つ企業にも声をかけて参加企業を増やしたい。",
                ),
                opinion(
                    "kawamura",
                    "他地域との交流は、視察して終わりになりがちだ。訪問前に、相手地域とどんな取引や協業が"
                    "できるのか、仮説を持って臨むべきだ。",
                ),
                question(
                    "aoki",
                    "今年度の委員会の予算は昨年度と比べてどうなっているか。視察の旅費はどこから出るのか。",
                ),
                answer(
                    "sano",
                    "事業費は前年度と同額を確保しています。視察の旅費は、市の地域間産業交流事業で"
                    "交通費の2分の1を補助する予定です。",
                ),
                opinion(
                    "fujii",
                    "合同研修は新入社員向けだけでなく、入社3年目前後の若手向けもあると良い。"
                    "離職が多いのはその層だ。",
                    done(
                        "人材育成部会で検討し、11月20日に入社2〜3年目を対象としたフォローアップ研修を"
                        "新設・実施した。",
                        date(2025, 11, 20),
                    ),
                ),
                opinion(
                    "higashi",
                    "大学としても学生の工場見学の受入れ先を探している。オープンファクトリーと学生向けの"
                    "見学を組み合わせられないか。",
                ),
            ),
            actions=(
                ActionSpec(
                    "北浜地域との交流について、訪問時期・参加者・目的の具体案をまとめ、第2回定例会に"
                    "提出する。",
                    "hamada",
                    date(2025, 5, 20),
                    _DONE,
                    date(2025, 5, 20),
                ),
            ),
        ),
        AgendaSpec(
            "役員体制及び部会の構成について",
            "任期2年目の役員体制と、人材育成部会の構成について確認したい。",
            _DELIB,
            presenter_name="事務局（佐野）",
            result="承認",
            resolution="→委員長に浜田委員、副委員長に三浦委員・青木委員が引き続き就任する。"
            "人材育成部会の部会長は小松委員とする。",
            remarks=(
                opinion(
                    "oonishi",
                    "部会は人材育成だけでなく、販路開拓など他のテーマの部会も将来的には必要ではないか。",
                    in_progress(
                        "令和8年度事業計画の検討の中で、販路開拓部会の新設を協議している。"
                    ),
                ),
                question(
                    "izumi", "部会に参加していない委員も、部会の議事録を見ることはできるのか。"
                ),
                answer("ishida", "部会の議事録は、承認後に委員全員へメールで共有します。"),
            ),
        ),
        AgendaSpec(
            "令和7年 合同入社式の実施報告",
            "4月3日に市内15社・新入社員42名が参加し、みなと市産業振興センターで合同入社式及び"
            "合同研修（ビジネスマナー、安全衛生）を実施した。",
            _REPORT,
            presenter="komatsu",
            result="報告了承",
            resolution="→アンケート結果を人材育成部会で分析し、次年度の改善につなげる。",
            remarks=(
                question(
                    "takano",
                    "参加した新入社員のアンケートで、特に評価が高かったプログラムは何か。",
                ),
                answer(
                    "komatsu",
                    "他社の同期と話せたグループワークの評価が最も高かった。一方で、安全衛生の講義は"
                    "長すぎるという声があった。",
                ),
                opinion(
                    "morita_k",
                    "同期のつながりが定着につながる。夏ごろに同じメンバーで集まる機会を作れないか。",
                ),
            ),
            actions=(
                ActionSpec(
                    "合同入社式アンケートの集計結果を委員へ共有する。",
                    _SECRETARIAT,
                    date(2025, 5, 16),
                    _DONE,
                    date(2025, 5, 14),
                ),
            ),
        ),
    ),
)

_R2 = MeetingSpec(
    key="r2",
    body="regular",
    fiscal_year=2025,
    sequence=2,
    held_on=date(2025, 5, 20),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=("北浜地域との連携について（提案）", "みなとオープンファクトリー2025 企画書（素案）"),
    attendance=(
        absent("oohashi", "取引先訪問のため"),
        proxy("izumi", "松本 修（株式会社いずみ梱包 営業部長）"),
        left_early("hojo", time(20, 0), "社内会議のため"),
        absent("higashi", "学会出張のため"),
    ),
    signers=("aoki", "okabe"),
    agenda=(
        AgendaSpec(
            "他地域工業団体との連携について（北浜地域）",
            "市と市内工業団体では、日本海側のものづくり地域である北浜市（以下「北浜地域」）の"
            "経済団体と視察・意見交換を進めている。行政・企業双方にメリットがあると考えられることから、"
            "当委員会がみなと側の窓口となり、ものづくりを焦点にした地域間連携に発展させたい。"
            "委員の意見を伺いたい。",
            _DELIB,
            presenter="hamada",
            result="承認",
            resolution="→7月下旬に北浜地域を委員数名で訪問する。視察、意見交換を通じ、"
            "地域間連携の礎を築く。参加者は6月の定例会までに確定する。",
            remarks=(
                opinion(
                    "miura",
                    "北浜地域には自動車関連の大手企業がなく、当市の企業と競合する分野が少ない。"
                    "双方に営業の余地がある。",
                ),
                opinion(
                    "kawamura",
                    "みなとの企業が北浜企業の関東の営業所のような役割を担えれば、先方のメリットは大きい。",
                ),
                opinion(
                    "aoki",
                    "北浜地域はまち全体で「ものづくり」を打ち出している。行政の巻き込み方やブランディングは、"
                    "みなとの行政・企業ともに学ぶ点が多い。",
                ),
                opinion(
                    "oonishi",
                    "感染症の影響で途絶えてしまった、以前交流のあった地域との関係も再開したい。"
                    "みなとがハブになり、他地域同士をつなぐことも目指せるのではないか。",
                ),
                opinion(
                    "fujii",
                    "業種の異なる企業がまとまって交流すること自体が、新たな価値の創造につながると思う。",
                ),
                opinion(
                    "hojo",
                    "脱炭素やEV化で、部品の需要はこれから大きく変わる。同じ未来に向かうものづくりのまち同士、"
                    "一緒に何かを探す意義はある。",
                ),
                opinion(
                    "okabe",
                    "当社は北浜地域の製品を商社経由で毎月購入している。先方の企業と直接つながれれば、"
                    "双方に大きなメリットがある。",
                ),
                proposal(
                    "takano",
                    "成果を出すために、まずは「学ぶ」視点で交流してはどうか。BCPや社員研修の視点も入れて、"
                    "社員を巻き込んだ交流を目指したい。",
                    in_progress(
                        "連携協定の年間事業に社員研修の相互受入れを盛り込み、令和8年度の実施に向けて"
                        "北浜市工業会と調整中。"
                    ),
                ),
                question(
                    "komatsu",
                    "訪問の旅費や日程はどの程度を想定しているか。平日2日間だと参加できる委員が限られる。",
                ),
                answer(
                    "sano",
                    "木・金曜日の1泊2日を想定しています。交通費は市の補助（2分の1）を予定しています。",
                ),
            ),
            actions=(
                ActionSpec(
                    "北浜市工業会へ訪問を打診し、受入れ可能な日程を確認する。",
                    _SECRETARIAT,
                    date(2025, 6, 6),
                    _DONE,
                    date(2025, 6, 4),
                ),
            ),
        ),
        AgendaSpec(
            "みなとオープンファクトリー2025について",
            "昨年度に続き、市内製造業の工場を一般公開する「みなとオープンファクトリー2025」を"
            "11月に開催したい。参加企業を12社以上に増やし、小中学生の親子向けツアーを新設する"
            "企画素案を示す。",
            _DELIB,
            presenter="aoki",
            result="継続審議",
            resolution="→企画素案をもとに各社の参加可否を確認し、6月の定例会で実施方針を決定する。",
            remarks=(
                question(
                    "watanabe",
                    "休日に開催する場合、社員の休日出勤手当は各社の負担になるのか。",
                    done(
                        "市の「ものづくり魅力発信事業」の補助対象（上限5万円）となることを確認し、"
                        "第3回定例会で報告した。",
                        date(2025, 6, 17),
                    ),
                ),
                answer(
                    "aoki",
                    "昨年度は各社の負担だった。今年度は市の補助の対象にできないか、事務局に確認している。",
                ),
                opinion(
                    "arai",
                    "熱処理やめっきのように、一般の人には見えにくい工程こそ公開する価値がある。"
                    "安全面の説明資料は共通で作りたい。",
                ),
            ),
            actions=(
                ActionSpec(
                    "オープンファクトリーへの参加意向を社内で確認し、事務局へ回答する。",
                    _EVERY_MEMBER,
                    date(2025, 6, 10),
                    _DONE,
                    date(2025, 6, 12),
                ),
            ),
        ),
        AgendaSpec(
            "事務局からの報告（市の補助制度）",
            "令和7年度の市の中小企業向け補助制度（設備投資促進補助金、省エネ設備導入補助金、"
            "人材確保支援補助金）の概要と募集時期を報告した。",
            _REPORT,
            presenter_name="事務局（佐野）",
            result="報告了承",
            remarks=(
                question("oonishi", "省エネ設備導入補助金は、リースでの導入も対象になるか。"),
                answer(
                    "sano",
                    "リースも対象ですが、設備本体の価格に相当する額が補助対象経費となります。"
                    "詳細は要綱を確認のうえ、個別にご相談ください。",
                ),
            ),
        ),
    ),
)

_R3 = MeetingSpec(
    key="r3",
    body="regular",
    fiscal_year=2025,
    sequence=3,
    held_on=date(2025, 6, 17),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "北浜地域視察 行程（案）",
        "みなとオープンファクトリー2025 実施方針（案）",
        "「みなと工場ナビ」運用状況",
    ),
    attendance=(
        absent("kawamura", "海外出張のため"),
        online("aoki"),
        absent("morita_k", "社用のため"),
    ),
    extra_guests=(
        GuestSpec("田島 康夫", "みなと商工会議所 中小企業相談所長", GuestCategory.GUEST),
    ),
    signers=("takano", "oonishi"),
    agenda=(
        AgendaSpec(
            "北浜地域視察の行程及び参加者について",
            "北浜市工業会から受入れ可能との回答を得た。7月24日（木）〜25日（金）の1泊2日とし、"
            "1日目に北浜市ものづくり支援センター及び会員企業の見学、2日目に工業会との意見交換会を"
            "行う行程案を示す。",
            _DELIB,
            presenter_name="事務局（佐野）",
            result="承認",
            resolution="→行程案のとおり実施する。参加者は浜田委員長、三浦副委員長、青木副委員長、"
            "川村委員、北条委員、藤井委員及び事務局。各社の会社案内を持参する。",
            remarks=(
                opinion(
                    "hamada",
                    "意見交換会では、各社が3分程度で自社の強みを紹介する時間を設けたい。",
                ),
                question(
                    "hojo",
                    "先方の企業の一覧は事前にもらえるのか。どの会社と話すか準備しておきたい。",
                ),
                answer(
                    "sano",
                    "工業会の会員名簿（約80社）を入手済みです。業種別に整理して事前にお配りします。",
                ),
                proposal(
                    "fujii",
                    "会社案内とは別に、参加6社の技術を1枚にまとめた「みなと技術マップ」を作って"
                    "持参してはどうか。",
                    done("事務局で作成し、視察時に40部を配布した。", date(2025, 7, 23)),
                ),
                guest_remark(
                    "田島 康夫（みなと商工会議所）",
                    RemarkKind.OPINION,
                    "商工会議所としても、北浜の商工団体との間で会員企業の相互紹介ができないか"
                    "検討したい。",
                ),
            ),
            actions=(
                ActionSpec(
                    "北浜市及び北浜市工業会へ視察訪問の依頼文書を発送する。",
                    _SECRETARIAT,
                    date(2025, 6, 24),
                    _DONE,
                    date(2025, 6, 20),
                ),
                ActionSpec(
                    "参加6社の技術を1枚にまとめた「みなと技術マップ」を作成する。",
                    _SECRETARIAT,
                    date(2025, 7, 18),
                    _DONE,
                    date(2025, 7, 17),
                    remark_index=3,
                ),
            ),
        ),
        AgendaSpec(
            "みなとオープンファクトリー2025の実施方針について",
            "各社の参加意向を集約した結果、13社が参加の意向を示した。11月8日（土）に開催し、"
            "親子向けツアー（定員40組）と学生向けの見学コースを新設する方針案を示す。",
            _DELIB,
            presenter="aoki",
            result="承認",
            resolution="→11月8日（土）の開催で決定。運営は委員会と市の共催とし、"
            "商工会議所に後援を依頼する。",
            remarks=(
                opinion(
                    "komatsu",
                    "学生向けコースは、人材育成部会で大学と調整させてほしい。インターンシップにつなげたい。",
                ),
                opinion(
                    "higashi",
                    "工学部の1・2年生に、授業の一環として案内できる。土曜日なら参加しやすい。",
                ),
                question(
                    "okabe",
                    "塗装ブースは溶剤を扱うので見学範囲が限られる。見学できない工程は写真パネルで"
                    "紹介しても良いか。",
                ),
                answer(
                    "aoki",
                    "各社の安全基準を優先してください。写真や動画での紹介で問題ありません。",
                ),
                proposal(
                    "watanabe",
                    "昨年度は来場者アンケートの回収率が低かった。スタンプラリー形式にして、最後に"
                    "アンケートを回収してはどうか。",
                    done(
                        "スタンプラリー台紙にアンケートを付け、回収率は78%となった（第7回定例会で報告）。",
                        date(2025, 11, 18),
                    ),
                ),
            ),
            actions=(
                ActionSpec(
                    "みなと商工会議所へ後援名義の使用を依頼する。",
                    _SECRETARIAT,
                    date(2025, 9, 12),
                    _DONE,
                    date(2025, 9, 10),
                ),
            ),
        ),
        AgendaSpec(
            "「みなと工場ナビ」について",
            "市が運営する市内工場の紹介サイト「みなと工場ナビ」を、委員会の情報発信に活用したい。",
            _DELIB,
            presenter_name="事務局（石田）",
            result="一部承認（通知機能は継続審議）",
            resolution="・委員会アカウントを作成する。\n"
            "・会議内容や市内産業の状況について、ブログ機能で発信を進める。\n"
            "・登録企業へのプッシュ型通知について、引き続き市を通じて構築業者へ提案する。",
            remarks=(
                opinion(
                    "oohashi",
                    "掲載情報が数年前のままの企業が多い。年1回は更新を依頼する仕組みが必要だ。",
                    in_progress("登録企業へ年1回の更新依頼を行う運用案を事務局で作成中。"),
                ),
                question("izumi", "ブログの記事は誰が書くのか。委員の負担が大きいと続かない。"),
                answer(
                    "ishida",
                    "事務局が会議の概要を下書きし、委員長の確認を経て掲載します。",
                ),
            ),
            actions=(
                ActionSpec(
                    "委員会アカウントを作成し、第3回定例会の概要をブログに掲載する。",
                    "ishida",
                    date(2025, 7, 31),
                    _DONE,
                    date(2025, 7, 28),
                ),
                ActionSpec(
                    "登録企業への情報更新依頼の運用案を作成する。",
                    _SECRETARIAT,
                    date(2025, 12, 26),
                    _WIP,
                    remark_index=0,
                ),
            ),
        ),
    ),
)

_R4 = MeetingSpec(
    key="r4",
    body="regular",
    fiscal_year=2025,
    sequence=4,
    held_on=date(2025, 7, 15),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "北浜地域視察 実施要領",
        "人材育成部会 活動報告",
        "脱炭素経営勉強会 企画案",
    ),
    attendance=(
        absent("komatsu", "社用のため"),
        proxy("oonishi", "田村 誠（港南金属工業株式会社 製造部長）"),
        late("arai", time(19, 30), "納品立会いのため"),
        absent("higashi", "授業のため"),
    ),
    signers=("hojo", "izumi"),
    agenda=(
        AgendaSpec(
            "北浜地域視察の最終確認について",
            "7月24日〜25日の視察について、集合時間（7月24日8:10 みなと駅中央改札前）、行程、"
            "持参物（会社案内、技術マップ、名刺100枚程度）を確認した。",
            _REPORT,
            presenter_name="事務局（佐野）",
            result="報告了承",
            remarks=(
                opinion(
                    "miura",
                    "意見交換会の後の懇親会の費用は各自負担とし、当日に現金で集めたい。",
                ),
                question("kawamura", "先方から事前に質問事項は届いているか。"),
                answer(
                    "sano",
                    "工業会から「人材確保の取組」と「関東圏での販路」について話を聞きたいと"
                    "連絡がありました。",
                ),
            ),
        ),
        AgendaSpec(
            "人材育成部会からの報告",
            "6月26日に第1回人材育成部会を開催し、フォローアップ研修（入社2〜3年目対象）の企画と、"
            "みなと工科大学と連携したインターンシップの試行について協議した。",
            _REPORT,
            presenter="takano",
            result="報告了承",
            remarks=(
                question("aoki", "フォローアップ研修は何名くらいの参加を想定しているか。"),
                answer(
                    "takano",
                    "各社1〜2名で、20名程度を想定している。講師は産業振興財団に相談中。",
                ),
            ),
        ),
        AgendaSpec(
            "脱炭素経営勉強会の開催について",
            "取引先からCO2排出量の報告を求められる企業が増えている。委員企業向けに、排出量の"
            "算定方法と省エネ補助金の活用を学ぶ勉強会を秋に開催したい。",
            _DELIB,
            presenter="oohashi",
            result="承認",
            resolution="→10月に勉強会を開催する。講師は公益財団法人みなと産業振興財団に依頼する。"
            "委員企業以外の市内企業にも案内する。",
            remarks=(
                opinion(
                    "arai",
                    "熱処理はエネルギーを多く使う業種で、取引先からの削減要請が最も厳しい。"
                    "具体的な算定事例を聞きたい。",
                ),
                opinion(
                    "watanabe",
                    "排出量の算定は、まず電気とガスの使用量の把握から始めれば中小企業でも取り組める。",
                ),
                question("okabe", "勉強会は夜間の開催か。現場の担当者も参加させたい。"),
                answer(
                    "oohashi",
                    "現場の方が参加しやすいよう、平日の15時〜17時を想定している。",
                ),
            ),
            actions=(
                ActionSpec(
                    "勉強会の講師を産業振興財団に依頼し、日程を調整する。",
                    "oohashi",
                    date(2025, 8, 29),
                    _DONE,
                    date(2025, 8, 22),
                ),
            ),
        ),
        AgendaSpec(
            "その他",
            "森田委員から、7月31日付での退任について挨拶があった。",
            _OTHER,
            remarks=(
                report(
                    "morita_k",
                    "7月末で委員を退任することになった。鋳造業も脱炭素への対応は避けて通れない。"
                    "後任には当社取締役の森田沙織を推薦したい。",
                ),
                opinion(
                    "hamada",
                    "委員会の立ち上げから長年尽力いただいた。後任の委嘱の手続きは事務局で進めてほしい。",
                ),
            ),
            actions=(
                ActionSpec(
                    "森田委員の後任の委嘱手続きを行う。",
                    _SECRETARIAT,
                    date(2025, 8, 29),
                    _DONE,
                    date(2025, 8, 27),
                ),
            ),
        ),
    ),
)

_R5 = MeetingSpec(
    key="r5",
    body="regular",
    fiscal_year=2025,
    sequence=5,
    held_on=date(2025, 9, 16),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "北浜地域視察 報告書",
        "北浜市工業会との連携協定書（案）",
        "みなとオープンファクトリー2025 準備状況",
    ),
    attendance=(
        absent("izumi", "体調不良のため"),
        online("hojo"),
        left_early("fujii", time(20, 5), "社用のため"),
        absent("oonishi", notified=False),
    ),
    signers=("aoki", "kawamura"),
    agenda=(
        AgendaSpec(
            "北浜地域視察の報告について",
            "7月24日〜25日に委員6名と事務局で北浜市を訪問した。北浜市ものづくり支援センター及び"
            "株式会社北浜ファインテックを見学し、北浜市工業会と意見交換を行った。"
            "商談5件、見積依頼2件が生まれた。",
            _REPORT,
            presenter="hamada",
            result="報告了承",
            resolution="→視察報告書を市のウェブサイト及び「みなと工場ナビ」で公開する。",
            remarks=(
                opinion(
                    "miura",
                    "北浜の若手経営者は危機感が強く、自ら動いている。みなとの企業は仕事に恵まれている分、"
                    "危機意識が薄いと感じた。",
                ),
                report(
                    "kawamura",
                    "北浜ファインテック社から減速機部品の見積依頼を受けた。9月中に回答する。",
                ),
                opinion(
                    "hojo",
                    "支援センターの試作ラボのような設備が市内にも欲しい。大学の設備を企業が使える"
                    "仕組みはないか。",
                    pending(),
                ),
                question("komatsu", "先方の人材確保の取組で、参考になったものはあるか。"),
                answer(
                    "aoki",
                    "高校と工業会が連携し、2年生全員が地元企業で5日間の就業体験をしている。"
                    "採用につながる割合が高いとのことだった。",
                ),
            ),
            actions=(
                ActionSpec(
                    "視察報告書を市のウェブサイト及び「みなと工場ナビ」に掲載する。",
                    _SECRETARIAT,
                    date(2025, 9, 30),
                    _DONE,
                    date(2025, 9, 26),
                ),
            ),
        ),
        AgendaSpec(
            "北浜市工業会との連携協定について",
            "視察時の意見交換を受け、北浜市工業会との間で、相互の企業紹介、展示会の共同出展、"
            "社員研修の相互受入れを内容とする連携協定を締結したい。協定書（案）を示す。",
            _DELIB,
            presenter="hamada",
            result="継続審議",
            resolution="→協定書案を各社で持ち帰って検討し、10月の定例会で再度協議する。",
            remarks=(
                question("fujii", "協定を結んだ場合、委員会として費用の負担は発生するのか。"),
                answer(
                    "sano",
                    "協定自体に費用負担はありません。共同出展などの個別事業の費用は、その都度協議と"
                    "なります。",
                ),
                opinion(
                    "okabe",
                    "協定は手段であって目的ではない。締結後に何を一緒にやるのか、年間の計画まで"
                    "決めておくべきだ。",
                ),
                opinion(
                    "morita_s",
                    "協定の締結は、市全体が本気になるきっかけになる。締結式には市長にも出席して"
                    "もらえないか。",
                    done(
                        "令和8年2月6日の締結式に、みなと市長が立会人として出席した。",
                        date(2026, 2, 6),
                    ),
                ),
            ),
            actions=(
                ActionSpec(
                    "協定書案を社内で検討し、意見を事務局へ提出する。",
                    _EVERY_MEMBER,
                    date(2025, 10, 10),
                    _DONE,
                    date(2025, 10, 10),
                ),
            ),
        ),
        AgendaSpec(
            "新委員の紹介",
            "9月1日付で委嘱した森田沙織委員（株式会社森田鋳造所 取締役総務部長）を紹介した。",
            _OTHER,
            presenter_name="事務局（佐野）",
            remarks=(
                report(
                    "morita_s",
                    "鋳造業は若手の採用が特に難しい。委員会の活動を通じて、人材確保の取組を学びたい。",
                ),
            ),
        ),
        AgendaSpec(
            "みなとオープンファクトリー2025の準備状況",
            "参加企業は13社。親子ツアー・学生コースの受付を10月1日から開始する。"
            "チラシ5,000部を市内の小中学校へ配布する予定。",
            _REPORT,
            presenter="aoki",
            result="報告了承",
            remarks=(
                proposal(
                    "takano",
                    "チラシだけでなくSNSでも発信したい。各社の公式アカウントで同じハッシュタグを使おう。",
                ),
                opinion(
                    "watanabe",
                    "当日は来場者の駐車場が不足する。市役所の駐車場を臨時に使えないか。",
                    done(
                        "市役所本庁舎の駐車場（80台）を当日の臨時駐車場として使用する許可を得た。",
                        date(2025, 10, 14),
                    ),
                ),
            ),
        ),
    ),
)

_R6 = MeetingSpec(
    key="r6",
    body="regular",
    fiscal_year=2025,
    sequence=6,
    held_on=date(2025, 10, 21),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "みなとオープンファクトリー2025 実施計画",
        "北浜市工業会との連携協定書（修正案）",
        "視察受入れについて（依頼）西ケ丘市ものづくり振興協議会",
    ),
    attendance=(
        absent("miura", "出張のため"),
        online("takano"),
        late("oohashi", time(19, 20)),
    ),
    signers=("komatsu", "arai"),
    agenda=(
        AgendaSpec(
            "みなとオープンファクトリー2025の実施計画について",
            "11月8日（土）10:00〜16:00、13社で開催する。親子ツアー（4コース・定員40組）は"
            "申込68組のため抽選とする。当日は委員が各社の受付を担当する。",
            _DELIB,
            presenter="aoki",
            result="承認",
            resolution="→実施計画のとおり実施する。雨天時は屋外展示を中止し、屋内の見学のみとする。",
            remarks=(
                opinion(
                    "komatsu",
                    "申込が定員を大きく超えたのは手応えがある。抽選に外れた方には、来年度の優先案内を"
                    "したい。",
                ),
                question("kawamura", "当日の保険はどうなっているか。"),
                answer(
                    "ishida",
                    "市の行事保険に加入します。各社の施設賠償責任保険も、念のため確認をお願いします。",
                ),
                proposal(
                    "izumi",
                    "梱包材を使った子ども向けの工作コーナーを出したい。待ち時間の対策にもなる。",
                ),
            ),
        ),
        AgendaSpec(
            "北浜市工業会との連携協定について",
            "前回の意見を踏まえ、協定書案に年間の連携事業（展示会の共同出展、社員研修の相互受入れ、"
            "年1回の相互訪問）を別紙として追加した修正案を示す。",
            _DELIB,
            presenter="hamada",
            result="継続審議",
            resolution="→修正案で先方と調整する。締結は年度内を目標とし、12月の定例会で最終案を"
            "協議する。",
            remarks=(
                opinion(
                    "oonishi",
                    "社員研修の相互受入れは、まず若手社員数名の短期派遣から始めるのが現実的だ。",
                ),
                opinion(
                    "okabe",
                    "年間計画が入ったことで、協定の中身が具体的になった。この案で進めてほしい。",
                ),
                proposal(
                    "higashi",
                    "大学も協定の協力機関として名前を入れてもらえれば、学生の派遣や共同研究で"
                    "協力できる。",
                    done(
                        "協定書別紙に「協力機関：みなと工科大学」を追記した（第8回定例会で承認）。",
                        date(2025, 12, 16),
                    ),
                ),
            ),
            actions=(
                ActionSpec(
                    "修正案を北浜市工業会へ送付し、意見を照会する。",
                    _SECRETARIAT,
                    date(2025, 11, 7),
                    _DONE,
                    date(2025, 10, 30),
                ),
            ),
        ),
        AgendaSpec(
            "西ケ丘市ものづくり振興協議会の視察受入れについて",
            "西ケ丘市ものづくり振興協議会から、11月27日（木）に委員等12名で当市を視察したいとの"
            "依頼があった。受入れの可否と見学先を協議したい。",
            _DELIB,
            presenter_name="事務局（佐野）",
            result="承認",
            resolution="→受入れを承諾する。見学先は株式会社浜田精機と株式会社小松電装とし、"
            "午後に市役所で意見交換会を行う。",
            remarks=(
                opinion("komatsu", "当社で見学を受け入れる。制御盤の組立ラインを案内できる。"),
                opinion(
                    "hamada",
                    "当社も受け入れる。意見交換会では、委員会の合同入社式の取組を紹介したい。",
                ),
                question("aoki", "先方の関心はどこにあるのか。"),
                answer(
                    "sano",
                    "若手経営者による組織の運営と、行政との役割分担について聞きたいとのことです。",
                ),
            ),
            actions=(
                ActionSpec(
                    "西ケ丘市ものづくり振興協議会へ受入れの承諾を回答する。",
                    _SECRETARIAT,
                    date(2025, 10, 31),
                    _DONE,
                    date(2025, 10, 28),
                ),
            ),
        ),
    ),
)

_R7 = MeetingSpec(
    key="r7",
    body="regular",
    fiscal_year=2025,
    sequence=7,
    held_on=date(2025, 11, 18),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "みなとオープンファクトリー2025 実施報告",
        "西ケ丘市ものづくり振興協議会 視察受入れ行程表",
        "市への施策提案（人材確保）骨子案",
    ),
    attendance=(
        absent("watanabe", "展示会出展のため"),
        absent("hojo", "社用のため"),
        left_early("okabe", time(20, 0), "社用のため"),
        online("higashi"),
    ),
    signers=("fujii", "takano"),
    agenda=(
        AgendaSpec(
            "みなとオープンファクトリー2025の実施報告",
            "11月8日に13社で開催し、来場者は延べ910名（前年度620名）。親子ツアー40組、"
            "学生コース23名が参加した。アンケート回収率は78%で、「満足」「やや満足」が計92%であった。",
            _REPORT,
            presenter="aoki",
            result="報告了承",
            resolution="→来年度も継続して開催する。学生コースからインターンシップへの接続は、"
            "人材育成部会で検討する。",
            remarks=(
                opinion(
                    "okabe",
                    "塗装工程の写真パネルは子どもたちに好評だった。見せられない工程も、見せ方次第で"
                    "魅力になる。",
                ),
                report(
                    "oonishi",
                    "学生コースに参加した2名から、後日、当社へインターンシップの問い合わせがあった。",
                ),
                question(
                    "kawamura",
                    "来場者の居住地の内訳は把握しているか。市外からの来場はどの程度か。",
                ),
                answer(
                    "ishida",
                    "アンケートでは市内が約7割、市外が約3割でした。市外では隣接する2市からの来場が"
                    "多くなっています。",
                ),
            ),
        ),
        AgendaSpec(
            "西ケ丘市ものづくり振興協議会の視察受入れの行程について",
            "11月27日（木）の行程案：10:00 株式会社浜田精機 見学、11:30 株式会社小松電装 見学、"
            "13:30〜15:30 市役所で意見交換会。",
            _DELIB,
            presenter_name="事務局（佐野）",
            result="承認",
            resolution="→行程案のとおり実施する。意見交換会の進行は浜田委員長、取組の紹介は"
            "小松委員が行う。",
            remarks=(
                opinion(
                    "fujii",
                    "意見交換会には委員全員が参加できると良い。他地域の若手経営者とつながる機会になる。",
                ),
                question("morita_s", "意見交換会の後に懇親の場は設けるのか。"),
                answer(
                    "sano",
                    "先方が日帰りのため懇親会は設けず、意見交換会の時間を長めに取ります。",
                ),
            ),
        ),
        AgendaSpec(
            "市への施策提案（人材確保）について",
            "委員企業へのアンケート（14社回答）では、13社が「人材確保が最大の経営課題」と回答した。"
            "市の次年度予算に向けて、①合同企業説明会の市主催化、②外国人材の受入れ支援、"
            "③社員寮・住宅の確保支援の3点を提案したい。",
            _DELIB,
            presenter="komatsu",
            result="継続審議",
            resolution="→骨子案に各委員の意見を反映し、12月の定例会で提案書を確定する。",
            remarks=(
                opinion(
                    "takano",
                    "外国人材については、受入れ後の生活支援（住居・日本語学習）まで市に踏み込んで"
                    "ほしい。",
                ),
                proposal(
                    "arai",
                    "各社ばらばらに作っている求人票を委員会の共通フォーマットで作成し、高校に一括で"
                    "届けてはどうか。",
                    in_progress(
                        "人材育成部会で共通フォーマット案を作成中（令和8年度の高校訪問で使用予定）。"
                    ),
                ),
                proposal(
                    "higashi",
                    "大学の就職説明会に「みなとのものづくり企業」として合同ブースを出すことも、"
                    "提案に入れてはどうか。",
                ),
                opinion(
                    "izumi",
                    "住宅の支援は、空き家を社員寮に転用する際の改修費補助という形なら実現しやすいと思う。",
                ),
            ),
            actions=(
                ActionSpec(
                    "各委員の意見を反映して施策提案書（案）を取りまとめる。",
                    "komatsu",
                    date(2025, 12, 10),
                    _DONE,
                    date(2025, 12, 9),
                ),
                ActionSpec(
                    "委員会共通の求人票フォーマットを作成する。",
                    "arai",
                    date(2026, 3, 31),
                    _WIP,
                    remark_index=1,
                ),
            ),
        ),
    ),
)

_R8 = MeetingSpec(
    key="r8",
    body="regular",
    fiscal_year=2025,
    sequence=8,
    held_on=date(2025, 12, 16),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "西ケ丘市ものづくり振興協議会 視察受入れ報告",
        "人材確保に関する施策提案書（案）",
        "北浜市工業会との連携協定書（最終案）",
    ),
    attendance=(
        absent("kawamura", "出張のため"),
        late("izumi", time(19, 25)),
        absent("takano", "社用のため"),
        proxy("arai", "新井 明美（株式会社シンワ熱処理 総務部長）"),
    ),
    extra_guests=(
        DIVISION_HEAD,
        GuestSpec("工藤 亮", "北浜市工業会 事務局長（オンライン参加）", GuestCategory.GUEST),
    ),
    signers=("oonishi", "morita_s"),
    agenda=(
        AgendaSpec(
            "西ケ丘市ものづくり振興協議会の視察受入れの報告",
            "11月27日に西ケ丘市ものづくり振興協議会の委員等12名を受け入れた。2社の見学と"
            "意見交換会を行い、後日3社から取引に関する問い合わせがあった。",
            _REPORT,
            presenter_name="事務局（佐野）",
            result="報告了承",
            remarks=(
                opinion(
                    "hamada",
                    "受け入れる側として自分たちの取組を説明したことで、委員会の強みを再確認できた。",
                ),
                report(
                    "komatsu",
                    "見学後、先方の企業から制御盤の製作について問い合わせがあり、見積を提出した。",
                ),
            ),
        ),
        AgendaSpec(
            "人材確保に関する施策提案について",
            "前回の意見を反映し、①合同企業説明会の市主催化、②外国人材の受入れ・生活支援、"
            "③空き家を活用した社員寮の改修費補助、④大学の就職説明会への合同出展の4項目とした"
            "提案書（案）を示す。",
            _DELIB,
            presenter="komatsu",
            result="承認",
            resolution="→提案書を一部修正のうえ確定し、1月中に委員長から市長へ手渡す。",
            remarks=(
                opinion(
                    "miura",
                    "4項目それぞれに、委員会として何をするかも書き込むべきだ。市に頼むだけの提案には"
                    "したくない。",
                ),
                opinion(
                    "oonishi",
                    "優先順位を付けたほうが予算化されやすい。①と④は来年度すぐに実施できる。",
                ),
                guest_remark(
                    "山口 博（産業振興課長）",
                    RemarkKind.ANSWER,
                    "予算要求の時期を考えると、1月中の提出であれば次年度の事業に反映できる可能性が"
                    "あります。",
                ),
                question(
                    "okabe",
                    "空き家の改修費補助は、他市に前例はあるか。",
                    done("県内2市の制度概要を第9回定例会で配布した。", date(2026, 1, 20)),
                ),
                answer("sano", "県内では2市に類似の制度があります。資料を次回お配りします。"),
            ),
            actions=(
                ActionSpec(
                    "施策提案書を確定し、委員長から市長へ提出する。",
                    "hamada",
                    date(2026, 1, 30),
                    _DONE,
                    date(2026, 1, 27),
                ),
            ),
        ),
        AgendaSpec(
            "北浜市工業会との連携協定の締結について",
            "北浜市工業会の理事会で協定書の最終案が了承された。令和8年2月に北浜市で締結式を"
            "行いたい。",
            _DELIB,
            presenter="hamada",
            result="承認",
            resolution="→協定書の最終案を承認する。締結式は令和8年2月6日（金）、北浜市商工会館で"
            "行い、委員長、副委員長2名及び市長が出席する。",
            remarks=(
                guest_remark(
                    "工藤 亮（北浜市工業会 事務局長）",
                    RemarkKind.REPORT,
                    "北浜市工業会としても、関東圏の団体との協定は初めてとなる。会員企業の期待は大きい。",
                ),
                proposal(
                    "aoki",
                    "締結式の当日に、両地域の企業による小規模な商談会を併催してはどうか。",
                    done(
                        "締結式の当日に商談会を併催し、8社・16件の商談が行われた。",
                        date(2026, 2, 6),
                    ),
                ),
                proposal(
                    "izumi",
                    "協定の締結を地元の新聞にも取り上げてもらえるよう、記者発表をしてほしい。",
                    done(
                        "1月30日に市が記者発表を行い、地元紙2紙に掲載された。",
                        date(2026, 2, 7),
                    ),
                ),
            ),
            actions=(
                ActionSpec(
                    "締結式の会場・式次第を北浜市工業会と調整する。",
                    _SECRETARIAT,
                    date(2026, 1, 23),
                    _DONE,
                    date(2026, 1, 21),
                ),
            ),
        ),
    ),
)

_R9 = MeetingSpec(
    key="r9",
    body="regular",
    fiscal_year=2025,
    sequence=9,
    held_on=date(2026, 1, 20),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.APPROVED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "令和8年 合同入社式・合同研修 実施要領（案）",
        "脱炭素経営勉強会 実施報告",
        "北浜ものづくりフェア2026 共同出展について",
        "空き家を活用した社員寮支援制度（県内事例）",
    ),
    attendance=(
        absent("okabe", "出張のため"),
        online("miura"),
        absent("morita_s", "社用のため"),
        absent("higashi", "入試業務のため"),
        left_early("oohashi", time(20, 10), "社用のため"),
    ),
    signers=("watanabe", "hojo"),
    agenda=(
        AgendaSpec(
            "令和8年 合同入社式・合同研修について",
            "人材育成部会での検討を踏まえ、令和8年4月2日（木）に合同入社式及び合同研修を"
            "実施したい。今年度のアンケート結果を反映し、安全衛生講義を短縮してグループワークを"
            "拡充する。",
            _DELIB,
            presenter="komatsu",
            result="承認",
            resolution="→実施要領案のとおり承認する。参加企業の募集は2月27日まで行う。",
            remarks=(
                opinion(
                    "fujii",
                    "委員企業以外にも広く募集したい。小規模な企業ほど単独では新人研修ができない。",
                ),
                question("watanabe", "参加費は昨年度と同じか。"),
                answer("komatsu", "1人あたり3,000円（昼食代込み）で据え置く予定です。"),
                proposal(
                    "aoki",
                    "入社式では、昨年度の参加者から先輩社員として一言もらう場面を作りたい。",
                ),
            ),
            actions=(
                ActionSpec(
                    "合同入社式の参加企業を募集する（2月27日締切）。",
                    _SECRETARIAT,
                    date(2026, 2, 27),
                    _DONE,
                    date(2026, 2, 27),
                ),
            ),
        ),
        AgendaSpec(
            "脱炭素経営勉強会の実施報告",
            "10月30日に公益財団法人みなと産業振興財団の講師を招き、CO2排出量の算定と"
            "省エネ補助金の活用をテーマに勉強会を開催した。市内21社・32名が参加した。",
            _REPORT,
            presenter="oohashi",
            result="報告了承",
            remarks=(
                report(
                    "arai",
                    "勉強会をきっかけに、当社では工程ごとの電力使用量の見える化を始めた。",
                ),
                question("kawamura", "第2回の開催予定はあるか。"),
                answer(
                    "oohashi",
                    "来年度、算定ツールを使った実習形式で開催したいと考えている。",
                ),
            ),
        ),
        AgendaSpec(
            "北浜ものづくりフェア2026への共同出展について",
            "北浜市工業会から、令和8年6月開催の「北浜ものづくりフェア2026」に、みなと市の企業の"
            "共同ブースで出展しないかとの照会があった。出展の可否と参加企業の募集方法を協議したい。",
            _DELIB,
            presenter="hamada",
            result="継続審議",
            resolution="→出展を前向きに検討する。出展費用と参加企業数の見込みを事務局で確認し、"
            "2月の定例会で決定する。",
            remarks=(
                opinion("miura", "連携協定の最初の具体的な事業として、ぜひ出展したい。"),
                question(
                    "takano",
                    "出展費用はどの程度か。1社あたりの負担が大きいと参加しにくい。",
                    in_progress("市の販路開拓補助金の対象となるか、県と協議中。"),
                ),
                answer(
                    "sano",
                    "共同ブース（4小間）で約40万円と聞いています。市の販路開拓補助金の対象になるか"
                    "確認します。",
                ),
                opinion(
                    "hojo",
                    "金型は現物を持ち込むのが難しい。パネルと成形品のサンプルでの展示になる。",
                ),
            ),
            actions=(
                ActionSpec(
                    "共同出展の費用と補助金の適用の可否を確認する。",
                    _SECRETARIAT,
                    date(2026, 2, 13),
                    _WIP,
                    remark_index=1,
                ),
            ),
        ),
    ),
)

_R10 = MeetingSpec(
    key="r10",
    body="regular",
    fiscal_year=2025,
    sequence=10,
    held_on=date(2026, 2, 17),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.DRAFTING,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "北浜市工業会との連携協定 締結式の報告",
        "令和7年度 事業報告（案）",
        "令和8年度 事業計画（案）",
        "委員の改選について",
    ),
    attendance=(
        absent("izumi", "社用のため"),
        late("kawamura", time(19, 20)),
        online("higashi"),
    ),
    extra_guests=(DIVISION_HEAD,),
    signers=("miura", "oohashi"),
    agenda=(
        AgendaSpec(
            "北浜市工業会との連携協定締結の報告",
            "2月6日、北浜市商工会館において北浜市工業会と「ものづくり地域間連携に関する協定」を"
            "締結した。みなと市長と北浜市長が立会人として出席し、併催の商談会では8社・16件の"
            "商談が行われた。",
            _REPORT,
            presenter="hamada",
            result="報告了承",
            remarks=(
                report("aoki", "商談会の16件のうち、2件は既に見積の段階に進んでいる。"),
                question("oonishi", "協定に基づく相互訪問は、来年度いつ頃を予定しているか。"),
                answer("hamada", "先方の来訪を秋ごろに受け入れる方向で調整している。"),
            ),
        ),
        AgendaSpec(
            "令和7年度 事業報告（案）について",
            "3つの方針ごとに、今年度の実施事業を取りまとめた事業報告（案）を示す。",
            _DELIB,
            presenter_name="事務局（佐野）",
            result="承認",
            resolution="→一部の字句を修正のうえ承認する。3月の定例会で確定版を配布する。",
            remarks=(
                opinion(
                    "fujii",
                    "来場者数や商談件数などの数字は、前年度と比較できる形にしてほしい。",
                    in_progress("事業報告に前年度との比較表を追加する作業中。"),
                ),
                opinion(
                    "watanabe",
                    "北浜地域との交流は、視察から協定の締結までの経過が分かるよう時系列で"
                    "記載してほしい。",
                ),
            ),
            actions=(
                ActionSpec(
                    "事業報告（案）に前年度との比較表を追加する。",
                    _SECRETARIAT,
                    date(2026, 3, 10),
                    _WIP,
                    remark_index=0,
                ),
            ),
        ),
        AgendaSpec(
            "令和8年度 事業計画（案）について",
            "協定に基づく北浜地域との連携事業、オープンファクトリーの継続、合同入社式・研修の拡充、"
            "販路開拓部会の新設を柱とする計画案を示す。",
            _DELIB,
            presenter="hamada",
            result="継続審議",
            resolution="→各委員の意見を反映し、3月の定例会で決定する。",
            remarks=(
                opinion(
                    "oonishi",
                    "販路開拓部会の新設に賛成する。北浜のフェアへの出展はこの部会で担当するのが良い。",
                ),
                opinion(
                    "takano",
                    "部会が増えると委員の負担も増える。定例会の開催回数を見直してはどうか。",
                    pending(),
                ),
                proposal("kawamura", "オープンファクトリーは2日間の開催にしても良いのではないか。"),
                proposal(
                    "morita_s",
                    "外国人材の受入れについて、委員企業の実例を共有する勉強会を計画に入れてほしい。",
                ),
            ),
            actions=(
                ActionSpec(
                    "令和8年度事業計画（案）への意見を事務局へ提出する。",
                    _EVERY_MEMBER,
                    date(2026, 3, 6),
                    _OPEN,
                ),
            ),
        ),
        AgendaSpec(
            "委員の改選について",
            "現委員の任期が令和8年3月31日で満了する。再任の意向の確認と、新たな委員候補の推薦を"
            "各社に依頼したい。",
            _DELIB,
            presenter_name="事務局（佐野）",
            result="承認",
            resolution="→2月27日までに、再任の意向と推薦者を事務局へ回答する。",
            remarks=(
                question("miura", "委員の定数に上限はあるか。"),
                answer(
                    "ishida",
                    "設置要綱では16名以内としています。現在15名のため、1名の追加が可能です。",
                ),
            ),
            actions=(
                ActionSpec(
                    "再任の意向と推薦者を事務局へ回答する。",
                    _EVERY_MEMBER,
                    date(2026, 2, 27),
                    _WIP,
                ),
            ),
        ),
    ),
)

_R11 = MeetingSpec(
    key="r11",
    body="regular",
    fiscal_year=2025,
    sequence=11,
    held_on=date(2026, 3, 17),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.PLANNED,
    chair="hamada",
    recorder=RECORDER,
    materials=(
        "令和7年度 事業報告",
        "令和8年度 事業計画（案）",
        "北浜ものづくりフェア2026 出展概要",
    ),
    notes="第10回定例会の議事録を承認予定。",
    agenda=(
        AgendaSpec(
            "令和7年度 事業報告について",
            "第10回定例会の意見を反映した事業報告の確定版を示す。",
            _DELIB,
            presenter_name="事務局（佐野）",
        ),
        AgendaSpec(
            "令和8年度 事業計画について",
            "各委員から提出された意見を反映した事業計画案を示し、決定したい。",
            _DELIB,
            presenter="hamada",
        ),
        AgendaSpec(
            "北浜ものづくりフェア2026への共同出展について",
            "出展費用、補助金の適用の可否及び参加企業の見込みを報告し、出展の可否を決定したい。",
            _DELIB,
            presenter_name="事務局（佐野）",
        ),
        AgendaSpec("委員の改選について", "再任の意向と推薦者の取りまとめ結果を報告する。", _REPORT),
    ),
)

_R2026_1 = MeetingSpec(
    key="r2026_1",
    body="regular",
    fiscal_year=2026,
    sequence=1,
    held_on=date(2026, 4, 21),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.PLANNED,
    chair="hamada",
    recorder=RECORDER,
    materials=("委員名簿（令和8年4月1日現在）", "令和8年度 事業計画"),
    next_note="",
    notes="新任期（令和8年4月1日〜令和10年3月31日）の最初の定例会。",
    agenda=(
        AgendaSpec(
            "委員長・副委員長の選出について",
            "新任期の委員長及び副委員長を互選により選出する。",
            _DELIB,
            presenter_name="事務局（佐野）",
        ),
        AgendaSpec(
            "販路開拓部会の設置について",
            "令和8年度事業計画に基づき、販路開拓部会を設置し、部会員を決定したい。",
            _DELIB,
        ),
        AgendaSpec(
            "令和8年 合同入社式の実施報告",
            "4月2日に実施した合同入社式・合同研修の結果を報告する。",
            _REPORT,
            presenter="komatsu",
        ),
    ),
)

_R2026_2 = MeetingSpec(
    key="r2026_2",
    body="regular",
    fiscal_year=2026,
    sequence=2,
    held_on=date(2026, 5, 19),
    start=_EVENING[0],
    end=_EVENING[1],
    place=CITY_HALL_ROOM,
    status=MeetingStatus.PLANNED,
    chair="hamada",
    recorder=RECORDER,
    materials=("令和8年度 販路開拓部会 活動計画（案）",),
    next_note="",
    notes="年間予定で日程を決めてある定例会。",
    agenda=(
        AgendaSpec(
            "販路開拓部会の活動計画について",
            "新設した販路開拓部会の令和8年度の活動計画（案）を示し、意見を聞きたい。",
            _DELIB,
        ),
        AgendaSpec(
            "みなとオープンファクトリー2026の準備状況",
            "参加企業の募集と会場の調整の状況を報告する。",
            _REPORT,
            presenter_name="事務局（佐野）",
        ),
    ),
)

# --------------------------------------------------------------------------- meetings: 部会

_SUB_ROOM = "株式会社小松電装 本社2階 会議室"
_CAREER_OFFICE = GuestSpec("大野 沙也加", "みなと工科大学 キャリア支援課", GuestCategory.GUEST)

_S1 = MeetingSpec(
    key="s1",
    body="subcommittee",
    fiscal_year=2025,
    sequence=1,
    held_on=date(2025, 6, 26),
    start=_SUB_EVENING[0],
    end=_SUB_EVENING[1],
    place=_SUB_ROOM,
    status=MeetingStatus.APPROVED,
    chair="komatsu",
    recorder=RECORDER,
    materials=("令和7年度 人材育成部会 活動計画（案）", "合同入社式アンケート集計結果"),
    attendance=(absent("watanabe", "出張のため"),),
    extra_guests=(_CAREER_OFFICE,),
    signers=("takano", "fujii"),
    agenda=(
        AgendaSpec(
            "令和7年度 部会活動計画について",
            "合同入社式・合同研修に加え、入社2〜3年目を対象としたフォローアップ研修の新設と、"
            "みなと工科大学と連携したインターンシップの試行を計画に盛り込みたい。",
            _DELIB,
            presenter="komatsu",
            result="承認",
            resolution="→フォローアップ研修は11月に実施する。インターンシップは来年度の本格実施に"
            "向け、今年度は2社で試行する。",
            remarks=(
                opinion(
                    "takano",
                    "フォローアップ研修は、同期が再会できることに価値がある。4月の入社式と同じ"
                    "グループ編成にしたい。",
                ),
                question("fujii", "研修の講師は外部に依頼するのか。"),
                answer(
                    "komatsu",
                    "産業振興財団の講師派遣制度を使えば、講師料の負担なしで実施できる。",
                ),
                guest_remark(
                    "大野 沙也加（みなと工科大学）",
                    RemarkKind.OPINION,
                    "大学としては、3年生の夏休みに5日間程度のインターンシップを希望する学生が多い。",
                ),
                opinion(
                    "arai",
                    "熱処理のような地味な工程ほど、実際に体験すると学生の印象が変わる。"
                    "当社で試行を受け入れたい。",
                ),
            ),
            actions=(
                ActionSpec(
                    "インターンシップ試行の受入れ企業（2社）と大学側の窓口を調整する。",
                    "komatsu",
                    date(2025, 7, 18),
                    _DONE,
                    date(2025, 7, 14),
                ),
            ),
        ),
        AgendaSpec(
            "合同入社式アンケートの分析について",
            "合同入社式の参加者42名のアンケート（回収40名）を集計した。グループワークの満足度が"
            "最も高く、安全衛生講義は「長い」との回答が4割あった。",
            _REPORT,
            presenter="izumi",
            result="報告了承",
            remarks=(
                question("arai", "離職の不安について聞いた設問の結果はどうだったか。"),
                answer("izumi", "「相談できる人が社内にいない」という回答が最も多かった。"),
                opinion(
                    "komatsu",
                    "社外にも相談できる同期がいることが、フォローアップ研修の狙いになる。",
                ),
            ),
        ),
    ),
)

_S2 = MeetingSpec(
    key="s2",
    body="subcommittee",
    fiscal_year=2025,
    sequence=2,
    held_on=date(2025, 9, 25),
    start=_SUB_EVENING[0],
    end=_SUB_EVENING[1],
    place=_SUB_ROOM,
    status=MeetingStatus.APPROVED,
    chair="komatsu",
    recorder=RECORDER,
    materials=("フォローアップ研修 実施内容（案）", "インターンシップ試行結果"),
    attendance=(late("fujii", time(18, 50)), online("izumi")),
    signers=("arai", "watanabe"),
    agenda=(
        AgendaSpec(
            "フォローアップ研修の実施内容について",
            "11月20日（木）に入社2〜3年目の社員を対象としたフォローアップ研修を実施したい。"
            "午前は「後輩指導と報連相」の講義、午後は他社の工場見学とグループ討議とする案を示す。",
            _DELIB,
            presenter="komatsu",
            result="承認",
            resolution="→案のとおり実施する。見学先は株式会社タカノ化成とする。",
            remarks=(
                opinion("takano", "当社で見学を受け入れる。成形機の段取り替えを見てもらいたい。"),
                question("watanabe", "定員は何名か。"),
                answer("komatsu", "20名とし、1社2名までとする。"),
                proposal(
                    "izumi",
                    "討議のテーマは、各社の若手が実際に困っていることを事前アンケートで集めたい。",
                    done(
                        "事前アンケートを実施し、「後輩への教え方」「上司との意思疎通」を討議の"
                        "テーマとした。",
                        date(2025, 11, 20),
                    ),
                ),
            ),
            actions=(
                ActionSpec(
                    "研修の事前アンケートを実施する。",
                    "izumi",
                    date(2025, 10, 31),
                    _DONE,
                    date(2025, 10, 29),
                    remark_index=3,
                ),
            ),
        ),
        AgendaSpec(
            "インターンシップ試行の結果について",
            "8月に株式会社シンワ熱処理と協和オートメーション株式会社で、みなと工科大学の"
            "3年生計4名を5日間受け入れた。",
            _REPORT,
            presenter="arai",
            result="報告了承",
            resolution="→来年度は受入れ企業を6社に拡大する方向で検討する。",
            remarks=(
                report(
                    "fujii",
                    "当社では学生が装置の配線図の読み方を熱心に学んでいた。受け入れた社員にも"
                    "良い刺激になった。",
                ),
                opinion(
                    "arai",
                    "受入れにあたり、社内の安全教育資料を学生向けに作り直した。他社とも共有できる。",
                ),
                question("takano", "大学側の評価はどうだったか。"),
                answer(
                    "arai",
                    "参加した学生4名全員が「製造業への関心が高まった」と回答したと聞いている。",
                ),
            ),
            actions=(
                ActionSpec(
                    "学生向けの安全教育資料を部会で共有する。",
                    "arai",
                    date(2025, 12, 25),
                    _DONE,
                    date(2025, 12, 12),
                ),
            ),
        ),
    ),
)

_S3 = MeetingSpec(
    key="s3",
    body="subcommittee",
    fiscal_year=2025,
    sequence=3,
    held_on=date(2026, 2, 26),
    start=_SUB_EVENING[0],
    end=_SUB_EVENING[1],
    place=_SUB_ROOM,
    status=MeetingStatus.HELD,
    chair="komatsu",
    recorder=RECORDER,
    materials=("令和8年 合同入社式 プログラム（案）", "外国人材の受入れに関するアンケート結果"),
    attendance=(absent("takano", "社用のため"), left_early("arai", time(19, 30))),
    next_note="次回は令和8年度の部会の構成が決まり次第、日程を調整する。",
    agenda=(
        AgendaSpec(
            "令和8年 合同入社式のプログラムについて",
            "参加申込は17社・46名（2月26日時点）。入社式、先輩社員の話、グループワーク、"
            "安全衛生講義（短縮版）からなるプログラム案を示す。",
            _DELIB,
            presenter="komatsu",
            result="承認",
            resolution="→先輩社員の話は、昨年度の参加者3名に依頼する。",
            remarks=(
                opinion(
                    "izumi",
                    "先輩社員は業種の異なる3社から選ぶと、新入社員が比較しやすい。",
                ),
                question("fujii", "会場の定員に余裕はあるか。"),
                answer("komatsu", "産業振興センターの大研修室は60名まで対応できる。"),
                opinion(
                    "arai",
                    "安全衛生講義は、写真で事故の事例を見せる形にすれば、短くても伝わる。",
                ),
            ),
            actions=(
                ActionSpec(
                    "先輩社員3名へ登壇を依頼する。",
                    "komatsu",
                    date(2026, 3, 13),
                    _WIP,
                ),
            ),
        ),
        AgendaSpec(
            "外国人材の受入れに関する勉強会について",
            "部会企業へのアンケートでは、6社中4社が外国人材を雇用または雇用を検討中であった。"
            "受入れ企業の実例を共有する勉強会を来年度に開催したい。",
            _DELIB,
            presenter="watanabe",
            result="継続審議",
            resolution="→定例会（令和8年度事業計画）に提案し、実施時期を決める。",
            remarks=(
                opinion(
                    "fujii",
                    "技能実習制度から育成就労制度への移行について、最新の情報を知りたい。",
                ),
                opinion(
                    "izumi",
                    "日本語教育を社内でどう行っているか、実例を聞きたい。",
                    pending(),
                ),
                report(
                    "watanabe",
                    "当社にはベトナム出身の社員が3名在籍しており、実例として紹介できる。",
                ),
                opinion(
                    "komatsu",
                    "定例会でも森田委員から同様の意見が出ている。定例会と合同で開催してはどうか。",
                ),
            ),
            actions=(
                ActionSpec(
                    "勉強会の企画案を定例会に提出する。",
                    "watanabe",
                    date(2026, 3, 17),
                    _OPEN,
                ),
            ),
        ),
    ),
)

MEETINGS: tuple[MeetingSpec, ...] = (
    _R1, _R2, _R3, _S1, _R4, _R5, _S2, _R6, _R7, _R8, _R9, _R10, _S3, _R11, _R2026_1,
    _R2026_2,
)  # fmt: skip

# --------------------------------------------------------------------------- visits

_V = VisitOrganizationRole

VISITS: tuple[VisitSpec, ...] = (
    VisitSpec(
        key="kitahama",
        direction=VisitDirection.OUTGOING,
        title="北浜地域ものづくり交流視察",
        region=_KITAHAMA,
        start_on=date(2025, 7, 24),
        end_on=date(2025, 7, 25),
        purpose="ものづくりを焦点とした地域間連携の礎を築くため、北浜市の産業支援の取組と企業の"
        "現場を視察し、北浜市工業会と意見交換を行う。あわせて、参加企業の販路開拓の機会とする。",
        findings="・北浜市は「ものづくりのまち」を総合計画の柱に据え、行政・工業会・高校が一体と"
        "なって人材確保に取り組んでいる。\n"
        "・北浜市ものづくり支援センターは試作ラボ（3Dプリンタ、三次元測定機）を企業に開放し、"
        "小規模企業の試作開発を支えている。\n"
        "・北浜地域には自動車関連の大手企業がなく、みなと市の企業と競合する分野が少ない。"
        "関東圏への販路を求める企業が多い。\n"
        "・若手経営者の危機意識が強く、自ら地域の将来像を語る姿勢が印象的であった。",
        outcomes="・意見交換会に北浜側12社、みなと側6社が参加し、商談5件、見積依頼2件が生まれた。\n"
        "・北浜市工業会との間で、連携協定の締結に向けた協議を始めることで合意した。\n"
        "・視察報告書を市のウェブサイト及び「みなと工場ナビ」で公開した。",
        notes="旅費は市の地域間産業交流事業により交通費の2分の1を補助。",
        organizations=(
            ("kitahama_assoc", _V.HOST),
            ("kitahama_city", _V.DESTINATION),
            ("kitahama_center", _V.DESTINATION),
            ("kitahama_finetech", _V.DESTINATION),
        ),
        participants=("hamada", "miura", "aoki", "kawamura", "hojo", "fujii", "sano"),
        staff_participants=(("山口 博", "みなと市 産業振興課長"),),
        host_attendees=(
            HostAttendeeSpec("野々村 昭", "北浜市工業会", "会長"),
            HostAttendeeSpec("工藤 亮", "北浜市工業会", "事務局長"),
            HostAttendeeSpec("柴田 由紀", "北浜市 産業観光課", "課長"),
            HostAttendeeSpec("江口 さやか", "北浜市ものづくり支援センター", "コーディネーター"),
            HostAttendeeSpec("南 浩一", "株式会社北浜ファインテック", "代表取締役"),
        ),
        itinerary=(
            ItinerarySpec(1, "8:10", "みなと駅 中央改札前", "集合・出発（新幹線・在来線で移動）"),
            ItinerarySpec(1, "12:30〜13:20", "北浜駅周辺", "昼食"),
            ItinerarySpec(
                1,
                "13:30〜15:00",
                "北浜市ものづくり支援センター",
                "施設見学（試作ラボ）、北浜市の産業振興施策の説明（北浜市 産業観光課）",
            ),
            ItinerarySpec(
                1,
                "15:30〜17:00",
                "株式会社北浜ファインテック",
                "工場見学（精密鋳造ライン）、質疑応答",
            ),
            ItinerarySpec(
                1, "18:30〜20:30", "北浜市内", "懇親会（北浜市工業会の役員・青年部と交流）"
            ),
            ItinerarySpec(
                2,
                "9:30〜11:30",
                "北浜市商工会館 3階会議室",
                "北浜市工業会との意見交換会（各社3分の自社紹介、個別商談）",
            ),
            ItinerarySpec(
                2, "11:30〜12:00", "北浜市商工会館 3階会議室", "まとめ・今後の連携についての協議"
            ),
            ItinerarySpec(2, "12:30", "北浜駅", "解散（各自帰路）"),
        ),
        figures=(("意見交換会の参加企業", 18, "社"), ("商談件数", 5, "件"), ("見積依頼", 2, "件")),
        impressions_from=time(11, 30),
        impressions=(
            impression(
                "hamada",
                "行政・工業会・学校が一体となって地域の将来を考えている。みなとでも、委員会が行政と"
                "企業をつなぐ役割をもっと果たすべきだと感じた。",
            ),
            impression(
                "miura",
                "北浜の若手経営者は危機感が強く、自ら動いている。仕事に恵まれているみなとの企業は、"
                "危機意識が薄いのではないかと考えさせられた。",
            ),
            impression(
                "aoki",
                "支援センターの試作ラボは、小規模企業の挑戦を支える仕組みとして参考になる。",
            ),
            impression(
                "kawamura",
                "ファインテック社の精密鋳造と当社の歯車加工は、前後の工程としてつながる可能性がある。"
                "具体的な商談を進めたい。",
                done("見積を提出し、試作品1件を受注した。", date(2025, 10, 15)),
            ),
            impression(
                "hojo",
                "業種の異なる6社で訪問したことで、先方の様々な企業と話ができた。多様な企業体での"
                "交流は、新たな価値の創造につながる。",
            ),
            impression(
                "fujii",
                "連携協定を結ぶなら、社員同士の交流まで広げたい。若手社員の相互研修を提案したい。",
                in_progress(
                    "協定書別紙の年間連携事業に「社員研修の相互受入れ」として盛り込み、"
                    "令和8年度の実施に向けて調整中。"
                ),
            ),
        ),
        actions=(
            ActionSpec(
                "北浜市工業会及び北浜市へ礼状を送付する。",
                _SECRETARIAT,
                date(2025, 8, 1),
                _DONE,
                date(2025, 8, 1),
            ),
            ActionSpec(
                "株式会社北浜ファインテックからの見積依頼に回答する。",
                "kawamura",
                date(2025, 9, 30),
                _DONE,
                date(2025, 9, 25),
                remark_index=3,
            ),
            ActionSpec(
                "連携協定書（案）を作成する。",
                _SECRETARIAT,
                date(2025, 9, 12),
                _DONE,
                date(2025, 9, 9),
            ),
            ActionSpec(
                "視察報告書を作成し、第5回定例会で報告する。",
                _SECRETARIAT,
                date(2025, 9, 16),
                _DONE,
                date(2025, 9, 12),
            ),
        ),
    ),
    VisitSpec(
        key="nishigaoka",
        direction=VisitDirection.INCOMING,
        title="西ケ丘市ものづくり振興協議会 視察受入れ",
        region="西ケ丘地域",
        start_on=date(2025, 11, 27),
        end_on=date(2025, 11, 27),
        purpose="西ケ丘市ものづくり振興協議会の委員等が、若手経営者による委員会の運営と、"
        "行政との役割分担について学ぶため来訪した。市内企業2社の見学と意見交換会を行う。",
        findings="・先方は商工会が事務局を担っており、行政との連携に課題を感じている。"
        "市の課が事務局を担う当委員会の体制に関心が高かった。\n"
        "・合同入社式の取組に質問が集中した。小規模企業が単独で新人研修を行えないという課題は"
        "共通している。",
        outcomes="・見学後、先方の企業3社から取引に関する問い合わせがあり、"
        "うち1件は株式会社小松電装が見積を提出した。\n"
        "・令和8年の合同入社式に、西ケ丘市の企業がオブザーバーとして参加する方向で調整する"
        "こととなった。",
        notes="来訪者：西ケ丘市ものづくり振興協議会 会長 仲田俊介 ほか委員9名、"
        "西ケ丘市 商工振興課 2名（計12名）。",
        organizations=(
            ("minato_city", _V.HOST),
            ("hamada_seiki", _V.DESTINATION),
            ("komatsu_denso", _V.DESTINATION),
        ),
        participants=(
            "hamada",
            "komatsu",
            "aoki",
            "fujii",
            "morita_s",
            "oonishi",
            "sano",
            "ishida",
        ),
        staff_participants=(
            ("山口 博", "みなと市 産業振興課長"),
            ("中村 浩", "株式会社浜田精機 製造部長"),
            ("吉川 まゆみ", "株式会社小松電装 品質保証課長"),
        ),
        # Received: the other side are the visitors (来訪者).
        host_attendees=(
            HostAttendeeSpec("仲田 俊介", "西ケ丘市ものづくり振興協議会", "会長"),
            HostAttendeeSpec("原 直樹", "西ケ丘市 商工振興課", "課長補佐"),
            HostAttendeeSpec("松井 亜紀", "西ケ丘市 商工振興課", "主事"),
        ),
        itinerary=(
            ItinerarySpec(1, "9:45", "株式会社浜田精機", "来訪者到着・受付"),
            ItinerarySpec(
                1,
                "10:00〜11:15",
                "株式会社浜田精機",
                "工場見学（5軸マシニングセンタによる精密部品加工）",
            ),
            ItinerarySpec(
                1,
                "11:30〜12:30",
                "株式会社小松電装",
                "工場見学（制御盤の組立ライン、ハーネス加工）",
            ),
            ItinerarySpec(1, "12:30〜13:30", "市内", "昼食"),
            ItinerarySpec(
                1,
                "13:30〜15:30",
                CITY_HALL_ROOM,
                "意見交換会（委員会の取組紹介、合同入社式の紹介、質疑）",
            ),
            ItinerarySpec(1, "15:45", "みなと市役所", "解散"),
        ),
        figures=(
            ("来訪者数", 12, "名"),
            ("見学企業数", 2, "社"),
            ("取引に関する問い合わせ", 3, "件"),
        ),
        impressions_from=time(15, 0),
        impressions=(
            impression(
                "hamada",
                "説明する立場になったことで、委員会の約10年の取組を振り返ることができた。",
            ),
            impression(
                "komatsu",
                "他地域でも人材確保が共通の課題だと分かった。合同入社式を広域で行う可能性もある。",
                in_progress(
                    "令和8年の合同入社式に、西ケ丘市の企業をオブザーバーとして招く方向で調整中。"
                ),
            ),
            impression(
                "morita_s",
                "先方の質問から、当委員会が行政と近い距離で活動できていることの価値を再認識した。",
            ),
        ),
        actions=(
            ActionSpec(
                "西ケ丘市ものづくり振興協議会へ当日の資料を送付する。",
                _SECRETARIAT,
                date(2025, 12, 5),
                _DONE,
                date(2025, 12, 3),
            ),
            ActionSpec(
                "令和8年の合同入社式へのオブザーバー参加を西ケ丘市側と調整する。",
                "komatsu",
                date(2026, 3, 13),
                _WIP,
                remark_index=1,
            ),
        ),
    ),
)

# --------------------------------------------------------------------------- correspondence

_IN = CorrespondenceDirection.INCOMING
_OUT = CorrespondenceDirection.OUTGOING
_ALL_MEMBERS = "委員各位"

# Listed in date order within each direction: serial numbers are given in this order.
CORRESPONDENCE: tuple[CorrespondenceSpec, ...] = (
    CorrespondenceSpec(
        _OUT,
        date(2025, 4, 3),
        "第1回定例会の開催について（通知）",
        Medium.EMAIL,
        counterparty_name=_ALL_MEMBERS,
        summary="令和7年4月15日（火）19:00から市役所本庁舎で開催する旨を通知。",
        meeting="r1",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2025, 6, 20),
        "視察訪問について（依頼）",
        Medium.POST,
        counterparty="kitahama_assoc",
        counterparty_name="北浜市工業会 会長 野々村 昭 様",
        summary="7月24日〜25日の視察訪問と意見交換会の受入れを依頼。",
        reply_needed=True,
        reply_due=date(2025, 7, 4),
        status=CorrespondenceStatus.REPLIED,
        visit="kitahama",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2025, 6, 20),
        "視察訪問について（依頼）",
        Medium.POST,
        counterparty="kitahama_city",
        counterparty_name="北浜市長 様（産業観光課扱い）",
        summary="北浜市ものづくり支援センターの見学と施策説明を依頼。",
        reply_needed=True,
        reply_due=date(2025, 7, 4),
        status=CorrespondenceStatus.REPLIED,
        visit="kitahama",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2025, 7, 1),
        "北浜市ものづくり支援センターの見学について（依頼）",
        Medium.POST,
        counterparty="kitahama_center",
        summary="起案後、北浜市経由で調整済みとなったため発送を取り消した。番号は欠番とする。",
        status=CorrespondenceStatus.VOID,
        visit="kitahama",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2025, 8, 1),
        "視察受入れについて（お礼）",
        Medium.POST,
        counterparty="kitahama_assoc",
        counterparty_name="北浜市工業会 会長 野々村 昭 様",
        summary="7月24日〜25日の視察受入れへの礼状。視察報告書を同封。",
        visit="kitahama",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2025, 9, 10),
        "「みなとオープンファクトリー2025」の後援名義使用について（依頼）",
        Medium.POST,
        counterparty="minato_cci",
        counterparty_name="みなと商工会議所 会頭 様",
        summary="11月8日開催のオープンファクトリーについて、後援名義の使用を依頼。",
        reply_needed=True,
        reply_due=date(2025, 9, 30),
        status=CorrespondenceStatus.REPLIED,
    ),
    CorrespondenceSpec(
        _OUT,
        date(2025, 10, 28),
        "視察受入れについて（回答）",
        Medium.EMAIL,
        counterparty="nishigaoka_council",
        counterparty_name="西ケ丘市ものづくり振興協議会 会長 仲田 俊介 様",
        summary="11月27日の視察受入れを承諾し、行程案を送付。",
        visit="nishigaoka",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2026, 1, 9),
        "第9回定例会の開催について（通知）",
        Medium.EMAIL,
        counterparty_name=_ALL_MEMBERS,
        summary="令和8年1月20日（火）19:00から市役所本庁舎で開催する旨を通知。",
        meeting="r9",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2026, 2, 2),
        "次期委員の推薦について（依頼）",
        Medium.POST,
        counterparty_name="委員所属企業 代表者 各位",
        summary="令和8年4月からの任期の委員について、再任の意向確認と推薦を依頼。",
        reply_needed=True,
        reply_due=date(2026, 2, 27),
        status=CorrespondenceStatus.OPEN,
        meeting="r10",
    ),
    CorrespondenceSpec(
        _OUT,
        date(2026, 2, 25),
        "第11回定例会の開催について（通知）",
        Medium.EMAIL,
        counterparty_name=_ALL_MEMBERS,
        summary="令和8年3月17日（火）19:00から市役所本庁舎で開催する旨を通知。",
        meeting="r11",
    ),
    CorrespondenceSpec(
        _IN,
        date(2025, 7, 3),
        "視察訪問の受入れについて（回答）",
        Medium.POST,
        counterparty="kitahama_assoc",
        their_number="北工会第45号",
        summary="7月24日〜25日の受入れを承諾。2日目に意見交換会を設定するとの回答。",
        visit="kitahama",
    ),
    CorrespondenceSpec(
        _IN,
        date(2025, 9, 16),
        "後援名義の使用について（承認）",
        Medium.POST,
        counterparty="minato_cci",
        their_number="み商第112号",
        summary="「みなとオープンファクトリー2025」への後援名義の使用を承認。",
    ),
    CorrespondenceSpec(
        _IN,
        date(2025, 10, 20),
        "視察受入れについて（依頼）",
        Medium.POST,
        counterparty="nishigaoka_council",
        their_number="西も協第28号",
        summary="11月27日に委員等12名で視察したい旨の依頼。若手経営者の組織運営に関心。",
        reply_needed=True,
        reply_due=date(2025, 10, 31),
        status=CorrespondenceStatus.REPLIED,
        visit="nishigaoka",
    ),
    CorrespondenceSpec(
        _IN,
        date(2025, 12, 10),
        "「ものづくり人材確保セミナー」開催のご案内",
        Medium.FAX,
        counterparty="minato_foundation",
        summary="2月12日開催のセミナーの案内。委員へメールで転送済み。",
    ),
    CorrespondenceSpec(
        _IN,
        date(2026, 1, 15),
        "「北浜ものづくりフェア2026」への共同出展について（照会）",
        Medium.EMAIL,
        counterparty="kitahama_assoc",
        their_number="北工会第118号",
        summary="6月開催のフェアへのみなと市企業の共同出展について照会。第9回定例会で協議。",
        reply_needed=True,
        reply_due=date(2026, 3, 19),
        status=CorrespondenceStatus.OPEN,
        meeting="r9",
    ),
    CorrespondenceSpec(
        _IN,
        date(2026, 2, 10),
        "インターンシップの受入れについて（相談）",
        Medium.PHONE,
        counterparty="minato_tech",
        counterparty_name="みなと工科大学 キャリア支援課 大野様",
        summary="令和8年度の夏季インターンシップの受入れ企業を6社程度に増やせないかとの相談。",
        reply_needed=True,
        reply_due=date(2026, 3, 6),
        status=CorrespondenceStatus.OPEN,
    ),
)

# --------------------------------------------------------------------------- activities

_ACT_DONE = ActivityState.DONE
_ACT_PLANNED = ActivityState.PLANNED

# fmt: off
ACTIVITIES: tuple[ActivitySpec, ...] = (
    # 令和6年度 (実施)
    ActivitySpec(
        "", 2024, "【1】", _ACT_DONE, "みなとオープンファクトリー2024",
        "11月9日に市内9社が工場を一般公開し、延べ620名が来場した。",
    ),
    ActivitySpec(
        "", 2024, "【2】", _ACT_DONE, "令和6年 合同入社式・合同研修",
        "4月4日に市内13社・新入社員38名が参加。ビジネスマナー研修、安全衛生講義、"
        "グループワークを実施した。",
    ),
    ActivitySpec(
        "", 2024, "【3】", _ACT_DONE, "市への施策提案（設備投資・事業承継）",
        "委員企業のアンケート結果をもとに、設備投資促進補助金の拡充と事業承継セミナーの開催を"
        "市へ提案した。",
    ),
    ActivitySpec(
        "minato_city", 2024, "【2】", _ACT_DONE, "技能検定受検手数料助成",
        "市内中小企業の従業員が技能検定を受検する際の手数料の2分の1を助成。56名が利用した。",
    ),
    ActivitySpec(
        "minato_cci", 2024, "【2】", _ACT_DONE, "後継経営者塾",
        "後継経営者・若手経営者を対象に全6回の経営塾を開催し、22社が参加した。",
    ),
    ActivitySpec(
        "minato_cci", 2024, "【3】", _ACT_DONE, "ビジネスマッチング商談会",
        "地域金融機関と連携し、市内企業と大手・中堅企業とのマッチング商談会を開催。延べ46商談。",
    ),
    # 令和7年度 (実施)
    ActivitySpec(
        "", 2025, "【1】", _ACT_DONE, "北浜地域とのものづくり交流・連携協定の締結",
        "7月に北浜市を視察し、北浜市工業会と意見交換を行った（商談5件）。令和8年2月6日に"
        "同工業会と「ものづくり地域間連携に関する協定」を締結した。",
    ),
    ActivitySpec(
        "", 2025, "【1】", _ACT_DONE, "みなとオープンファクトリー2025",
        "11月8日に13社で開催し、延べ910名が来場。親子ツアーと学生向け見学コースを新設した。",
    ),
    ActivitySpec(
        "", 2025, "【2】", _ACT_DONE, "令和7年 合同入社式・合同研修／フォローアップ研修",
        "4月3日に15社・42名で合同入社式を実施。11月20日には入社2〜3年目を対象とした"
        "フォローアップ研修を新設し、18名が参加した。",
    ),
    ActivitySpec(
        "", 2025, "【3】", _ACT_DONE, "脱炭素経営勉強会",
        "10月30日、CO2排出量の算定と省エネ補助金の活用をテーマに開催。市内21社・32名が参加した。",
    ),
    ActivitySpec(
        "", 2025, "【3】", _ACT_DONE, "人材確保に関する施策提案",
        "合同企業説明会の市主催化、外国人材の受入れ・生活支援など4項目を、1月27日に"
        "委員長から市長へ提案した。",
    ),
    ActivitySpec(
        "minato_city", 2025, "【3】", _ACT_DONE, "省エネ設備導入補助金",
        "中小企業の省エネ設備の導入費用の3分の1（上限200万円）を補助。14件を採択した。",
    ),
    ActivitySpec(
        "minato_tech", 2025, "【2】", _ACT_DONE, "インターンシップの試行",
        "人材育成部会と連携し、工学部3年生4名が市内2社で5日間の就業体験を行った。",
    ),
    ActivitySpec(
        "minato_foundation", 2025, "【2】", _ACT_DONE, "ものづくり人材確保セミナー",
        "採用広報と若手社員の定着をテーマに2月12日に開催し、市内企業38社が参加した。",
    ),
    # 令和8年度 (予定)
    ActivitySpec(
        "", 2026, "【1】", _ACT_PLANNED, "北浜ものづくりフェア2026への共同出展",
        "連携協定に基づき、6月の「北浜ものづくりフェア2026」に、みなと市企業の共同ブースで"
        "出展する。",
    ),
    ActivitySpec(
        "", 2026, "【2】", _ACT_PLANNED, "令和8年 合同入社式・合同研修",
        "4月2日に実施予定。西ケ丘市の企業をオブザーバーとして招く。",
    ),
    ActivitySpec(
        "", 2026, "【2】", _ACT_PLANNED, "外国人材の受入れに関する勉強会",
        "受入れ企業の実例の共有と、育成就労制度の最新情報を学ぶ勉強会を開催する。",
    ),
    ActivitySpec(
        "", 2026, "【3】", _ACT_PLANNED, "販路開拓部会の新設",
        "北浜地域との連携事業や展示会への出展を担う部会を新設する。",
    ),
    ActivitySpec(
        "minato_city", 2026, "【2】", _ACT_PLANNED, "合同企業説明会（市主催）",
        "委員会の施策提案を受け、市主催の合同企業説明会を新たに開催する。",
    ),
    ActivitySpec(
        "minato_cci", 2026, "【2】", _ACT_PLANNED, "後継経営者塾・事業承継計画の策定支援",
        "後継経営者塾を継続するとともに、事業承継計画の策定を個別に支援する。",
    ),
    ActivitySpec(
        "minato_tech", 2026, "【1】", _ACT_PLANNED, "産学共同研究（センサー付き治具の開発）",
        "委員企業2社と工学部の研究室で、加工状態を監視するセンサー付き治具の共同研究を開始する。",
    ),
)
# fmt: on
