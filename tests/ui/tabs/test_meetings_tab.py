from datetime import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models import Meeting
from app.storage.database import Database
from app.ui.tablemodels.meetings_model import COL_DATE, COL_TITLE
from app.ui.tabs.meetings_tab import MeetingsTab
from tests.meeting_room import Room, make_meeting
from tests.ui.paging import fetch_all, small_batches, sorted_by_qt


def test_meetings_arrive_in_the_order_the_date_column_sorts_them(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    starts = [None, time(19), time(10), None, time(10), time(19)]
    for number, start in enumerate(starts):
        meeting = make_meeting(db, room.body_id, f"2022-0{7 + number % 2}-04", [])
        with db.transaction() as session:
            row = session.get_one(Meeting, meeting.id)
            row.title, row.start_time = f"会議{number}", start
    tab = small_batches(qtbot, MeetingsTab, db, 2)
    fetch_all(tab.model)
    titles = sorted_by_qt(tab.model, COL_DATE, COL_TITLE, Qt.SortOrder.DescendingOrder)
    shown = [tab.proxy.index(row, COL_TITLE).data() for row in range(tab.proxy.rowCount())]
    assert shown == titles
    assert shown[:3] == ["会議5", "会議1", "会議3"]  # August: 19:00 (newer first), no time last
