"""One event as the detail pane shows it, and the records an event may be linked to."""

from __future__ import annotations

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.events import editing, participants
from app.services.events.codes import FeeTiming, ParticipantRole, ParticipationState
from app.services.events.detail import FeeLine, TimetableLine, event_detail
from app.services.events.links import link_choices
from app.services.events.rows import EventForm, FeeInput, ParticipantForm, TimetableInput
from app.storage.database import Database


def test_the_detail_has_fees_timetable_counts_and_participants(db: Database) -> None:
    saved = editing.save(
        db,
        EventForm(
            title="DXセミナー",
            held_on="2026-11-20",
            capacity="1",
            contact_person="事務局 田中",
            fees=(FeeInput("会員", "0"), FeeInput("懇親会", "3000", FeeTiming.IN_ADVANCE)),
            timetable=(TimetableInput("13:30〜15:00", "基調講演", "佐藤 花子", "神奈川大学"),),
        ),
    )
    assert saved.id is not None
    for name, role in (
        ("青木", ParticipantRole.PARTICIPANT),
        ("佐藤 花子", ParticipantRole.SPEAKER),
    ):
        participants.add_participant(
            db, saved.id, ParticipantForm(name=name, role=role, fee_category="会員")
        )
    participants.add_participant(db, saved.id, ParticipantForm(name="井上"))  # waits
    detail = event_detail(db, saved.id)
    assert detail is not None
    assert detail.fees == (
        FeeLine("会員", 0, FeeTiming.ON_THE_DAY),
        FeeLine("懇親会", 3000, FeeTiming.IN_ADVANCE),
    )
    assert detail.timetable == (
        TimetableLine("13:30〜15:00", "基調講演", "佐藤 花子", "神奈川大学"),
    )
    assert detail.contact_person == "事務局 田中" and detail.linked == ()
    assert (detail.counts.seats_taken, detail.counts.waitlisted) == (1, 1)
    assert detail.counts.by_role == (
        (ParticipantRole.PARTICIPANT, 1),
        (ParticipantRole.SPEAKER, 1),
    )
    assert [(p.name, p.state) for p in detail.participants][-1] == (
        "井上",
        ParticipationState.WAITLISTED,
    )


def test_a_gone_event_has_no_detail(db: Database) -> None:
    assert event_detail(db, 404) is None


def test_links_offer_meetings_visits_activities_and_pillars_and_show_in_the_detail(
    db: Database,
) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    choices = link_choices(db)
    assert choices.meetings and choices.visits and choices.pillars
    meeting_id, meeting_text = choices.meetings[0]
    pillar_id, pillar_text = choices.pillars[0]
    saved = editing.save(
        db,
        EventForm(title="見学会", held_on="2026-11-20", meeting_id=meeting_id, pillar_id=pillar_id),
    )
    assert saved.id is not None
    detail = event_detail(db, saved.id)
    assert detail is not None and detail.linked == (meeting_text, pillar_text)
    assert pillar_text.startswith("【1】")
