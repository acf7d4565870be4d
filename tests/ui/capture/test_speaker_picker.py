"""Who a typed speaker stands for: a number, a name, a reading, a free name, or nobody."""

from __future__ import annotations

from app.services.codes import GuestCategory
from app.services.meetings.rows import Speaker
from app.ui.capture.speaker_picker import NO_SPEAKER, Pick, no_speaker_text, resolve

SPEAKERS = [
    Speaker(1, "今 太郎", "こん たろう", "今製作所"),
    Speaker(2, "今井 花子", "いまい はなこ", "今井工業"),
    Speaker(None, "山田 一郎", "", "綾瀬市", GuestCategory.GUEST),
]


def test_numbers_names_readings_and_free_names() -> None:
    assert resolve("2", SPEAKERS) == Pick(SPEAKERS[1])
    assert resolve("２", SPEAKERS) == Pick(SPEAKERS[1])
    assert resolve("今", SPEAKERS) == Pick(SPEAKERS[0])  # the exact name before 今井
    assert resolve("いまい", SPEAKERS) == Pick(SPEAKERS[1])
    assert resolve("4", SPEAKERS) is None  # no such number: nobody, not a free name
    free = resolve("佐藤 説明員", SPEAKERS)
    assert free == Pick(None, "佐藤 説明員")
    assert free is not None and free.non_member_name == "佐藤 説明員" and not free.anonymous


def test_zero_or_the_shown_label_means_no_speaker() -> None:
    for typed in ("0", "０", no_speaker_text(), "(no speaker)"):
        pick = resolve(typed, SPEAKERS)
        assert pick == NO_SPEAKER and pick is not None and pick.anonymous
        assert pick.member_id is None and pick.non_member_name == ""
    assert NO_SPEAKER.name == no_speaker_text() == "(no speaker)"  # untranslated here
    assert resolve(NO_SPEAKER.name, SPEAKERS) == NO_SPEAKER  # shown, then read back


def test_a_guest_is_stored_by_name_and_a_member_by_id() -> None:
    guest = Pick(SPEAKERS[2])
    assert (guest.member_id, guest.non_member_name) == (None, "山田 一郎")
    member = Pick(SPEAKERS[0])
    assert (member.member_id, member.non_member_name) == (1, "")
