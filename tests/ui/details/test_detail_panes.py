"""The detail pane beside each list, driven through the real tabs with qtbot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models import Attendance, ItineraryItem, Visit
from app.models.enums import AttendanceStatus, CorrespondenceDirection
from app.services.correspondence import attachments, register
from app.services.correspondence.register import LetterInput
from app.services.meetings import attendance
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.letter_dialog import LetterDialog
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tabs.correspondence_tab import CorrespondenceTab
from app.ui.tabs.meetings_tab import MeetingsTab
from app.ui.tabs.members_tab import MembersTab
from app.ui.tabs.visits_tab import VisitsTab
from app.ui.widgets.list_tab import ListTab
from tests.meeting_room import Room


def _shown(qtbot: QtBot, tab: ListTab) -> ListTab:
    make_application()
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.ensure_loaded()
    return tab


def _click_row_with(qtbot: QtBot, tab: ListTab, column: int, text: str) -> None:
    found = [
        tab.proxy.index(row, column)
        for row in range(tab.proxy.rowCount())
        if tab.proxy.index(row, column).data() == text
    ]
    assert found, text
    tab.view.scrollTo(found[0])
    qtbot.mouseClick(
        tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(found[0]).center()
    )


def _pane_says(qtbot: QtBot, tab: ListTab, *texts: str) -> None:
    pane = tab.detail_pane
    assert pane is not None
    qtbot.waitUntil(lambda: all(text in pane.shown_text() for text in texts))


def _attend(db: Database, meeting_id: int, member_id: int, status: AttendanceStatus) -> None:
    with db.transaction() as session:
        session.add(Attendance(meeting_id=meeting_id, member_id=member_id, status=status))


def test_selecting_a_meeting_shows_its_agenda_and_attendance(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    tab = _shown(qtbot, MeetingsTab(db, SignalHub()))
    assert "Select a row" in tab.detail_pane.shown_text()  # type: ignore[union-attr]

    _click_row_with(qtbot, tab, 3, "第1回 定例会 2022-07-04")

    _pane_says(
        qtbot,
        tab,
        "① 他地域企業団体との連携について",
        "② スマートナビについて",
        "③ その他",
        "Attendance not recorded",
    )
    text = tab.detail_pane.shown_text()  # type: ignore[union-attr]
    assert text.index("① 他地域") < text.index("② スマート") < text.index("③ その他")


def test_the_pane_follows_news_of_the_meetings_attendance(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    hub = SignalHub()
    tab = _shown(qtbot, MeetingsTab(db, hub))
    _click_row_with(qtbot, tab, 3, "第1回 定例会 2022-07-04")
    _pane_says(qtbot, tab, "Attendance not recorded")

    for name, status in (("斉藤", AttendanceStatus.PRESENT), ("髙橋", AttendanceStatus.PRESENT)):
        attendance.set_status(db, room.meeting_id, room.members[name], status, version=0)
    attendance.set_status(
        db, room.meeting_id, room.members["今"], AttendanceStatus.ONLINE, version=0
    )
    hub.announce(RecordKind.ATTENDANCE, [room.meeting_id])  # as the meeting window does

    _pane_says(qtbot, tab, "Present 2", "Online 1")


def test_selecting_a_member_shows_the_meetings_they_attended(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    _attend(db, room.meeting_id, room.members["野口"], AttendanceStatus.PRESENT)
    tab = _shown(qtbot, MembersTab(db, SignalHub()))

    _click_row_with(qtbot, tab, 0, "野口 太郎")

    _pane_says(qtbot, tab, "野口 太郎", "Meetings attended", "第1回 定例会 2022-07-04")
    assert "綾瀬精工株式会社" in tab.detail_pane.shown_text()  # type: ignore[union-attr]


def test_clearing_the_selection_shows_the_placeholder(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    tab = _shown(qtbot, MembersTab(db, SignalHub()))
    _click_row_with(qtbot, tab, 0, "野口 太郎")
    _pane_says(qtbot, tab, "野口 太郎")

    tab.view.clearSelection()

    _pane_says(qtbot, tab, "Select a row")


def test_selecting_a_visit_shows_its_itinerary(qtbot: QtBot, db: Database, room: Room) -> None:
    with db.transaction() as session:
        visit = Visit(title="北浜視察", fiscal_year=2022, start_on=date(2022, 7, 24))
        visit.itinerary = [ItineraryItem(time_text="10:00〜11:00", content="工場見学")]
        session.add(visit)
    tab = _shown(qtbot, VisitsTab(db, SignalHub()))

    _click_row_with(qtbot, tab, 3, "北浜視察")

    _pane_says(qtbot, tab, "Itinerary", "10:00〜11:00", "工場見学")


@pytest.fixture
def letter_with_attachment(db: Database, room: Room, tmp_path: Path) -> int:
    registered = register.record(
        db,
        CorrespondenceDirection.INCOMING,
        LetterInput(date(2022, 6, 1), "北浜市", "視察の依頼", summary="7月に来訪したい"),
    )
    source = tmp_path / "依頼文.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    attachments.add(db, registered.id, source)
    return registered.id


def test_enter_on_an_attachment_opens_a_copy_not_the_letter(
    qtbot: QtBot, db: Database, letter_with_attachment: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(
        LetterDialog, "run", lambda *_args, **_kw: pytest.fail("Enter edited the letter")
    )
    tab = _shown(qtbot, CorrespondenceTab(db, SignalHub()))
    _click_row_with(qtbot, tab, 4, "視察の依頼")
    _pane_says(qtbot, tab, "北浜市", "7月に来訪したい")
    pane = tab.detail_pane
    files = pane.attachments  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: files.count() == 1)
    assert files.item(0).text().startswith("依頼文.pdf")

    files.setFocus()
    files.setCurrentRow(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is files)
    qtbot.keyClick(files, Qt.Key.Key_Return)

    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "依頼文.pdf" and copy.read_bytes() == b"%PDF-1.4 test"


def test_a_letter_without_attachments_says_so(qtbot: QtBot, db: Database, room: Room) -> None:
    register.record(
        db, CorrespondenceDirection.INCOMING, LetterInput(date(2022, 6, 1), "北浜市", "案内")
    )
    tab = _shown(qtbot, CorrespondenceTab(db, SignalHub()))
    _click_row_with(qtbot, tab, 4, "案内")
    _pane_says(qtbot, tab, "案内")
    pane = tab.detail_pane
    assert pane.attachments_label.text() == "No attachments"  # type: ignore[union-attr]
    assert not pane.attachments.isVisibleTo(pane)  # type: ignore[union-attr]
