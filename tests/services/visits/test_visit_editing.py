from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.models.enums import VisitDirection
from app.services.meetings import agenda
from app.services.problems import Invalid, Problem
from app.services.visits import documents as visit_documents
from app.services.visits import editing as visit_editing
from app.services.visits import listing as visits
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from tests.meeting_room import Room, make_meeting

FORM = VisitForm(
    title="A地域ものづくり視察",
    direction=VisitDirection.OUTGOING,
    region="A地域",
    start_on="2022-07-28",
    end_on="2022/7/29",
    purpose="地域間連携の礎を築く",
    organizations=("A市工業会", "A市"),
    staff=(("松村 一郎", "綾瀬市 工業振興課"),),
    hosts=(("野々村 昭", "A市工業会", "会長"),),
    itinerary=(
        ("2022-07-28", "10:00〜11:30", "A市役所", "意見交換"),
        ("", "13:00", "B社", "工場見学"),
    ),
    figures=(("商談", "5", "件"), ("受注額", "7,000", "万円")),
    follow_ups=(("A地域との協定案を作る", "事務局", "2022-09-30"),),
)


def test_a_visit_is_saved_with_all_its_rows(db: Database, room: Room) -> None:
    form = replace(FORM, member_ids=(room.members["今"], room.members["野口"]))
    saved = visit_editing.save(db, form)
    loaded = visit_editing.load_form(db, saved.id or 0)
    assert loaded.organizations == ("A市工業会", "A市")
    assert loaded.member_ids == (room.members["今"], room.members["野口"])
    assert loaded.staff == FORM.staff and loaded.hosts == FORM.hosts
    assert loaded.itinerary == (
        ("2022-07-28", "10:00〜11:30", "A市役所", "意見交換"),
        ("", "13:00", "B社", "工場見学"),
    )
    assert loaded.figures == (("商談", "5", "件"), ("受注額", "7000", "万円"))
    assert loaded.follow_ups == (("A地域との協定案を作る", "事務局", "2022-09-30"),)
    row = visits.list_visits(db)[0]
    assert (row.fiscal_year, row.participant_count, row.end_on) == (2022, 3, date(2022, 7, 29))
    report = visit_documents.report_input(db, saved.id or 0)
    assert "受注額: 7,000万円" in report.figures and report.next_steps == ("A地域との協定案を作る",)


def test_editing_replaces_the_rows_and_keeps_the_version_check(db: Database, room: Room) -> None:
    saved = visit_editing.save(db, FORM)
    changed = visit_editing.save(db, replace(saved, itinerary=(), hosts=(), organizations=("A市",)))
    loaded = visit_editing.load_form(db, changed.id or 0)
    assert (loaded.itinerary, loaded.hosts, loaded.organizations) == ((), (), ("A市",))
    with pytest.raises(visit_editing.EditConflict):
        visit_editing.save(db, saved)  # the old version


def test_problems_are_reported_per_field(db: Database) -> None:
    bad = replace(
        FORM,
        title=" ",
        end_on="2022-07-01",
        itinerary=(("7月32日", "", "", "x"),),
        figures=(("額", "たくさん", ""),),
    )
    with pytest.raises(Invalid) as invalid:
        visit_editing.save(db, bad)
    assert invalid.value.problems == {
        "title": Problem.MISSING,
        "end_on": Problem.ENDS_BEFORE_START,
        "itinerary": Problem.BAD_DATE,
        "figures": Problem.NOT_A_NUMBER,
    }
    assert visits.list_visits(db) == []


def test_impossible_early_and_oversized_values_are_refused_not_raised(db: Database) -> None:
    bad = replace(
        FORM,
        start_on="1868-10-23",  # 明治改元: before the solar calendar (1873)
        end_on="2022-02-30",
        follow_ups=(("礼状", "事務局", "1872/12/31"),),
        figures=(("受注額", "--5", "円"), ("受注額", "10,000,000,000", "円")),
    )
    assert visit_editing.validate(bad) == {
        "start_on": Problem.DATE_TOO_EARLY,
        "end_on": Problem.BAD_DATE,
        "figures": Problem.NOT_A_NUMBER,
        "follow_ups": Problem.DATE_TOO_EARLY,
    }
    too_large = replace(FORM, figures=(("受注額", "10,000,000,000", "円"),))
    assert visit_editing.validate(too_large) == {"figures": Problem.NUMBER_TOO_LARGE}
    assert visit_editing.validate(replace(FORM, start_on=" ")) == {"start_on": Problem.MISSING}


def test_follow_ups_carry_forward_to_the_next_meeting(db: Database, room: Room) -> None:
    visit_editing.save(db, FORM)
    following = make_meeting(db, room.body_id, "2022-10-03", ["報告"])
    carried = agenda.carried_over(db, following.id)
    assert "A地域との協定案を作る" in [a.text for a in carried.actions]
