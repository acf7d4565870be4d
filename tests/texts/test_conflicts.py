"""What the conflict dialog compares: every field a clerk typed has a caption in every
record with a form, and the values read as the clerk knows them (names for links, a
fee as 一般 / 1000, a time of application in Japan's time)."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.models import Pillar
from app.services.activities import editing as activities
from app.services.correspondence.letter_form import LetterForm
from app.services.council.rows import CouncilForm
from app.services.events import editing, participants
from app.services.events.rows import EventForm, FeeInput, ParticipantForm, TimetableInput
from app.services.meetings.editing import MeetingForm
from app.services.members.editing import MemberForm
from app.services.members.organizations import OrganizationForm
from app.services.problems import EditConflict, Record
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from app.texts.conflicts import conflict_rows

FORMS = [
    (Record.MEETING, MeetingForm),
    (Record.ORGANIZATION, OrganizationForm),
    (Record.MEMBER, MemberForm),
    (Record.COUNCIL, CouncilForm),
    (Record.VISIT, VisitForm),
    (Record.LETTER, LetterForm),
    (Record.EVENT, EventForm),
    (Record.PARTICIPANT, ParticipantForm),
]
LOCAL = {"id", "version"}  # which copy of the record, never a value the clerk typed


@pytest.mark.parametrize(("record", "form"), FORMS)
def test_every_field_of_a_form_is_compared(record: Record, form: type) -> None:
    shown = [row.caption for row in conflict_rows(EditConflict(record, form(), form()))]
    typed = [field.name for field in fields(form) if field.name not in LOCAL]
    assert len(shown) == len(typed), set(typed)
    assert all(shown)


def _rows(conflict: EditConflict) -> dict[str, tuple[str, str]]:
    return {row.caption: (row.theirs, row.mine) for row in conflict_rows(conflict) if row.differs}


def test_an_event_changed_by_another_shows_fees_timetable_and_links_by_name(
    db: Database,
) -> None:
    saved = editing.save(
        db,
        EventForm(
            title="DXセミナー",
            held_on="2026-11-20",
            fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
            timetable=(TimetableInput("14:00", "基調講演", "山田 太郎"),),
        ),
    )
    activities.ensure_pillars(db, [("【1】", "新たな価値の創造")])
    with db.session() as session:
        pillar = session.scalars(select(Pillar.id)).one()
    theirs = editing.save(db, EventForm(**{**_values(saved), "venue_name": "産業振興センター"}))
    changes = {"fees": (FeeInput("一般", "2000"),), "timetable": (), "pillar_id": pillar}
    mine = EventForm(**{**_values(saved), **changes})
    with pytest.raises(EditConflict) as raised:
        editing.save(db, mine)
    rows = _rows(raised.value)
    assert rows["Venue"] == ("産業振興センター", "—")
    assert rows["Fees"][1] == "一般 / 2000 / Paid on the day"
    assert rows["Fees"][0].splitlines()[1] == "一般 / 1000 / Paid on the day"
    assert rows["Timetable"] == ("14:00 / 基調講演 / 山田 太郎", "—")
    assert rows["Pillar"] == ("—", "新たな価値の創造")
    assert theirs.version != saved.version


def test_a_participant_changed_by_another_shows_payment_and_time_of_application(
    db: Database,
) -> None:
    event = editing.save(db, EventForm(title="交流会", held_on="2026-11-20"))
    assert event.id is not None
    applied = datetime(2026, 10, 1, 0, 30, tzinfo=UTC)  # 9:30 in Japan
    row = participants.add_participant(
        db, event.id, ParticipantForm(name="青木 一郎", applied_at=applied)
    )
    form = participants.load_participant(db, row.id)
    participants.update_participant(db, ParticipantForm(**{**_values(form), "paid_amount": "1000"}))
    with pytest.raises(EditConflict) as raised:
        participants.update_participant(
            db, ParticipantForm(**{**_values(form), "organization_name": "浜田精機"})
        )
    rows = {row.caption: row for row in conflict_rows(raised.value)}
    assert rows["Applied"].theirs == "2026-10-01 09:30"
    assert (rows["Amount paid"].theirs, rows["Amount paid"].mine) == ("1000", "—")
    assert (rows["Organization"].theirs, rows["Organization"].mine) == ("—", "浜田精機")


def _values(form: object) -> dict[str, object]:
    return {field.name: getattr(form, field.name) for field in fields(form)}  # type: ignore[arg-type]
