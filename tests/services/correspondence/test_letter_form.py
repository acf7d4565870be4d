"""The letter dialog's typed fields are checked before a number is taken."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.models import Council
from app.models.enums import CorrespondenceDirection
from app.services.correspondence import letter_form, register
from app.services.correspondence import listing as correspondence
from app.services.correspondence.letter_form import LetterForm
from app.services.problems import Invalid, Problem
from app.storage.database import Database

IN = CorrespondenceDirection.INCOMING
GOOD = LetterForm(dated_on="2026/6/1", counterparty="A市", subject="依頼", reply_due="2026-06-20")


def test_a_good_form_reads_as_the_register_takes_it() -> None:
    letter = letter_form.read(GOOD)
    assert (letter.dated_on, letter.reply_due) == (date(2026, 6, 1), date(2026, 6, 20))
    assert letter_form.read(replace(GOOD, reply_due=" ")).reply_due is None


def test_every_problem_is_reported_by_field() -> None:
    with pytest.raises(Invalid) as refused:
        letter_form.read(LetterForm(dated_on="2026/2/30", reply_due="来週"))
    assert refused.value.problems == {
        "dated_on": Problem.BAD_DATE,
        "counterparty": Problem.MISSING,
        "subject": Problem.MISSING,
        "reply_due": Problem.BAD_DATE,
    }
    assert letter_form.validate(replace(GOOD, dated_on="1872-12-31", reply_due="")) == {
        "dated_on": Problem.DATE_TOO_EARLY
    }
    assert letter_form.validate(replace(GOOD, dated_on="")) == {"dated_on": Problem.MISSING}


def test_a_correction_cannot_move_a_letter_to_another_fiscal_year(db: Database) -> None:
    with db.transaction() as session:
        session.add(Council(name="綾瀬イノベーション推進委員会", short_name="綾イノ"))
    registered = register.record(db, IN, letter_form.read(GOOD))
    moved = letter_form.read(replace(GOOD, dated_on="2027-04-02"))
    with pytest.raises(Invalid) as refused:
        register.update(db, registered.id, moved, version=register.load(db, registered.id).version)
    assert refused.value.problems == {"dated_on": Problem.FISCAL_YEAR_FIXED}
    assert correspondence.list_correspondence(db)[0].dated_on == date(2026, 6, 1)
