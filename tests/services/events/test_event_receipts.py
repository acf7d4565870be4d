"""領収書: one per participant who paid, numbered within the fiscal year of the payment
without gaps across events; a receipt keeps its number when printed again; the
収入印紙 box only from 50,000円."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents.builders import event_receipts
from app.documents.event_inputs import EventHeader, ReceiptLine, ReceiptsInput
from app.services.documents import export as exports
from app.services.documents.request import DocumentRequest
from app.services.events import participants
from app.services.events.codes import PaymentState
from app.services.events.receipts import issue_receipts
from app.storage import atomic
from app.storage.database import Database
from tests.documents.readback import normalise
from tests.services.events.seed_event import TODAY, receipt_numbers, seed_event

# who paid in the seed (受付番号 order): 相沢 1,000, 伊藤 1,000, 勅使河原 60,000, 小川 (一般)
PAID = ["相沢 一郎", "伊藤 花子", "勅使河原 左衛門三郎", "小川 四郎"]


def _numbered(db: Database, event_id: int) -> dict[str, tuple[int | None, int | None]]:
    return {name: n for name, n in receipt_numbers(db, event_id).items() if n[1] is not None}


def test_the_paid_are_numbered_in_order_without_gaps(db: Database) -> None:
    event_id = seed_event(db)
    receipts = issue_receipts(db, event_id, TODAY)
    assert [r.number for r in receipts.receipts] == [f"令和7年度 第{n}号" for n in (1, 2, 3, 4)]
    # 小川 paid with no amount recorded: his fee and the 懇親会 he joins, 1,000 + 3,000
    assert [r.amount for r in receipts.receipts] == [1000, 1000, 60000, 4000]
    assert _numbered(db, event_id) == {name: (2025, n) for n, name in enumerate(PAID, 1)}
    assert receipts.receipts[0].addressee == "株式会社相沢精機"
    assert receipts.receipts[0].purpose == "かわさき経済人ネットワークサロン 第1回会合参加費として"
    assert receipts.issuer[0] == "神奈川県異業種グループ連絡会議"


def test_printed_again_a_receipt_keeps_its_number_and_a_new_one_takes_the_next(
    db: Database,
) -> None:
    event_id = seed_event(db)
    first = issue_receipts(db, event_id, TODAY)
    again = issue_receipts(db, event_id, date(2026, 3, 10))
    assert again == first  # numbers and dates kept
    # 加藤 pays at the door: the next number; the others keep theirs
    kato = next(p for p in participants.list_participants(db, event_id) if p.name == "加藤 五郎")
    form = participants.load_participant(db, kato.id)
    participants.update_participant(
        db, replace(form, payment=PaymentState.RECEIVED, paid_on="2026-02-25")
    )
    third = issue_receipts(db, event_id, TODAY)
    assert [r.number for r in third.receipts] == [
        *(r.number for r in first.receipts),
        "令和7年度 第5号",
    ]


def test_the_numbers_run_across_events_and_start_again_each_fiscal_year(db: Database) -> None:
    first = seed_event(db)
    issue_receipts(db, first, TODAY)
    second = seed_event(db)
    numbers = [r.number for r in issue_receipts(db, second, TODAY).receipts]
    assert numbers == [f"令和7年度 第{n}号" for n in (5, 6, 7, 8)]
    # paid in April: the fiscal year 2026, from 1 again
    third = seed_event(db)
    for row in participants.list_participants(db, third):
        form = participants.load_participant(db, row.id)
        if form.payment is PaymentState.RECEIVED:
            participants.update_participant(db, replace(form, paid_on="2026-04-01"))
    numbers = [r.number for r in issue_receipts(db, third, TODAY).receipts]
    assert numbers == [f"令和8年度 第{n}号" for n in (1, 2, 3, 4)]


def test_no_receipt_for_the_unpaid_the_waived_or_the_cancelled(db: Database) -> None:
    event_id = seed_event(db)
    aizawa = next(p for p in participants.list_participants(db, event_id) if p.name == PAID[0])
    participants.cancel_participant(db, aizawa.id, aizawa.version)
    receipts = issue_receipts(db, event_id, TODAY)
    assert [r.addressee for r in receipts.receipts] == [
        "伊藤工業有限会社",
        "株式会社ながいながい名前の精密機械製作所",
        "小川商事株式会社",
    ]


def test_a_failed_write_leaves_the_numbers_taken_and_printing_again_reuses_them(
    db: Database, tmp_path: Path
) -> None:
    """As a numbered letter: the numbers are taken when the document is laid out; a file
    that cannot be written leaves no gap, since printing again prints the same numbers."""
    event_id = seed_event(db)
    blocked = tmp_path / "file"
    blocked.write_text("")
    request = DocumentRequest(event_id=event_id, today=TODAY)
    with pytest.raises(atomic.FileNotWritten):
        exports.export(db, "receipts", request, blocked / "receipts.pdf")
    taken = _numbered(db, event_id)
    assert sorted(n for _, n in taken.values()) == [1, 2, 3, 4]
    path = exports.export(db, "receipts", request, tmp_path / "receipts.pdf").path
    assert _numbered(db, event_id) == taken
    text = normalise("".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))
    assert all(f"令和7年度第{n}号" in text for n in (1, 2, 3, 4))
    assert "令和7年度第5号" not in text


def _receipt_text(amount: int, tmp_path: Path) -> str:
    header = EventHeader("協議会", "セミナー", TODAY, None, None, None, "", "")
    line = ReceiptLine("令和7年度 第1号", "株式会社A", amount, "セミナー参加費として", TODAY)
    document = event_receipts.build(ReceiptsInput(header, (line,), ("協議会",)))
    path = exports.write(document, tmp_path / f"r{amount}.pdf").path
    return normalise("".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


@pytest.mark.parametrize(("amount", "stamped"), [(1_000, False), (49_999, False), (50_000, True)])
def test_the_revenue_stamp_box_from_fifty_thousand_yen(
    tmp_path: Path, amount: int, stamped: bool
) -> None:
    text = _receipt_text(amount, tmp_path)
    assert ("収入印紙" in text) is stamped
    assert f"¥{amount:,}-" in text
    assert f"上記の金額{amount:,}円を正に領収いたしました。" in text
    assert "株式会社A様" in text


def test_with_nobody_paid_the_receipts_say_so_instead_of_a_blank_page(
    db: Database, tmp_path: Path
) -> None:
    from app.services.events import editing
    from app.services.events.rows import EventForm

    empty = editing.save(db, EventForm(title="交流サロン", held_on="2025-11-05"))
    assert empty.id is not None
    request = DocumentRequest(event_id=empty.id, today=TODAY)
    path = exports.write(exports.build(db, "receipts", request), tmp_path / "none.pdf").path
    text = normalise("".join(page.extract_text() for page in PdfReader(path).pages))
    assert normalise(event_receipts.NONE_PAID) in text
