"""The home tab in the main window, on a fixed day: each section, its count and its
empty word; Enter and a double-click open a line's record; news refreshes it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.capture import remarks
from app.services.capture.rows import Draft
from app.services.codes import CorrespondenceDirection
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.meetings import agenda
from app.settings import Settings
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.home import home_tab
from app.ui.home.home_tab import HomeTab
from app.ui.home.section_box import RowRole, SectionBox
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_window import TAB_CAPTURE, MeetingWindow
from app.ui.signal_hub import RecordKind
from app.ui.widgets.list_tab import ListTab
from tests.desk_day import TODAY, Desk


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(home_tab, "_today", lambda: TODAY)


def _window(qtbot: QtBot, db: Database, settings: Settings) -> tuple[MainWindow, HomeTab]:
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    home = window.list_tabs["home"]
    assert isinstance(home, HomeTab)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, home


def _ids(box: SectionBox) -> list[object]:
    rows = [box.lines.item(row).data(RowRole) for row in range(box.lines.count())]
    return [getattr(row, "id", None) or getattr(row, "member_id", None) for row in rows]


def _meeting_windows(window: MainWindow) -> dict[int, MeetingWindow]:
    return {w.meeting_id: w for w in window.findChildren(MeetingWindow) if w.isVisible()}


def _close_meetings(window: MainWindow) -> None:
    """Closed while the main window lives: closing stores the draft, and the main window
    hears of the save."""
    for meeting in _meeting_windows(window).values():
        meeting.close()


def test_home_is_first_and_shows_each_section_with_its_count(
    qtbot: QtBot, db: Database, settings: Settings, desk: Desk
) -> None:
    window, home = _window(qtbot, db, settings)
    assert window.current_tab_key() == "home" and window.tab_keys[0] == "home"
    boxes = home.boxes
    assert _ids(boxes["meetings"]) == [
        desk.today_meeting,
        desk.next_meeting,
        desk.ready_meeting,
        desk.room.meeting_id,
    ]
    assert "(4)" in boxes["meetings"].heading.text()
    today_line = boxes["meetings"].lines.item(0).text()
    assert "notice not issued" in today_line and "attendance not taken" in today_line
    assert "ready" in boxes["meetings"].lines.item(2).text()
    assert _ids(boxes["actions"]) == [desk.overdue_action, desk.soon_action]
    overdue = boxes["actions"].lines.item(0)
    assert "overdue" in overdue.text() and "斉藤 太郎" in overdue.text()
    assert "第3回 定例会" in overdue.text()  # the meeting it was decided at
    assert overdue.foreground().color().name() == "#a51d2d"
    assert _ids(boxes["letters"]) == [desk.incoming_letter, desk.outgoing_letter]
    counts = [box.lines.count() for key, box in boxes.items() if key != "meetings"]
    assert counts == [2, 1, 2, 2, 1, 1]
    assert _ids(boxes["terms"]) == [desk.ended_member, desk.ending_member]
    assert _ids(boxes["visits"]) == [desk.visit]
    assert _ids(boxes["events"]) == [desk.event]  # the past one is not ahead
    event_line = boxes["events"].lines.item(0)
    assert (
        event_line.text()
        == "Fri 04 Jul 2025 13:30  [applied 2/2, 1 waiting, 1 to be told]  DXセミナー"
    )
    assert event_line.foreground().color().name() == "#a51d2d"  # someone must be told
    for box in boxes.values():  # the first line selected, nothing said to be empty
        assert box.lines.currentRow() == 0 and box.empty.isHidden() and box.more.isHidden()
    assert home.all_clear.isHidden() and home.banner.isHidden()


def test_an_empty_database_says_there_is_nothing_to_do(
    qtbot: QtBot, db: Database, settings: Settings
) -> None:
    _, home = _window(qtbot, db, settings)
    assert home.all_clear.isVisible() and home.all_clear.text() == "Nothing to do today."
    for box in home.boxes.values():
        assert box.lines.isHidden() and box.empty.isVisible() and box.empty.text()
        assert "(0)" in box.heading.text()


def test_enter_opens_the_meeting_in_its_window_and_home_stays(
    qtbot: QtBot, db: Database, settings: Settings, desk: Desk
) -> None:
    window, home = _window(qtbot, db, settings)
    lines = home.boxes["meetings"].lines
    qtbot.waitUntil(lines.hasFocus)  # the first lines take the keys when home is shown
    qtbot.keyClick(lines, Qt.Key.Key_Down)
    qtbot.keyClick(lines, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.next_meeting in _meeting_windows(window))
    assert window.current_tab_key() == "home"
    _close_meetings(window)


def test_an_action_item_opens_the_meeting_it_was_decided_at(
    qtbot: QtBot, db: Database, settings: Settings, desk: Desk
) -> None:
    window, home = _window(qtbot, db, settings)
    lines = home.boxes["actions"].lines
    lines.setFocus()
    qtbot.keyClick(lines, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: desk.today_meeting in _meeting_windows(window))
    _close_meetings(window)


@pytest.mark.parametrize(
    ("section", "tab", "record"),
    [
        ("letters", "correspondence", "outgoing_letter"),
        ("terms", "members", "ending_member"),
        ("visits", "visits", "visit"),
        ("events", "events", "event"),
    ],
)
def test_a_double_click_shows_the_record_selected_in_its_tab(
    qtbot: QtBot,
    db: Database,
    settings: Settings,
    desk: Desk,
    section: str,
    tab: str,
    record: str,
) -> None:
    window, home = _window(qtbot, db, settings)
    lines = home.boxes[section].lines
    row = lines.count() - 1
    rect = lines.visualItemRect(lines.item(row))
    # a real double-click: the first press, then the second (QTest sends only that one)
    qtbot.mouseClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab_key() == tab
    shown = window.list_tabs[tab]
    assert isinstance(shown, ListTab)
    assert shown.selected_row().id == getattr(desk, record)


def test_a_remark_opens_the_responses_on_it(
    qtbot: QtBot,
    db: Database,
    settings: Settings,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.dialogs.responses_dialog import ResponsesDialog

    asked: list[str | None] = []

    def run(_cls: object, _parent: object, _db: object, *, select: str | None = None) -> None:
        asked.append(select)

    monkeypatch.setattr(ResponsesDialog, "run", classmethod(run))
    _, home = _window(qtbot, db, settings)
    lines = home.boxes["remarks"].lines
    lines.setFocus()
    qtbot.keyClick(lines, Qt.Key.Key_Return)
    assert asked == [desk.pending_remark]


def test_news_from_elsewhere_refreshes_home(
    qtbot: QtBot, db: Database, settings: Settings, desk: Desk
) -> None:
    window, home = _window(qtbot, db, settings)
    agenda.add_action(
        db, desk.item, "議事録を確認する", owner_name="事務局", due_on=date(2025, 6, 12)
    )
    window.hub.announce(RecordKind.MINUTES, [desk.today_meeting])
    qtbot.waitUntil(lambda: "(3)" in home.boxes["actions"].heading.text())
    assert home.boxes["actions"].lines.count() == 3


def test_a_remark_being_typed_is_offered_and_opens_on_the_record(
    qtbot: QtBot, db: Database, settings: Settings, desk: Desk
) -> None:
    window, home = _window(qtbot, db, settings)
    remarks.save_draft(db, desk.today_meeting, Draft("会場は駅前の", desk.item, None, "来賓"))
    home.reload()
    assert home.banner.isVisible() and "会場は駅前の" in home.banner.text.text()
    assert home.all_clear.isHidden()
    qtbot.mouseClick(home.banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.today_meeting in _meeting_windows(window))
    meeting = _meeting_windows(window)[desk.today_meeting]
    assert meeting.tabs.currentIndex() == TAB_CAPTURE
    assert meeting.console.editor.toPlainText() == "会場は駅前の"
    assert meeting.console.speaker.text() == "来賓"
    _close_meetings(window)


def test_showing_home_again_reads_it_again_keeping_the_line_selected(
    qtbot: QtBot,
    db: Database,
    settings: Settings,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(home_tab, "REREAD_ON_SHOW_S", 0.0)
    window, home = _window(qtbot, db, settings)
    letters = home.boxes["letters"]
    letters.lines.setCurrentRow(1)  # the outgoing letter
    window.show_tab("members")
    letter = LetterInput(date(2025, 5, 1), "県", "補助金の照会", reply_due=date(2025, 6, 1))
    register.record(db, CorrespondenceDirection.INCOMING, letter)  # saved elsewhere: no news
    window.show_tab("home")
    qtbot.waitUntil(lambda: letters.lines.count() == 3)
    assert "(3)" in letters.heading.text()
    current = letters.lines.currentItem().data(RowRole)
    assert current.id == desk.outgoing_letter  # still the line the user was on


def test_on_a_read_only_database_the_draft_is_shown_but_cannot_be_resumed(
    qtbot: QtBot, db: Database, settings: Settings, desk: Desk
) -> None:
    remarks.save_draft(db, desk.today_meeting, Draft("会場は", desk.item))
    _, home = _window(qtbot, db, settings)
    assert home.banner.isVisible() and home.banner.button.isEnabled()
    home.set_read_only(True)
    assert home.banner.isVisible() and not home.banner.button.isEnabled()


def test_a_meeting_further_off_than_its_notice_is_due_is_neither_lacking_nor_ready() -> None:
    from datetime import date, time

    from app.services.desk.rows import MeetingToPrepare
    from app.ui.home.lines import meeting_line

    today = date(2025, 6, 10)
    far = MeetingToPrepare(1, "第9回 定例会", "定例会", date(2025, 9, 16), time(19), "", ())
    ready = MeetingToPrepare(2, "第4回 定例会", "定例会", date(2025, 9, 2), None, "", (), True)
    line = meeting_line(far, today)
    assert line.text.endswith("第9回 定例会") and not line.warning  # no 「準備済み」 yet
    assert meeting_line(ready, today).text.endswith("ready")
