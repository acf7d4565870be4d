"""The 視察報告書 as a reader sees it: who came, who received them, the days in order."""

from __future__ import annotations

from dataclasses import replace

from app.documents.builders import visit_report as builder
from app.documents.model import Heading, ItemList, Table
from app.models.enums import VisitDirection
from app.services.visits import documents as visit_documents
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from tests.meeting_room import Room

RECEIVED = VisitForm(
    title="B市商工会議所 来訪",
    direction=VisitDirection.INCOMING,
    start_on="2023-10-12",
    end_on="2023-10-13",
    organizations=("C社", "綾瀬市"),
    staff=(("松村 一郎", "綾瀬市 工業振興課"),),
    hosts=(("高橋 誠", "B市商工会議所", "専務理事"), ("小川 恵", "B市商工会議所", "")),
    itinerary=(
        ("2023-10-12", "13:00", "綾瀬市役所", "歓迎・概要説明"),
        ("", "15:00", "C社", "工場見学"),
        ("2023-10-13", "9:30", "産業振興センター", "意見交換"),
    ),
)


def _headings(blocks: tuple[object, ...]) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Heading)]


def test_a_received_delegation_is_listed_as_visitors_before_our_side(
    db: Database, room: Room
) -> None:
    form = replace(RECEIVED, member_ids=(room.members["今"],))
    visit_id = visit_editing.save(db, form).id or 0
    document = builder.build(visit_documents.report_input(db, visit_id))
    headings = _headings(document.blocks)
    assert document.blocks[0].text == "視察受入報告書(B市商工会議所 来訪)"  # type: ignore[union-attr]
    assert "受入先" in headings and "訪問先" not in headings
    visitors = headings.index("来訪者(2名・敬称略)")
    receivers = headings.index("対応者(2名)")
    assert visitors < receivers
    listed = document.blocks[document.blocks.index(Heading("来訪者(2名・敬称略)")) + 1]
    assert isinstance(listed, ItemList)
    assert [item.text for item in listed.items] == [
        "B市商工会議所 専務理事 高橋 誠",
        "B市商工会議所 小川 恵",
    ]
    assert not any("参加者" in h or "先方出席者" in h for h in headings)


def test_the_itinerary_is_grouped_by_day_with_the_undated_stop_on_its_day(
    db: Database, room: Room
) -> None:
    visit_id = visit_editing.save(db, RECEIVED).id or 0
    days = visit_documents.report_input(db, visit_id).itinerary
    assert [day.day for day in days] == ["令和5年10月12日(木)", "令和5年10月13日(金)"]
    assert [stop[2] for stop in days[0].stops] == ["歓迎・概要説明", "工場見学"]
    document = builder.build(visit_documents.report_input(db, visit_id))
    headings = _headings(document.blocks)
    at = headings.index("行程")
    assert headings[at + 1 : at + 3] == ["令和5年10月12日(木)", "令和5年10月13日(金)"]
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [len(t.rows) for t in tables] == [2, 1]
    assert tables[0].header == ("時間", "場所", "内容")


def test_a_one_day_outgoing_visit_keeps_its_words_and_needs_no_date_line(
    db: Database, room: Room
) -> None:
    form = replace(
        RECEIVED,
        direction=VisitDirection.OUTGOING,
        end_on="",
        itinerary=(("2023-10-12", "13:00", "A社", "見学"),),
    )
    visit_id = visit_editing.save(db, form).id or 0
    document = builder.build(visit_documents.report_input(db, visit_id))
    headings = _headings(document.blocks)
    assert document.blocks[0].text.startswith("視察報告書(")  # type: ignore[union-attr]
    assert "訪問先" in headings and "先方出席者(敬称略)" in headings
    assert headings.index("参加者(1名)") < headings.index("先方出席者(敬称略)")
    assert "行程" in headings
    assert not any(isinstance(b, Heading) and b.level == 2 for b in document.blocks)
