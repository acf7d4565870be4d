"""Two people correct the same letter, move its status on, or void its number: the
second change is refused with both versions; nothing is overwritten."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.models import Council
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus, Medium
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.problems import EditConflict, Record
from tests.two_users import Users, b_saves_inside_a_write, postgres_only

IN = CorrespondenceDirection.INCOMING
LETTER = LetterInput(date(2026, 6, 1), "A市", "視察受入のお願い")


def _letter(users: Users) -> int:
    with users.a.transaction() as session:
        session.add(Council(name="綾瀬イノベーション推進委員会", short_name="綾イノ"))
    return register.record(users.a, IN, LETTER).id


def test_letter_second_correction_is_a_conflict(users: Users) -> None:
    letter_id = _letter(users)
    shown = register.load(users.a, letter_id)
    register.update(users.b, letter_id, replace(LETTER, summary="B の要旨"), version=shown.version)
    with pytest.raises(EditConflict) as conflict:
        register.update(
            users.a, letter_id, replace(LETTER, medium=Medium.EMAIL), version=shown.version
        )
    assert conflict.value.record is Record.LETTER
    assert (conflict.value.theirs.summary, conflict.value.mine.medium) == ("B の要旨", Medium.EMAIL)
    assert register.load(users.a, letter_id).medium is Medium.POST
    register.update(
        users.a,
        letter_id,
        replace(LETTER, medium=Medium.EMAIL),
        version=conflict.value.theirs.version,
    )
    now = register.load(users.b, letter_id)
    assert (now.summary, now.medium) == ("", Medium.EMAIL)


def test_status_and_void_of_a_letter_changed_since_are_conflicts(users: Users) -> None:
    letter_id = _letter(users)
    shown = register.load(users.a, letter_id)
    register.set_status(users.b, letter_id, CorrespondenceStatus.REPLIED, version=shown.version)
    with pytest.raises(EditConflict) as advancing:
        register.set_status(users.a, letter_id, CorrespondenceStatus.REPLIED, version=shown.version)
    assert advancing.value.theirs.status is CorrespondenceStatus.REPLIED
    with pytest.raises(EditConflict) as voiding:
        register.void(users.a, letter_id, version=shown.version)
    assert voiding.value.mine.status is CorrespondenceStatus.VOID
    assert register.load(users.a, letter_id).status is CorrespondenceStatus.REPLIED
    register.void(users.a, letter_id, version=voiding.value.theirs.version)
    assert register.load(users.b, letter_id).status is CorrespondenceStatus.VOID


@postgres_only
def test_letter_corrections_at_the_same_moment_give_a_conflict(
    users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_id = _letter(users)
    shown = register.load(users.a, letter_id)
    b_saves_inside_a_write(
        monkeypatch,
        register,
        lambda: register.update(
            users.b, letter_id, replace(LETTER, subject="B"), version=shown.version
        ),
    )
    with pytest.raises(EditConflict):
        register.update(users.a, letter_id, replace(LETTER, subject="A"), version=shown.version)
    assert register.load(users.a, letter_id).subject == "B"
