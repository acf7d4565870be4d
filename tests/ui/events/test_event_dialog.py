"""The event dialog, driven from the events tab by the keyboard as a clerk would: a
seminar with two fees and a timetable, then shown in the list and beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.services.events import editing
from app.services.events.codes import EventKind, EventStatus, FeeTiming
from app.services.events.listing import list_events
from app.services.events.rows import EventForm, FeeInput, TimetableInput
from app.services.workspace import Database
from app.ui.app import make_application
from app.ui.events.event_dialog import PAGE_OVERVIEW, PAGE_PROGRAMME, EventDialog
from app.ui.signal_hub import SignalHub
from app.ui.tabs.events_tab import EventsTab
from tests.ui.keyboard import focused, in_next_dialog, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _dialog() -> EventDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EventDialog)
    return dialog


def _row(qtbot: QtBot, *cells: str) -> None:
    """A new row of a rows editor (Ctrl+Enter), its cells typed one after another."""
    press(qtbot, Qt.Key.Key_Return, CTRL)
    for number, text in enumerate(cells):
        if number:
            press(qtbot, Qt.Key.Key_Tab)
        type_text(text)
    press(qtbot, Qt.Key.Key_Return)  # the last cell typed in


def test_a_seminar_with_two_fees_and_a_timetable_typed_in_shows_in_the_list(
    qtbot: QtBot, db: Database
) -> None:
    make_application()
    tab = EventsTab(db, SignalHub())
    show_active(qtbot, tab)
    tab.ensure_loaded()
    typed: list[EventDialog] = []

    def fill() -> None:
        dialog = _dialog()
        typed.append(dialog)
        try:
            type_in(dialog)
        except BaseException:
            dialog.reject()  # the test fails on what went wrong, not on a hang
            raise

    def type_in(dialog: EventDialog) -> None:
        assert focused() is dialog.title
        type_text("ものづくりDXセミナー")
        press(qtbot, Qt.Key.Key_Tab)  # 種別: セミナー, the first
        press(qtbot, Qt.Key.Key_Tab)
        type_text("現場のデータ活用")
        press(qtbot, Qt.Key.Key_Tab)
        type_text("綾瀬市工業イノベーション協議会")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.held_on.editor
        for digit in "20261120":
            press(qtbot, Qt.Key(Qt.Key.Key_0 + int(digit)))
        for _ in range(8):  # through the times: 開場 not given, 開始 and 終了 as usual
            press(qtbot, Qt.Key.Key_Tab)
            if focused() in (dialog.start_time.given, dialog.end_time.given):
                press(qtbot, Qt.Key.Key_Space)
            if focused() is dialog.capacity:
                break
        assert focused() is dialog.capacity
        type_text("40")
        press(qtbot, Qt.Key.Key_Tab, CTRL)  # 会場・申込先
        press(qtbot, Qt.Key.Key_Tab, CTRL)  # 参加費・スケジュール
        assert dialog.tabs.currentIndex() == PAGE_PROGRAMME
        qtbot.mouseClick(dialog.fees.table.viewport(), Qt.MouseButton.LeftButton)
        _row(qtbot, "会員", "0")
        _row(qtbot, "一般", "1,000")
        qtbot.mouseClick(dialog.timetable.table.viewport(), Qt.MouseButton.LeftButton)
        _row(qtbot, "13:30〜15:00", "基調講演「現場データの活かし方」", "佐藤 花子", "神奈川大学")
        bar = dialog.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(PAGE_OVERVIEW).center())
        assert dialog.tabs.currentIndex() == PAGE_OVERVIEW
        dialog.title.setFocus()
        press(qtbot, Qt.Key.Key_Return)  # Save

    in_next_dialog(fill)
    press(qtbot, Qt.Key.Key_N, CTRL)  # New Event…

    assert typed and typed[0].result() == EventDialog.DialogCode.Accepted
    row = tab.selected_row()
    assert row.title == "ものづくりDXセミナー" and row.held_on == date(2026, 11, 20)
    saved = editing.load_form(db, row.id)
    assert saved.kind is EventKind.SEMINAR and saved.status is EventStatus.PLANNING
    assert (saved.theme, saved.organiser) == ("現場のデータ活用", "綾瀬市工業イノベーション協議会")
    assert (saved.open_time, saved.start_time, saved.end_time) == ("", "13:30", "16:30")
    assert saved.capacity == "40"
    assert saved.fees == (
        FeeInput("会員", "0", FeeTiming.ON_THE_DAY),
        FeeInput("一般", "1000", FeeTiming.ON_THE_DAY),
    )
    assert saved.timetable == (
        TimetableInput(
            "13:30〜15:00", "基調講演「現場データの活かし方」", "佐藤 花子", "神奈川大学"
        ),
    )
    tab.detail_pane.refresh()  # (the pane reads once the selection has settled)
    shown = tab.detail_pane.shown_text()
    for text in ("ものづくりDXセミナー", "会員: 0 yen", "一般: 1,000 yen", "13:30〜16:30"):
        assert text in shown
    assert "13:30〜15:00 基調講演「現場データの活かし方」 佐藤 花子 神奈川大学" in shown
    assert tab.proxy.index(0, 4).data() == "0/40"  # 申込/定員


def test_problems_are_shown_by_their_field_on_their_page_and_nothing_is_saved(
    qtbot: QtBot, db: Database
) -> None:
    make_application()
    dialog = EventDialog(db, EventForm())
    show_active(qtbot, dialog)
    dialog.capacity.setText("四十")
    dialog.texts["contact_email"].setText("jimukyoku@")
    dialog.fees.set_fees((FeeInput("一般", "1000"), FeeInput("一般", "500")))
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    marked = {
        label.objectName().removeprefix("error_")
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("error_") and not label.isHidden()
    }
    assert marked == {"title", "capacity", "contact_email", "fees"}
    pages = ("Overview", "Venue and applications", "Fees and timetable")
    assert all(page in dialog.problems.text() for page in pages)
    assert dialog.tabs.currentIndex() == PAGE_OVERVIEW  # the first problem's page
    assert list_events(db) == []
