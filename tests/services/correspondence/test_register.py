from __future__ import annotations

import threading
import time
from datetime import date, timedelta

from app.models import Council
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus
from app.services.correspondence import listing as correspondence
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.storage.database import Database

OUT = CorrespondenceDirection.OUTGOING


def _council(db: Database) -> None:
    with db.transaction() as session:
        session.add(Council(name="綾瀬イノベーション推進委員会", short_name="綾イノ"))


def test_numbers_run_per_fiscal_year_without_duplicates(db: Database) -> None:
    _council(db)
    start = date(2022, 3, 17)  # 30 letters, a few days apart, across 1 April
    numbers = [
        register.record(db, OUT, LetterInput(start + timedelta(days=2 * n), "A社", f"件名{n}"))
        for n in range(30)
    ]
    by_year: dict[int, list[int]] = {}
    for number in numbers:
        by_year.setdefault(number.fiscal_year, []).append(number.serial_number)
    assert sorted(by_year) == [2021, 2022]
    for serials in by_year.values():
        assert serials == list(range(1, len(serials) + 1))
    assert numbers[0].document_number == "綾イノ第1号"
    assert len({(n.fiscal_year, n.document_number) for n in numbers}) == 30


def test_a_voided_number_stays_void_and_is_never_reused(db: Database) -> None:
    _council(db)
    first = register.record(db, OUT, LetterInput(date(2022, 5, 1), "A社", "一通目"))
    second = register.record(db, OUT, LetterInput(date(2022, 5, 2), "B社", "二通目"))
    register.void(db, second.id, version=register.load(db, second.id).version)
    third = register.record(db, OUT, LetterInput(date(2022, 5, 3), "C社", "三通目"))
    assert (first.serial_number, second.serial_number, third.serial_number) == (1, 2, 3)
    rows = {row.id: row for row in correspondence.list_correspondence(db)}
    assert rows[second.id].status is CorrespondenceStatus.VOID
    assert rows[second.id].document_number == "綾イノ第2号"


def test_two_sessions_at_once_cannot_take_the_same_number(db: Database) -> None:
    """Both transactions are open at the same time (on PostgreSQL the second waits on
    the council row's lock; on SQLite the unique constraint makes it take a new one)."""
    _council(db)
    barrier = threading.Barrier(2)
    results: list[register.Registered] = []
    errors: list[BaseException] = []

    def take(name: str) -> None:
        try:
            barrier.wait()
            with db.transaction() as session:
                row = register.register(session, OUT, LetterInput(date(2022, 6, 1), name, name))
                time.sleep(0.3)  # hold the transaction open while the other one starts
                results.append(
                    register.Registered(
                        row.id, row.fiscal_year, row.serial_number, row.document_number
                    )
                )
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=take, args=(name,)) for name in ("A社", "B社")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = sorted(row.serial_number for row in correspondence.list_correspondence(db))
    assert len(set(stored)) == len(stored)  # never the same number twice
    if db.url.get_backend_name() == "postgresql":
        assert not errors and stored == [1, 2]  # the lock serialises them
    else:
        assert len(stored) + len(errors) == 2  # a collision is refused, never doubled
