"""Reception on the day: finding people by a few kana or their number, checking in
(twice is harmless), undoing, fees taken at the door, and walk-ins beyond the capacity."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.services.events import checkin, editing, participants
from app.services.events.codes import (
    ApplicationSource,
    ParticipationState,
    PaymentState,
)
from app.services.events.listing import event_counts
from app.services.events.reception_rows import DoorPayment
from app.services.events.reception_search import find_participants, reception_entries
from app.services.events.rows import EventForm, FeeInput, ParticipantForm
from app.services.members import organizations
from app.services.members.organizations import OrganizationForm
from app.services.problems import EditConflict, Invalid
from app.storage.database import Database

START = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
DAY = date(2025, 10, 24)


def _event(db: Database, capacity: str = "3") -> int:
    saved = editing.save(
        db,
        EventForm(
            title="ものづくりDXセミナー",
            held_on="2025-10-24",
            capacity=capacity,
            fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
        ),
    )
    assert saved.id is not None
    return saved.id


def _apply(db: Database, event: int, name: str, reading: str, org: str = "", **more: object):  # type: ignore[no-untyped-def]
    minute = len(participants.list_participants(db, event))
    form = ParticipantForm(
        name=name,
        reading=reading,
        organization_name=org,
        fee_category=str(more.pop("fee_category", "一般")),
        applied_at=START + timedelta(minutes=minute),
        **more,  # type: ignore[arg-type]
    )
    return participants.add_participant(db, event, form)


def _names(found: list) -> list[str]:  # type: ignore[type-arg]
    return [entry.name for entry in found]


def test_a_few_kana_find_by_reading_whatever_the_kana(db: Database) -> None:
    event = _event(db, capacity="")
    _apply(db, event, "山田 太郎", "ヤマダ タロウ", "株式会社青葉精機")
    _apply(db, event, "山本 花子", "やまもと はなこ", "みどり工業")
    _apply(db, event, "田中 一郎", "ﾀﾅｶ ｲﾁﾛｳ", "ヤマト電機")
    assert _names(find_participants(db, event, "やまだ")) == ["山田 太郎"]
    assert _names(find_participants(db, event, "ﾔﾏﾓﾄ")) == ["山本 花子"]
    assert _names(find_participants(db, event, "たなか")) == ["田中 一郎"]
    assert _names(find_participants(db, event, "ヤマダタ")) == ["山田 太郎"]  # spaces ignored
    # the reading first, then an organisation named in katakana
    assert _names(find_participants(db, event, "やま")) == ["山田 太郎", "山本 花子", "田中 一郎"]
    assert _names(find_participants(db, event, "山本")) == ["山本 花子"]
    assert _names(find_participants(db, event, "みどり")) == ["山本 花子"]
    assert _names(find_participants(db, event, "たろう やまだ")) == ["山田 太郎"]
    assert find_participants(db, event, "すずき") == []


def test_the_organisation_reading_comes_from_the_roster(db: Database) -> None:
    organizations.save(db, OrganizationForm(name="株式会社青葉精機", reading="あおばせいき"))
    event = _event(db, capacity="")
    _apply(db, event, "山田 太郎", "やまだ たろう", "株式会社青葉精機")
    _apply(db, event, "青木 次郎", "あおき じろう", "青木製作所")
    assert _names(find_participants(db, event, "アオバ")) == ["山田 太郎"]
    assert _names(find_participants(db, event, "あお")) == ["青木 次郎", "山田 太郎"]


def test_digits_are_the_reception_number(db: Database) -> None:
    event = _event(db, capacity="")
    for index in range(12):
        _apply(db, event, f"参加者{index + 1}", "さんかしゃ")
    assert _names(find_participants(db, event, "12")) == ["参加者12"]
    assert _names(find_participants(db, event, "１")) == ["参加者1"]  # full-width digits
    assert find_participants(db, event, "99") == []


def test_checking_in_twice_keeps_the_first_time(db: Database) -> None:
    event = _event(db)
    person = _apply(db, event, "山田 太郎", "やまだ たろう")
    first = checkin.check_in(db, person.id, person.version)
    assert first.entry.checked_in and not first.already and first.undo is not None
    # a second laptop still showing the old version: harmless, nothing written
    again = checkin.check_in(db, person.id, person.version)
    assert again.already and again.undo is None
    assert again.entry.checked_in_at == first.entry.checked_in_at
    assert again.entry.version == first.entry.version
    assert event_counts(db, event).checked_in == 1


def test_undo_puts_the_check_in_and_the_fee_back(db: Database) -> None:
    event = _event(db)
    person = _apply(db, event, "山田 太郎", "やまだ たろう")
    done = checkin.check_in(db, person.id, person.version, payment=DoorPayment.RECEIVED, today=DAY)
    assert done.received == 1000
    assert checkin.reception_counts(db, event, today=DAY).received_today == 1000
    assert done.undo is not None
    back = checkin.undo_check_in(db, done.undo, done.entry.version)
    assert not back.checked_in and back.payment is PaymentState.UNPAID
    assert checkin.reception_counts(db, event, today=DAY).received_today == 0
    assert event_counts(db, event).checked_in == 0


def test_undo_of_a_changed_participant_is_a_conflict(db: Database) -> None:
    event = _event(db)
    person = _apply(db, event, "山田 太郎", "やまだ たろう")
    done = checkin.check_in(db, person.id, person.version)
    assert done.undo is not None
    with pytest.raises(EditConflict):
        checkin.undo_check_in(db, done.undo, person.version)


def test_the_fee_is_taken_once_and_only_when_due(db: Database) -> None:
    event = _event(db)
    general = _apply(db, event, "山田 太郎", "やまだ たろう")
    member = _apply(db, event, "山本 花子", "やまもと はなこ", fee_category="会員")
    paid = checkin.check_in(
        db, general.id, general.version, payment=DoorPayment.RECEIVED, today=DAY
    )
    assert paid.received == 1000 and paid.entry.payment is PaymentState.RECEIVED
    assert paid.entry.paid_amount == 1000 and paid.entry.fee_due == 0
    # Enter again on the same person: no second charge
    again = checkin.check_in(
        db, general.id, paid.entry.version, payment=DoorPayment.RECEIVED, today=DAY
    )
    assert again.already and again.received == 0
    free = checkin.check_in(db, member.id, member.version, payment=DoorPayment.RECEIVED, today=DAY)
    assert free.received == 0 and free.entry.payment is PaymentState.UNPAID  # 会員 0円
    counts = checkin.reception_counts(db, event, today=DAY)
    assert (counts.checked_in, counts.attending, counts.received_today) == (2, 2, 1000)
    assert checkin.reception_counts(db, event, today=DAY + timedelta(days=1)).received_today == 0


def test_a_fee_left_for_later_can_be_taken_later_or_waived(db: Database) -> None:
    event = _event(db)
    one = _apply(db, event, "山田 太郎", "やまだ たろう")
    two = _apply(db, event, "山本 花子", "やまもと はなこ")
    later = checkin.check_in(db, one.id, one.version)  # pays by transfer, or later
    assert later.entry.fee_due == 1000
    paid = checkin.check_in(
        db, one.id, later.entry.version, payment=DoorPayment.RECEIVED, today=DAY
    )
    assert paid.already and paid.received == 1000
    assert paid.entry.checked_in_at == later.entry.checked_in_at
    waived = checkin.check_in(db, two.id, two.version, payment=DoorPayment.WAIVED, today=DAY)
    assert waived.waived and waived.entry.payment is PaymentState.WAIVED
    assert checkin.reception_counts(db, event, today=DAY).received_today == 1000


def test_a_walk_in_beyond_the_capacity_is_let_in(db: Database) -> None:
    event = _event(db, capacity="2")
    _apply(db, event, "青木", "あおき")
    _apply(db, event, "井上", "いのうえ")
    waiting = _apply(db, event, "上田", "うえだ")
    assert waiting.state is ParticipationState.WAITLISTED
    done = checkin.walk_in(
        db,
        event,
        ParticipantForm(name="当日 来太", reading="とうじつ らいた", fee_category="一般"),
        today=DAY,
    )
    assert done.admitted and done.received == 1000
    assert done.entry.state is ParticipationState.ATTENDING
    assert done.entry.source is ApplicationSource.WALK_IN and done.entry.checked_in
    counts = checkin.reception_counts(db, event, today=DAY)
    assert (counts.checked_in, counts.attending, counts.capacity) == (1, 3, 2)
    # the one waiting keeps their place on the list
    listed = {p.name: p for p in participants.list_participants(db, event)}
    assert listed["上田"].state is ParticipationState.WAITLISTED
    assert listed["上田"].waitlist_number == 1


def test_a_walk_in_needs_a_name(db: Database) -> None:
    event = _event(db)
    with pytest.raises(Invalid) as raised:
        checkin.walk_in(db, event, ParticipantForm(reading="abc"))
    assert set(raised.value.problems) == {"name", "reading"}
    assert participants.list_participants(db, event) == []


def test_the_waitlisted_and_cancelled_are_admitted_only_when_asked(db: Database) -> None:
    event = _event(db, capacity="1")
    first = _apply(db, event, "青木", "あおき")
    second = _apply(db, event, "井上", "いのうえ")
    third = _apply(db, event, "上田", "うえだ")
    with pytest.raises(checkin.NotAttending):
        checkin.check_in(db, second.id, second.version)
    cancelled = participants.cancel_participant(db, first.id, first.version)
    assert [p.name for p in cancelled.moved_up] == ["井上"]
    gone = cancelled.participant
    with pytest.raises(checkin.NotAttending):
        checkin.check_in(db, gone.id, gone.version)
    done = checkin.check_in(db, gone.id, gone.version, admit=True)
    assert done.admitted and done.entry.state is ParticipationState.ATTENDING
    assert event_counts(db, event).attending == 2  # over the capacity of 1
    assert done.undo is not None
    back = checkin.undo_check_in(db, done.undo, done.entry.version)
    assert back.state is ParticipationState.CANCELLED and not back.checked_in
    entry = {e.name: e for e in reception_entries(db, event)}["上田"]
    assert entry.state is ParticipationState.WAITLISTED and entry.waitlist_number == 1
    admitted = checkin.check_in(db, third.id, entry.version, admit=True)
    assert admitted.undo is not None
    waiting_again = checkin.undo_check_in(db, admitted.undo, admitted.entry.version)
    assert waiting_again.state is ParticipationState.WAITLISTED
    assert waiting_again.waitlist_number == 1


def test_nothing_is_waived_where_nothing_is_due(db: Database) -> None:
    event = _event(db)
    member = _apply(db, event, "山本 花子", "やまもと はなこ", fee_category="会員")
    done = checkin.check_in(db, member.id, member.version, payment=DoorPayment.WAIVED)
    assert done.entry.checked_in and not done.waived
    assert done.entry.payment is PaymentState.UNPAID and done.entry.fee_due == 0


def test_romaji_typed_with_the_input_method_off_finds_the_reading(db: Database) -> None:
    event = _event(db, capacity="")
    _apply(db, event, "山田 太郎", "ヤマダ タロウ", "ABC商事")
    _apply(db, event, "山本 花子", "やまもと はなこ")
    assert _names(find_participants(db, event, "yamada")) == ["山田 太郎"]
    assert _names(find_participants(db, event, "YAMAMOTO")) == ["山本 花子"]
    assert _names(find_participants(db, event, "yama ha")) == ["山本 花子"]
    assert _names(find_participants(db, event, "abc")) == ["山田 太郎"]  # as typed, too
