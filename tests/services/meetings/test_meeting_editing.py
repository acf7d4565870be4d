from dataclasses import replace

import pytest

from app.models import Body, Council
from app.models.enums import MeetingNumbering, MeetingStatus
from app.services.meetings import editing as meeting_editing
from app.services.meetings import listing as meetings
from app.services.meetings.editing import EditConflict, MeetingForm, MeetingLocked
from app.services.problems import Invalid, Problem
from app.storage.database import Database
from tests.meeting_room import Room, advance


@pytest.fixture
def body_id(db: Database) -> int:
    with db.transaction() as session:
        session.add(Council(name="綾瀬イノベーション推進委員会"))
        body = Body(name="定例会")
        session.add(body)
    return body.id


def _form(body_id: int, held_on: str) -> MeetingForm:
    return MeetingForm(body_id=body_id, held_on=held_on, start_time="19:00", end_time="20:30")


def test_numbers_run_per_fiscal_year(db: Database, body_id: int) -> None:
    first = meeting_editing.save(db, _form(body_id, "2022-04-12"))
    second = meeting_editing.save(db, _form(body_id, "2022/7/4"))
    march = meeting_editing.save(db, _form(body_id, "2023-03-20"))  # still FY2022
    april = meeting_editing.save(db, _form(body_id, "2023-04-18"))  # FY2023 starts again
    assert [m.sequence_number for m in (first, second, march, april)] == [1, 2, 3, 1]
    rows = {row.id: row for row in meetings.list_meetings(db)}
    assert rows[second.id or 0].fiscal_year_label == "令和4年度"
    assert rows[april.id or 0].fiscal_year == 2023


def test_running_numbers_when_the_council_counts_overall(db: Database, body_id: int) -> None:
    with db.transaction() as session:
        session.query(Council).one().meeting_numbering = MeetingNumbering.PER_BODY_OVERALL
    meeting_editing.save(db, _form(body_id, "2023-03-20"))
    later = meeting_editing.save(db, _form(body_id, "2023-04-18"))
    assert later.sequence_number == 2


def test_bad_input_is_reported_by_field(db: Database, body_id: int) -> None:
    bad = MeetingForm(body_id=None, held_on="2022-02-30", start_time="25:00", end_time="")
    with pytest.raises(Invalid) as refused:
        meeting_editing.save(db, bad)
    assert refused.value.problems == {
        "body": Problem.NOT_CHOSEN,
        "held_on": Problem.BAD_DATE,
        "start_time": Problem.BAD_TIME,
    }
    backwards = replace(_form(body_id, "2022-07-04"), start_time="20:30", end_time="19:00")
    assert meeting_editing.validate(backwards) == {"end_time": Problem.ENDS_BEFORE_START}
    assert meeting_editing.validate(_form(body_id, "1850-01-01")) == {
        "held_on": Problem.DATE_TOO_EARLY
    }
    assert meeting_editing.validate(replace(_form(body_id, " "), sequence_number=0)) == {
        "held_on": Problem.MISSING,
        "sequence_number": Problem.NOT_POSITIVE,
    }
    assert meetings.list_meetings(db) == []


def test_status_flow_and_the_approved_lock(db: Database, body_id: int) -> None:
    saved = meeting_editing.save(db, _form(body_id, "2022-07-04"))
    steps = [advance(db, saved.id or 0) for _ in range(3)]
    assert steps == [MeetingStatus.HELD, MeetingStatus.DRAFTING, MeetingStatus.APPROVED]
    with pytest.raises(MeetingLocked):
        advance(db, saved.id or 0)
    current = meeting_editing.load_form(db, saved.id or 0)
    with pytest.raises(MeetingLocked):
        meeting_editing.save(db, replace(current, place="変更"))


def test_stale_form_is_refused(db: Database, body_id: int) -> None:
    saved = meeting_editing.save(db, _form(body_id, "2022-07-04"))
    meeting_editing.save(db, replace(saved, place="市役所 第2会議室"))
    with pytest.raises(EditConflict):
        meeting_editing.save(db, replace(saved, place="古い画面"))


def test_chair_and_minute_signers_are_saved_in_order(db: Database, room: Room) -> None:
    form = meeting_editing.load_form(db, room.meeting_id)
    names = [choice.name for choice in meeting_editing.member_choices(db)]
    assert (
        names[:2] == ["斉藤 太郎", "今 太郎"] and "松村 太郎" not in names
    )  # 事務局 is not offered
    m = room.members
    saved = meeting_editing.save(
        db, replace(form, chair_id=m["斉藤"], signer_ids=(m["野口"], m["髙橋"], m["野口"]))
    )
    assert meeting_editing.load_form(db, room.meeting_id).signer_ids == (m["野口"], m["髙橋"])
    again = meeting_editing.save(db, replace(saved, signer_ids=(m["髙橋"], m["野口"])))
    reloaded = meeting_editing.load_form(db, room.meeting_id)
    assert (reloaded.chair_id, reloaded.signer_ids) == (m["斉藤"], (m["髙橋"], m["野口"]))
    assert again.version == reloaded.version
