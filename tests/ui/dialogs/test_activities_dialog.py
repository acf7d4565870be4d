from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.activities import editing as activities
from app.services.codes import ActivityState
from app.services.problems import Problem
from app.storage.database import Database
from app.texts.problems import problem_text
from app.ui.app import make_application
from app.ui.dialogs.activities_dialog import ActivitiesDialog
from app.ui.dialogs.document_dialog import DocumentDialog
from tests.documents.readback import pdf_text
from tests.meeting_room import Room


def test_activities_are_entered_and_reported(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    activities.ensure_pillars(db, [("【1】", "新たな価値の創造"), ("【2】", "人材の確保・育成")])
    make_application()
    dialog = ActivitiesDialog(db)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2022)
    dialog.pillar.setCurrentIndex(dialog.pillar.findData("【2】"))
    dialog.organization.setCurrentText("綾瀬精工株式会社")
    dialog.title.setText("合同入社式を開催")
    dialog.add_activity()
    dialog.state.setCurrentIndex(dialog.state.findData(ActivityState.PLANNED))
    dialog.title.setText("合同研修を開催予定")
    dialog.add_activity()
    rows = activities.list_for_year(db, 2022)
    assert [(r.organization, r.fiscal_year, r.pillar_code, r.state) for r in rows] == [
        ("綾瀬精工株式会社", 2022, "【2】", ActivityState.DONE),
        ("綾瀬精工株式会社", 2023, "【2】", ActivityState.PLANNED),
    ]
    assert dialog.model.total_rows() == 2
    assert len(dialog.saved) == 2  # what run() reports, for the news

    documents = DocumentDialog(db, None, fiscal_year=2022)
    qtbot.addWidget(documents)
    documents.folder.setText(str(tmp_path))
    documents.docx.setChecked(False)
    documents.create_documents()
    qtbot.waitUntil(lambda: documents.results != [], timeout=10_000)
    text = pdf_text(documents.results[0].path)
    flat = text.replace(" ", "").replace("\n", "")
    assert "令和4年度：合同入社式を開催" in flat and "令和5年度：合同研修を開催予定" in flat


def test_an_activity_without_a_title_is_refused_under_the_field(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    make_application()
    dialog = ActivitiesDialog(db)
    qtbot.addWidget(dialog)
    error = dialog.fields.error_labels["title"]
    dialog.title.setText("  ")
    dialog.add_activity()
    assert error.isVisibleTo(dialog) and error.text() == problem_text(Problem.MISSING)
    assert dialog.model.total_rows() == 0
    dialog.title.setText("合同入社式を開催")
    dialog.add_activity()
    assert not error.isVisibleTo(dialog)
    assert dialog.model.total_rows() == 1
