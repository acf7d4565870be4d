from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.services.problems import Problem
from app.services.visits import editing as visit_editing
from app.services.visits import listing as visits
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from app.texts.problems import problem_text
from app.ui.app import make_application
from app.ui.dialogs.visit_dialog import VisitDialog
from tests.meeting_room import Room


def test_a_visit_is_entered_in_the_dialog(qtbot: QtBot, db: Database, room: Room) -> None:
    make_application()
    dialog = VisitDialog(db, VisitForm())
    qtbot.addWidget(dialog)
    dialog.title.setText("A地域ものづくり視察")
    dialog.start_on.setText("2022/7/28")
    dialog.end_on.setText("2022-07-29")
    dialog.organizations.setText("A市工業会、A市")
    for n in range(dialog.member_list.count()):
        item = dialog.member_list.item(n)
        if item.text().startswith(("今 ", "野口 ")):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.itinerary.add_row(("2022-07-28", "10:00", "A市役所", "意見交換"))
    dialog.itinerary.add_row(("2022-07-28", "13:00", "B社", "工場見学"))
    dialog.itinerary.move_row(-1)  # the factory first
    dialog.figures.add_row(("商談", "5", "件"))
    dialog.follow_ups.add_row(("協定案を作る", "事務局", "2022-09-30"))
    dialog.accept()
    assert dialog.saved is not None
    saved = visit_editing.load_form(db, dialog.saved.id or 0)
    assert saved.organizations == ("A市工業会", "A市")
    assert set(saved.member_ids) == {room.members["今"], room.members["野口"]}
    assert [row[2] for row in saved.itinerary] == ["B社", "A市役所"]
    assert saved.figures == (("商談", "5", "件"),)
    assert visits.list_visits(db)[0].participant_count == 2


def test_problems_are_shown_and_nothing_is_saved(qtbot: QtBot, db: Database, room: Room) -> None:
    make_application()
    dialog = VisitDialog(db, VisitForm())
    qtbot.addWidget(dialog)
    dialog.start_on.setText("2022/7/28")
    dialog.figures.add_row(("受注額", "たくさん", "円"))
    dialog.accept()
    assert dialog.saved is None and visits.list_visits(db) == []

    def under(field: str) -> QLabel:
        label = dialog.findChild(QLabel, f"error_{field}")
        assert label is not None
        return label

    def shown(field: str) -> bool:  # isVisibleTo is False for a label on a hidden tab
        return not under(field).isHidden()

    assert shown("title") and under("title").text() == problem_text(Problem.MISSING)
    assert shown("figures") and "whole number" in under("figures").text()
    assert not shown("start_on") and not shown("end_on") and not shown("itinerary")
    # Problems on two tabs: the summary names both, and the first problem's tab is shown.
    assert "Overview" in dialog.problems.text() and "Results" in dialog.problems.text()
    assert dialog.tabs.currentIndex() == 0
    assert under("title").isVisibleTo(dialog)
    dialog.title.setText("視察")
    dialog.end_on.setText("2022/7/27")  # the day before the first
    dialog.figures.set_rows(())
    dialog.itinerary.add_row(("2022-02-30", "", "", "x"))
    dialog.accept()
    assert under("end_on").text() == problem_text(Problem.ENDS_BEFORE_START)
    assert under("itinerary").text() == problem_text(Problem.BAD_DATE)
    assert not shown("title") and not shown("figures")
    assert visits.list_visits(db) == []


def test_receiving_a_delegation_names_the_other_side_visitors(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    from app.services.codes import VisitDirection

    make_application()
    dialog = VisitDialog(db, VisitForm())
    qtbot.addWidget(dialog)
    hosts_tab = dialog.tabs.indexOf(dialog.hosts)
    assert dialog.tabs.tabText(hosts_tab) == "Host attendees"
    dialog.direction.setCurrentIndex(dialog.direction.findData(VisitDirection.INCOMING))
    assert dialog.tabs.tabText(hosts_tab) == "Visitors"
    assert dialog.organizations_label.text() == "Received at"
    dialog.title.setText("B市商工会議所 来訪")
    dialog.start_on.setText("2023-10-12")
    dialog.hosts.add_row(("高橋 誠", "B市商工会議所", "専務理事"))
    dialog.accept()
    assert dialog.saved is not None
    saved = visit_editing.load_form(db, dialog.saved.id or 0)
    assert saved.direction is VisitDirection.INCOMING
    assert saved.hosts == (("高橋 誠", "B市商工会議所", "専務理事"),)
