"""Two people at the same moment on PostgreSQL (SQLite has one writing process, held by
the instance lock): an event saved twice keeps one save and refuses the other, and two
applications for the last place never both get it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from app.services.events import editing, participants
from app.services.events.codes import ParticipationState
from app.services.events.rows import EventForm, ParticipantForm
from tests.services.test_simultaneous_saves import ROUNDS, Race, _run
from tests.two_users import Users, postgres_only

pytestmark = postgres_only


def _event_saved_twice(users: Users, n: int) -> Race:
    shown = editing.save(users.a, EventForm(title=f"セミナー{n}", held_on="2025-10-24"))
    return Race(
        lambda: editing.save(users.a, replace(shown, venue_room="A室")),
        lambda: editing.save(users.b, replace(shown, venue_room="B室")),
        lambda: editing.load_form(users.a, shown.id or 0).venue_room,
        "A室",
        "B室",
    )


def test_an_event_saved_at_the_same_moment_keeps_one_save(users: Users) -> None:
    for n in range(ROUNDS):
        race = _event_saved_twice(users, n)
        outcome = _run(race)
        assert sorted(outcome.values()) == ["conflict", "saved"], (n, outcome)
        assert race.read() == (race.if_a if outcome["a"] == "saved" else race.if_b)


def _last_place(users: Users, n: int) -> tuple[int, Race]:
    shown = editing.save(users.a, EventForm(title=f"交流会{n}", held_on="2025-11-05", capacity="1"))
    event_id = shown.id or 0
    at = datetime(2025, 10, 1, tzinfo=UTC)

    def apply(user: str) -> object:
        db = users.a if user == "a" else users.b
        return participants.add_participant(db, event_id, ParticipantForm(name=user, applied_at=at))

    return event_id, Race(lambda: apply("a"), lambda: apply("b"), lambda: None, None, None)


def test_two_applications_for_the_last_place_never_both_get_it(users: Users) -> None:
    for n in range(ROUNDS):
        event_id, race = _last_place(users, n)
        outcome = _run(race)
        assert outcome == {"a": "saved", "b": "saved"}, (n, outcome)  # one waits for the other
        states = sorted(p.state for p in participants.list_participants(users.a, event_id))
        assert states == [ParticipationState.ATTENDING, ParticipationState.WAITLISTED], n
