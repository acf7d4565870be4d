"""The meeting dialog and the meetings tab's actions."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.services.codes import MeetingStatus
from app.services.meetings import listing as meetings
from app.services.meetings.editing import MeetingForm
from app.services.problems import Problem
from app.services.workspace import Database
from app.settings import Settings
from app.texts.problems import problem_text
from app.ui.app import make_application
from app.ui.dialogs.meeting_dialog import MeetingDialog


def test_new_meeting_gets_the_next_number_of_its_body_and_year(qtbot: QtBot, db: Database) -> None:
    demo.load_demo(db)
    make_application()
    dialog = MeetingDialog(db, MeetingForm())
    qtbot.addWidget(dialog)
    dialog.body.setCurrentIndex(dialog.body.findText("定例会"))
    dialog.held_on.setText("2026-03-24")
    dialog.start_time.setText("19:00")
    dialog.end_time.setText("18:00")
    dialog.accept()
    assert dialog.saved is None
    assert dialog.error_labels["end_time"].isVisibleTo(dialog)
    assert dialog.error_labels["end_time"].text() == problem_text(Problem.ENDS_BEFORE_START)
    assert not dialog.error_labels["start_time"].isVisibleTo(dialog)
    dialog.end_time.setText("20:30")
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.sequence_number == 12  # the sample has 第1回…第11回 in 令和7年度


def test_advance_status_from_the_tab(qtbot: QtBot, db: Database, settings: Settings) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.tablemodels.row_model import RowRole

    demo.load_demo(db)
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("meetings")
    tab = window.list_tabs["meetings"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(MeetingStatus.PLANNED))
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    planned = tab.proxy.index(0, 0).data(RowRole)
    tab.advance_action.trigger()
    after = {row.id: row.status for row in meetings.list_meetings(db)}
    assert after[planned.id] == MeetingStatus.HELD
    assert "now Held" in window.statusBar().currentMessage()  # tests run in English
