"""Search: what it finds, how it folds, and that the index follows every change."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.models import (
    ActionItem,
    Correspondence,
    Meeting,
    Member,
    Organization,
    Remark,
    SearchEntry,
    Visit,
)
from app.models.enums import CorrespondenceDirection, RemarkKind, ResponseStatus
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.search import index as search_index
from app.services.search import query as search
from app.services.search.rows import SearchFilters
from app.storage.database import Database
from tests.meeting_room import Room, make_meeting


def say(db: Database, room: Room, text: str, who: str = "髙橋", item: int = 0) -> int:
    entry = capture.add_remark(
        db, room.item_ids[item], RemarkInput(text=text, speaker_member_id=room.members[who])
    )
    return entry.id


def remark_ids(db: Database, query: str, **filters: object) -> set[int]:
    return set(search.find(db, query, SearchFilters(**filters)).get("remark", []))  # type: ignore[arg-type]


def test_a_captured_remark_is_found_by_any_part_of_it(db: Database, room: Room) -> None:
    ev = say(db, room, "EV化で部品の需要はこれから大きく変わる。")
    say(db, room, "補助金の対象になるか確認します。")
    for query in ("部品の需要", "需要", "需", "EV化", "これから大きく変わる。"):
        assert remark_ids(db, query) == {ev}, query
    assert remark_ids(db, "存在しない言葉") == set()


def test_width_and_kana_variants_find_each_other(db: Database, room: Room) -> None:
    energy = say(db, room, "エネルギー価格の高騰がＥＶ部品の原価を押し上げている")
    half = say(db, room, "ｽﾏｰﾄﾅﾋﾞの登録は２３社です", who="今")
    for query in ("えねるぎー", "ｴﾈﾙｷﾞｰ", "エネルギー", "ev", "ＥＶ", "Ev部品"):
        assert remark_ids(db, query) == {energy}, query
    for query in ("スマートナビ", "すまーとなび", "23社", "２３"):
        assert remark_ids(db, query) == {half}, query


def test_every_term_is_required(db: Database, room: Room) -> None:
    both = say(db, room, "視察の報告書を市に提出する")
    say(db, room, "視察は来月です")
    assert remark_ids(db, "視察 報告") == {both}
    assert remark_ids(db, "視察　報告書") == {both}  # a full-width space separates too
    assert remark_ids(db, "   ") == set()


def test_query_syntax_is_text_not_operators(db: Database, room: Room) -> None:
    quoted = say(db, room, '「"AND" OR NOT」と書いた100%_の資料')
    assert remark_ids(db, '"AND" OR') == {quoted}
    assert remark_ids(db, "100%_") == {quoted}
    assert remark_ids(db, "%") == {quoted}


def test_results_are_grouped_newest_first_with_a_highlighted_snippet(
    db: Database, room: Room
) -> None:
    say(db, room, "前置きが長くなりますが、" * 5 + "ｽﾏｰﾄﾅﾋﾞの掲載企業を増やしたい。", item=1)
    later = make_meeting(db, room.body_id, "2022-09-05", ["スマートナビの改修"])
    result = search.search(db, "スマートナビ")
    kinds = [group.kind for group in result.groups]
    assert kinds == ["remark", "agenda"]
    agenda = result.groups[1]
    assert [hit.meeting_id for hit in agenda.hits] == [later.id, room.meeting_id]
    hit = result.groups[0].hits[0]
    assert hit.person == "髙橋 太郎"
    assert hit.context.endswith("②スマートナビについて")
    assert hit.snippet.startswith("…")
    (start, stop), *_ = hit.highlights
    assert hit.snippet[start:stop] == "ｽﾏｰﾄﾅﾋﾞ"  # the original characters, half-width


def test_filters(db: Database, room: Room) -> None:
    opinion = say(db, room, "人材確保の施策が必要", who="髙橋")
    question = capture.add_remark(
        db,
        room.item_ids[1],
        RemarkInput(
            text="人材確保の予算は", speaker_member_id=room.members["今"], kind=RemarkKind.QUESTION
        ),
    ).id
    later = make_meeting(db, room.body_id, "2023-05-10", ["人材確保"])
    with db.transaction() as session:
        meeting = session.get(Meeting, later.id)
        assert meeting is not None
        meeting.fiscal_year = 2023
    assert remark_ids(db, "人材", person_id=room.members["今"]) == {question}
    assert remark_ids(db, "人材", status=ResponseStatus.PENDING.value) == {opinion}
    assert remark_ids(db, "人材", fiscal_year=2022) == {opinion, question}
    found = search.find(db, "人材確保", SearchFilters(fiscal_year=2023))
    assert found == {"agenda": [later.agenda_items[0].id]}
    found = search.find(db, "人材確保", SearchFilters(date_from=date(2023, 1, 1)))
    assert set(found) == {"agenda"}
    assert remark_ids(db, "人材", date_to=date(2022, 7, 4)) == {opinion, question}
    assert search.find(db, "人材", SearchFilters(kinds=frozenset({"member"}))) == {}
    assert remark_ids(db, "人材", body_id=room.body_id) == {opinion, question}


def test_the_index_follows_edits_and_deletions(db: Database, room: Room) -> None:
    remark = capture.add_remark(
        db, room.item_ids[0], RemarkInput(text="旧い文言", speaker_member_id=room.members["今"])
    )
    updated = capture.update_remark(
        db, remark, RemarkInput(text="新しい文言", speaker_member_id=room.members["今"])
    )
    assert remark_ids(db, "旧い") == set()
    assert remark_ids(db, "新しい文言") == {remark.id}
    capture.delete_remark(db, updated)
    assert remark_ids(db, "文言") == set()

    say(db, room, "会議ごと消える発言")
    with db.transaction() as session:
        meeting = session.get(Meeting, room.meeting_id)
        session.delete(meeting)
    assert search.find(db, "消える") == {}
    with db.session() as session:
        assert session.scalars(select(SearchEntry).where(SearchEntry.kind == "remark")).all() == []


def test_a_moved_meeting_re_dates_its_remarks(db: Database, room: Room) -> None:
    rid = say(db, room, "日付が変わる発言")
    with db.transaction() as session:
        meeting = session.get(Meeting, room.meeting_id)
        assert meeting is not None
        meeting.held_on = date(2022, 8, 1)
    assert remark_ids(db, "日付", date_from=date(2022, 8, 1)) == {rid}
    assert remark_ids(db, "日付", date_to=date(2022, 7, 31)) == set()


def test_a_remark_added_as_its_meeting_moves_is_indexed_once_with_the_others(
    db: Database, room: Room
) -> None:
    old = say(db, room, "前からある発言")
    with db.transaction() as session:
        meeting = session.get(Meeting, room.meeting_id)
        assert meeting is not None
        meeting.held_on = date(2022, 8, 1)
        session.flush()
        session.add(
            Remark(
                agenda_item_id=room.item_ids[0],
                position=1,
                speaker_name="事務局",
                kind=RemarkKind.REPORT,
                text="同じ取引で足した発言",
                captured_at=datetime(2022, 9, 1, 10, 0, tzinfo=UTC),
            )
        )
        meeting.held_on = date(2022, 9, 1)  # the new remark and the old one, in one flush
    with db.session() as session:
        entries = session.scalars(select(SearchEntry.remark_id).where(SearchEntry.kind == "remark"))
        assert len(list(entries)) == 2
    assert remark_ids(db, "発言", date_from=date(2022, 9, 1)) == {
        old,
        *remark_ids(db, "足した"),
    }
    assert remark_ids(db, "発言", date_to=date(2022, 8, 31)) == set()


def test_a_renamed_organization_is_found_under_its_new_name(db: Database, room: Room) -> None:
    with db.transaction() as session:
        organization = session.scalars(select(Organization)).one()
        organization.name = "新綾瀬工業株式会社"
    found = search.find(db, "新綾瀬工業", SearchFilters(kinds=frozenset({"member"})))
    assert len(found["member"]) == len(room.members)


def test_a_rolled_back_change_leaves_the_index_as_it_was(db: Database, room: Room) -> None:
    rid = say(db, room, "元の発言")
    with pytest.raises(RuntimeError), db.transaction() as session:
        remark = session.get(Remark, rid)
        assert remark is not None
        remark.text = "書き換え"
        session.flush()
        raise RuntimeError("power cut")
    assert remark_ids(db, "元の発言") == {rid}
    assert remark_ids(db, "書き換え") == set()


def test_visits_letters_actions_and_members_are_searched(db: Database, room: Room) -> None:
    with db.transaction() as session:
        visit = Visit(
            title="北浜地域視察",
            fiscal_year=2022,
            start_on=date(2022, 7, 24),
            findings="共同受注の仕組み",
        )
        letter = Correspondence(
            direction=CorrespondenceDirection.INCOMING,
            fiscal_year=2022,
            serial_number=1,
            dated_on=date(2022, 6, 1),
            counterparty_name="北浜市工業会",
            subject="視察受入れについて（依頼）",
        )
        action = ActionItem(agenda_item_id=room.item_ids[0], text="北浜市へ礼状を送付する")
        session.add_all([visit, letter, action])
    found = search.find(db, "北浜")
    assert set(found) == {"action", "visit", "letter"}
    assert search.find(db, "きたはま") == {}  # readings of kanji are not guessed
    members = search.find(db, "たかはし")  # but a member's reading is indexed
    assert members == {"member": [room.members["髙橋"]]}
    result = search.search(db, "共同受注")
    assert result.groups[0].hits[0].visit_id == visit.id


def test_an_old_database_gets_its_index_on_open(db: Database, room: Room) -> None:
    rid = say(db, room, "索引を作り直す")
    with db.engine.begin() as conn:
        conn.execute(SearchEntry.__table__.delete())
    assert remark_ids(db, "作り直す") == set()
    search_index.ensure_built(db)
    assert remark_ids(db, "作り直す") == {rid}
    assert search_index.entry_count(db) == len(room.members) + 3 + 1


def test_every_member_row_is_indexed_once(db: Database, room: Room) -> None:
    with db.session() as session:
        members = session.scalars(select(Member.id)).all()
        entries = session.scalars(select(SearchEntry.member_id).where(SearchEntry.kind == "member"))
        assert sorted(entries) == sorted(members)


def test_the_fts_mirror_stays_consistent_through_edits(db: Database, room: Room) -> None:
    if db.path is None:
        pytest.skip("the FTS5 mirror is SQLite's; PostgreSQL indexes the column itself")
    ids = [say(db, room, f"整合性の確認 {n}") for n in range(5)]
    remark = capture.remarks(db, room.item_ids[0])[0]
    capture.update_remark(
        db, remark, RemarkInput(text="書き換えた", speaker_member_id=room.members["今"])
    )
    capture.delete_remark(db, capture.remarks(db, room.item_ids[0])[-1])
    with db.engine.begin() as conn:
        # FTS5 raises SQLITE_CORRUPT_VTAB if the index and search_entry disagree
        conn.exec_driver_sql(
            "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
        )
    assert remark_ids(db, "整合性の確認") == set(ids[1:4])


@pytest.mark.parametrize(
    "text",
    ["会議の記録", "（仮称）ｽﾏｰﾄﾅﾋﾞの登録", "ｶﾞｲﾄﾞ ＥＶ化", "か\u3099き", "Straße ＡＢＣ"],
)
def test_folded_offsets_point_into_the_original(text: str) -> None:
    from app.services.search.folding import fold_for_match, fold_with_offsets

    folded, offsets = fold_with_offsets(text)
    assert folded == fold_for_match(text)
    assert len(offsets) == len(folded) + 1 and offsets[-1] == len(text)
    for index, char in enumerate(folded):
        start = offsets[index]
        stop = next((o for o in offsets[index + 1 :] if o > start), len(text))
        assert char in fold_for_match(text[start:stop])


def test_the_kinds_come_from_the_areas_in_the_order_results_are_shown() -> None:
    assert search.kinds() == (
        "remark",
        "agenda",
        "action",
        "visit",
        "event",
        "participant",
        "letter",
        "member",
    )


def test_the_command_line_offers_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.run import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["search", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert help_text.startswith("usage: jimukyoku search ")
    assert ", ".join(search.kinds()) in help_text
