from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.models import Council
from app.services.codes import CorrespondenceDirection, CorrespondenceStatus
from app.services.correspondence import attachments, register
from app.services.correspondence import listing as correspondence
from app.services.correspondence.register import LetterInput
from app.services.problems import Problem
from app.storage.database import Database
from app.texts import i18n
from app.texts.problems import problem_text
from app.ui.app import make_application
from app.ui.dialogs.attachments_dialog import AttachmentsDialog
from app.ui.dialogs.letter_dialog import LetterDialog
from app.ui.formatting import short_date
from app.ui.signal_hub import SignalHub
from app.ui.tablemodels.correspondence_model import COL_DATE, COL_NUMBER, COL_SUBJECT
from app.ui.tabs.correspondence_tab import OVERDUE, CorrespondenceTab
from tests.meeting_room import Room
from tests.ui.keyboard import in_next_dialog
from tests.ui.paging import fetch_all, small_batches, sorted_by_qt

IN = CorrespondenceDirection.INCOMING


def _council(db: Database) -> None:
    with db.transaction() as session:
        session.add(Council(name="委員会", short_name="委"))


def _colour(tab: CorrespondenceTab, subject: str) -> object:
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, COL_SUBJECT)
        if index.data() == subject:
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            return brush.color() if brush is not None else None
    raise AssertionError(subject)


def test_overdue_replies_are_highlighted(qtbot: QtBot, db: Database) -> None:
    _council(db)
    late = LetterInput(date(2026, 6, 1), "A市", "回答期限切れ", reply_due=date(2026, 6, 30))
    register.record(db, IN, late)
    register.record(
        db, IN, LetterInput(date(2026, 6, 2), "B市", "期限前", reply_due=date(2026, 8, 1))
    )
    answered = register.record(
        db, IN, LetterInput(date(2026, 6, 3), "C市", "回答済", reply_due=date(2026, 6, 10))
    )
    version = register.load(db, answered.id).version
    register.set_status(db, answered.id, CorrespondenceStatus.REPLIED, version=version)
    make_application()
    tab = CorrespondenceTab(db, SignalHub())
    qtbot.addWidget(tab)
    tab.today = date(2026, 7, 15)
    tab.reload()
    assert _colour(tab, "回答期限切れ") == OVERDUE
    assert _colour(tab, "期限前") is None
    assert _colour(tab, "回答済") is None


def test_a_received_letter_takes_its_number(qtbot: QtBot, db: Database) -> None:
    _council(db)
    make_application()
    dialog = LetterDialog(db, IN, today=date(2026, 4, 3))
    qtbot.addWidget(dialog)
    dialog.counterparty.setText("綾瀬市 工業振興課")
    dialog.subject.setText("視察受入れについて(依頼)")
    dialog.their_number.setText("綾工第45号")
    dialog.reply_due.setText("2026/4/20")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.document_number == "受第1号"
    row = correspondence.list_correspondence(db)[0]
    assert (row.their_number, row.reply_due, row.fiscal_year) == (
        "綾工第45号",
        date(2026, 4, 20),
        2026,
    )


def test_problems_are_told_in_japanese_sentences(qtbot: QtBot, db: Database) -> None:
    # The dates are date editors: an impossible or pre-1873 date cannot be entered at
    # all (tests/ui/widgets/test_date_fields.py); the other fields are checked on save.
    _council(db)
    make_application()
    dialog = LetterDialog(db, IN, today=date(2026, 4, 3))
    qtbot.addWidget(dialog)
    labels = dialog.fields.error_labels
    assert i18n.load("ja")
    try:
        dialog.accept()
    finally:
        i18n.load("en")
    assert dialog.saved is None
    assert labels["subject"].text() == "入力してください"
    assert labels["counterparty"].isVisibleTo(dialog)
    assert not labels["dated_on"].isVisibleTo(dialog)
    assert not labels["reply_due"].isVisibleTo(dialog)
    assert (dialog.dated_on.text(), dialog.reply_due.text()) == ("2026-04-03", "")
    assert correspondence.list_correspondence(db) == []


def test_files_are_attached_by_dropping_them(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    _council(db)
    letter = register.record(db, IN, LetterInput(date(2026, 5, 1), "A市", "資料送付"))
    files = [tmp_path / "資料1.pdf", tmp_path / "名簿.xlsx"]
    for file in files:
        file.write_bytes(b"data")
    make_application()
    dialog = AttachmentsDialog(db, letter.id)
    qtbot.addWidget(dialog)
    dialog.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file)) for file in files])
    point = QPointF(10, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()  # the dialog takes file drops
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    dialog.dropEvent(drop)  # Qt delivers a drop only inside a real drag-and-drop loop
    assert [row.original_name for row in attachments.list_for(db, letter.id)] == [
        "資料1.pdf",
        "名簿.xlsx",
    ]
    assert dialog.list.count() == 2
    assert len(dialog.added) == 2  # what run() reports, for the news


def test_a_registered_letter_is_corrected_and_keeps_its_number(qtbot: QtBot, db: Database) -> None:
    _council(db)
    letter = register.record(db, IN, LetterInput(date(2026, 6, 1), "A市", "依頼"))
    make_application()
    dialog = LetterDialog(db, IN, correspondence_id=letter.id)
    qtbot.addWidget(dialog)
    assert dialog.subject.text() == "依頼"
    dialog.subject.setText("視察受入れについて(依頼)")
    dialog.reply_due.setText("2026-06-20")
    dialog.accept()
    row = correspondence.list_correspondence(db)[0]
    assert (row.subject, row.reply_due, row.document_number) == (
        "視察受入れについて(依頼)",
        date(2026, 6, 20),
        "受第1号",
    )
    again = LetterDialog(db, IN, correspondence_id=letter.id)
    qtbot.addWidget(again)
    again.dated_on.setText("2027-04-02")  # another fiscal year: the number cannot follow
    again.accept()
    assert again.fields.error_labels["dated_on"].isVisibleTo(again)
    assert again.fields.error_labels["dated_on"].text() == problem_text(Problem.FISCAL_YEAR_FIXED)
    assert correspondence.list_correspondence(db)[0].dated_on == date(2026, 6, 1)


def test_a_letter_can_belong_to_a_meeting(qtbot: QtBot, db: Database, room: Room) -> None:
    letter = register.record(db, IN, LetterInput(date(2022, 6, 1), "A市", "出席の連絡"))
    make_application()
    dialog = LetterDialog(db, IN, correspondence_id=letter.id)
    qtbot.addWidget(dialog)
    index = next(
        n for n in range(dialog.related.count()) if "第1回 定例会" in dialog.related.itemText(n)
    )
    dialog.related.setCurrentIndex(index)
    dialog.accept()
    assert correspondence.list_correspondence(db)[0].related.startswith("第1回 定例会")
    again = LetterDialog(db, IN, correspondence_id=letter.id)
    qtbot.addWidget(again)
    assert again.related.currentIndex() == index


def _letters_over_two_years(db: Database) -> list[date]:
    """Twelve letters, six in FY2024 (March 2025) and six in FY2025, registered out of order."""
    _council(db)
    days = [
        date(2025, 3, 20) + timedelta(days=3 * n) for n in (5, 0, 9, 2, 11, 7, 1, 10, 4, 6, 3, 8)
    ]
    for n, day in enumerate(days):
        direction = IN if n % 2 else CorrespondenceDirection.OUTGOING
        register.record(db, direction, LetterInput(day, "A市", f"件名{(7 * n) % 12:02d}"))
    return sorted(days, reverse=True)


def _shown(tab: CorrespondenceTab, column: int) -> list[object]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def test_letters_come_page_by_page_still_sorted_and_filtered(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    days = _letters_over_two_years(db)
    monkeypatch.setattr(correspondence, "PAGE_SIZE", 4)
    tab = small_batches(qtbot, CorrespondenceTab, db, 4)
    assert (tab.model.rowCount(), tab.model.total_rows()) == (4, 12)
    years = [tab.year_filter.itemData(i) for i in range(tab.year_filter.count())]
    assert years == [None, 2025, 2024]  # also the year not read yet
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(2024))
    assert _shown(tab, COL_DATE) == []  # the newest four are all of FY2025
    fetch_all(tab.model)
    assert _shown(tab, COL_DATE) == [short_date(day) for day in days if day.month == 3]
    tab.year_filter.setCurrentIndex(0)
    assert _shown(tab, COL_DATE) == [short_date(day) for day in days]
    assert tab.count_label.text() == "12 records"


def test_a_sort_holds_for_the_letters_fetched_later(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _letters_over_two_years(db)
    monkeypatch.setattr(correspondence, "PAGE_SIZE", 4)
    tab = small_batches(qtbot, CorrespondenceTab, db, 4)
    tab.view.sortByColumn(COL_SUBJECT, Qt.SortOrder.AscendingOrder)
    tab.model.fetchMore(QModelIndex())
    tab.model.fetchMore(QModelIndex())
    assert _shown(tab, COL_SUBJECT) == [f"件名{n:02d}" for n in range(12)]


def test_scrolling_the_letters_fetches_more(qtbot: QtBot, db: Database) -> None:
    _letters_over_two_years(db)
    make_application()
    tab = CorrespondenceTab(db, SignalHub())
    qtbot.addWidget(tab)
    tab.model.BATCH_SIZE = 2
    tab.resize(900, 300)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 4)  # the view fills itself
    before = tab.model.rowCount()
    assert before < 12
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > before)
    assert tab.show_record(correspondence.list_correspondence(db)[-1].id)  # the oldest
    assert tab.selected_row().dated_on == date(2025, 3, 20)


def test_letters_arrive_in_the_order_the_date_column_sorts_them(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _letters_over_two_years(db)
    for direction in (IN, CorrespondenceDirection.OUTGOING, IN, IN):  # ties on the day
        register.record(db, direction, LetterInput(date(2025, 4, 1), "B市", "同日"))
    monkeypatch.setattr(correspondence, "PAGE_SIZE", 3)
    tab = small_batches(qtbot, CorrespondenceTab, db, 3)
    fetch_all(tab.model)
    numbers = sorted_by_qt(tab.model, COL_DATE, COL_NUMBER, Qt.SortOrder.DescendingOrder)
    assert _shown(tab, COL_NUMBER) == numbers
    tab.view.sortByColumn(COL_SUBJECT, Qt.SortOrder.AscendingOrder)
    tab.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert _shown(tab, COL_NUMBER) == numbers


def test_a_corrected_letter_keeps_its_place_in_the_register(qtbot: QtBot, db: Database) -> None:
    _council(db)
    letter = register.record(db, IN, LetterInput(date(2026, 4, 3), "A市", "照会"))
    make_application()
    parent = QWidget()
    qtbot.addWidget(parent)

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LetterDialog)
        dialog.subject.setText("照会（訂正）")
        dialog.accept()

    in_next_dialog(correct)
    assert LetterDialog.run(parent, db, IN, correspondence_id=letter.id) == letter
    assert correspondence.letters(db, [letter.id])[0].subject == "照会（訂正）"
