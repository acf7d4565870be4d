"""Search equals a brute-force scan, over 100,000 generated remarks (property-based).

The data set mixes kanji compounds, hiragana, katakana in full and half width,
full-width and ASCII letters and digits, so that folding matters on both sides.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from app.models import AgendaItem, Body, Meeting, Member, Remark
from app.services.search import index as search_index
from app.services.search import query as search
from app.services.search.folding import fold_for_match
from app.services.workspace import Database, open_database
from tests.conftest import POSTGRES_URL, _reset_postgres

REMARKS = 100_000
WORDS = [
    "会議",
    "議事録",
    "補助金",
    "事業",
    "計画",
    "連携",
    "視察",
    "報告",
    "人材",
    "確保",
    "販路",
    "開拓",
    "省エネ",
    "設備",
    "導入",
    "脱炭素",
    "部品",
    "需要",
    "共同",
    "出展",
    "受注",
    "地域",
    "企業",
    "工場",
    "見学",
    "意見",
    "交換",
    "課題",
    "検討",
    "予算",
    "エネルギー",
    "スマートナビ",
    "フェア",
    "セミナー",
    "ｽﾏｰﾄﾅﾋﾞ",
    "ｴﾈﾙｷﾞｰ",
    "ＥＶ",
    "EV",
    "ＩＴ",
    "DX",
    "２０２６",
    "2026",
    "は",
    "が",
    "を",
    "に",
    "で",
    "と",
    "の",
    "も",
    "から",
    "まで",
    "について",
    "により",
    "ます",
    "です",
    "した",
    "したい",
    "ください",
    "、",
    "。",
    "「",
    "」",
    "（",
    "）",
    "・",
]
ALPHABET = sorted({char for word in WORDS for char in word})


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40)))


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[int, str]]]:
    if POSTGRES_URL:
        _reset_postgres(POSTGRES_URL)
        target = POSTGRES_URL
    else:
        target = str(tmp_path_factory.mktemp("big") / "big.sqlite3")
    db = open_database(target, daily_backup=False)
    rng = random.Random(20261121)
    texts = {number: _text(rng) for number in range(1, REMARKS + 1)}
    now = datetime(2026, 11, 21, tzinfo=UTC)
    with db.transaction() as session:
        member = Member(family_name="試験", family_name_reading="しけん")
        meeting = Meeting(
            body=Body(name="定例会"), sequence_number=1, fiscal_year=2026, held_on=date(2026, 5, 1)
        )
        meeting.agenda_items = [AgendaItem(label="①", title="議題")]
        session.add_all([member, meeting])
        session.flush()
        item_id, member_id = meeting.agenda_items[0].id, member.id
    rows = [
        {
            "id": number,
            "uuid": f"00000000-0000-4000-8000-{number:012d}",
            "agenda_item_id": item_id,
            "position": number,
            "speaker_member_id": member_id,
            "speaker_name": "",
            "kind": "opinion",
            "text": text,
            "captured_at": now,
            "response_status": "pending",
            "response_text": "",
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for number, text in texts.items()
    ]
    with db.engine.begin() as conn:  # bulk load, then build the index as an old database would
        conn.execute(insert(Remark.__table__), rows)
    search_index.rebuild(db)
    yield db, {number: fold_for_match(text) for number, text in texts.items()}
    db.close()


def brute_force(folded: dict[int, str], query: str) -> set[int]:
    terms = fold_for_match(query).split()
    return {number for number, text in folded.items() if all(term in text for term in terms)}


def found(db: Database, query: str) -> set[int]:
    return set(search.find(db, query).get("remark", []))


_FAST = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


@_FAST
@given(st.data())
def test_random_queries_of_1_2_3_and_6_characters(
    big: tuple[Database, dict[int, str]], data: st.DataObject
) -> None:
    db, folded = big
    length = data.draw(st.sampled_from([1, 2, 3, 6]))
    query = "".join(
        data.draw(st.lists(st.sampled_from(ALPHABET), min_size=length, max_size=length))
    )
    assert found(db, query) == brute_force(folded, query)


@_FAST
@given(st.data())
def test_pieces_of_real_remarks(big: tuple[Database, dict[int, str]], data: st.DataObject) -> None:
    """Queries cut from stored remarks, so that most of them have many hits."""
    db, folded = big
    number = data.draw(st.integers(min_value=1, max_value=REMARKS))
    text = folded[number]
    length = data.draw(st.sampled_from([1, 2, 3, 6]))
    start = data.draw(st.integers(min_value=0, max_value=max(0, len(text) - length)))
    query = text[start : start + length]
    hits = found(db, query)
    assert number in hits
    assert hits == brute_force(folded, query)


@pytest.mark.parametrize(
    ("query", "variant"),
    [
        ("エネルギー", "えねるぎー"),
        ("エネルギー", "ｴﾈﾙｷﾞｰ"),
        ("ＥＶ", "ev"),
        ("２０２６", "2026"),
        ("ＤＸ", "dx"),
    ],
)
def test_variants_find_the_same_remarks(
    big: tuple[Database, dict[int, str]], query: str, variant: str
) -> None:
    db, folded = big
    expected = brute_force(folded, query)
    assert len(expected) > 1000  # common words: a real test of the folding, not of nothing
    assert found(db, query) == found(db, variant) == expected
