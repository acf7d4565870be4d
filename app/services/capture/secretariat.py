"""事務局 as a speaker: the secretariat always has a voice in its council's meetings, as
itself (「事務局」) or as one of its staff (members whose council role is 事務局), whether
or not attendance lists them; on a visit, as itself. Typing 「じむ」, 「事務局」 or "jimu"
finds them (``speaker_match``)."""

from __future__ import annotations

from app.models.enums import CouncilRole, GuestCategory
from app.services.meetings import attendance
from app.services.meetings.rows import Speaker
from app.storage.database import Database

SECRETARIAT_NAME = "事務局"  # as the minutes credit it: a Japanese word, in any UI language
SECRETARIAT = Speaker(None, SECRETARIAT_NAME, "じむきょく", "", GuestCategory.SECRETARIAT)
# what typing may begin with to mean the secretariat (folded: kana, width and case)
SECRETARIAT_ALIASES = ("事務局", "じむきょく", "jimukyoku", "secretariat")


def is_secretariat(speaker: Speaker) -> bool:
    """事務局 itself, one of its staff, or a non-member attending for it."""
    return speaker.role in (CouncilRole.SECRETARIAT, GuestCategory.SECRETARIAT)


def meeting_speakers(db: Database, meeting_id: int) -> list[Speaker]:
    """Who can speak at the meeting (``attendance.speakers``: the members in the room,
    then the guests), then the secretariat staff not listed already (members on the
    meeting's day), then 事務局 itself unless someone of that name is listed."""
    listed = attendance.speakers(db, meeting_id)
    present = {speaker.member_id for speaker in listed if speaker.member_id is not None}
    staff = [
        Speaker(entry.member_id, entry.name, entry.reading, entry.organization, entry.role)
        for entry in attendance.grid(db, meeting_id)
        if entry.role is CouncilRole.SECRETARIAT and entry.member_id not in present
    ]
    return with_itself([*listed, *staff])


def with_itself(speakers: list[Speaker]) -> list[Speaker]:
    """``speakers`` and, last, 事務局 itself, unless someone of that name is listed."""
    if any(speaker.name == SECRETARIAT_NAME for speaker in speakers):
        return speakers
    return [*speakers, SECRETARIAT]
