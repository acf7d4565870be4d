"""The acceptance test of the application import (issue 18), driven through the dialog:
60 applications from a CP932 form export for a seminar of 50 places, one of them
repeated, one with a bad e-mail address and one from a member of the roster."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.events import participants
from app.services.events.applications.preview import read_application_file, remembered_mapping
from app.services.events.codes import ParticipationState
from app.services.problems import NotSaved, SaveProblem
from app.storage.database import Database
from app.ui.events import import_dialog
from app.ui.events.application_columns import (
    COL_DUPLICATE,
    COL_LINE,
    COL_MEMBER,
    COL_OUTCOME,
    COL_PROBLEMS,
)
from app.ui.events.import_dialog import ImportApplicationsDialog
from tests.event_applications import (
    BAD_EMAIL_LINE,
    MEMBER,
    MEMBER_LINE,
    TWICE_FIRST_LINE,
    TWICE_SECOND_LINE,
    add_member,
    name_on,
    seminar,
    write_cp932,
)


def _dialog(qtbot: QtBot, db: Database, event_id: int, path: Path) -> ImportApplicationsDialog:
    dialog = ImportApplicationsDialog(db, event_id, read_application_file(path))
    qtbot.addWidget(dialog)
    return dialog


def _cell(dialog: ImportApplicationsDialog, line: int, column: int) -> str:
    return str(dialog.model.index(line - 2, column).data())


def test_sixty_applications_for_fifty_places(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    event_id, member_id = seminar(db), add_member(db)
    dialog = _dialog(qtbot, db, event_id, write_cp932(tmp_path))

    assert dialog.model.rowCount() == 60
    assert dialog.mapping.mapping()["お名前"] == "name"
    assert dialog.mapping.mapping()["会員区分"] == "fee_category"
    assert _cell(dialog, BAD_EMAIL_LINE, COL_LINE) == str(BAD_EMAIL_LINE)
    assert "e-mail" in _cell(dialog, BAD_EMAIL_LINE, COL_PROBLEMS)
    assert dialog.model.index(BAD_EMAIL_LINE - 2, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert str(TWICE_FIRST_LINE) in _cell(dialog, TWICE_SECOND_LINE, COL_DUPLICATE)
    assert _cell(dialog, TWICE_SECOND_LINE, COL_OUTCOME) == "Merged"
    assert _cell(dialog, BAD_EMAIL_LINE, COL_OUTCOME) == "Not imported"
    assert _cell(dialog, 53, COL_OUTCOME) == "Gets a place"  # the 50th person
    assert _cell(dialog, 54, COL_OUTCOME) == "Waitlist 1"
    assert _cell(dialog, 61, COL_OUTCOME) == "Waitlist 8"
    assert _cell(dialog, MEMBER_LINE, COL_MEMBER) == f"{MEMBER[0]} {MEMBER[1]}"
    assert "50 accepted, 8 waitlisted, 1 not imported" in dialog.summary.text()
    assert "1 merged" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # nothing while problems remain

    qtbot.mouseClick(dialog.valid_only, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None)

    result = dialog.result_value
    assert result is not None
    assert (len(result.accepted), len(result.waitlisted)) == (50, 8)
    assert result.rejected_lines == (BAD_EMAIL_LINE,)
    assert [(m.line, m.into_line) for m in result.merged] == [(TWICE_SECOND_LINE, TWICE_FIRST_LINE)]
    saved = participants.list_participants(db, event_id)
    people = [line for line in range(2, 62) if line not in (BAD_EMAIL_LINE, TWICE_SECOND_LINE)]
    assert len(saved) == 58
    waiting = [p for p in saved if p.state is ParticipationState.WAITLISTED]
    assert [(p.name, p.waitlist_number) for p in waiting] == [
        (name_on(line), number) for number, line in enumerate(people[50:], start=1)
    ]
    assert [p.member_id for p in saved if p.name == name_on(MEMBER_LINE)] == [member_id]
    assert remembered_mapping(db, event_id)["タイムスタンプ"] == "applied_at"


def test_a_repeated_application_may_be_recorded_as_new(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    event_id = seminar(db)
    dialog = _dialog(qtbot, db, event_id, write_cp932(tmp_path))
    assert not dialog.choice_box.isEnabled()
    dialog.view.selectRow(TWICE_SECOND_LINE - 2)
    assert dialog.choice_box.isEnabled()
    dialog.choice_box.setFocus()
    qtbot.keyClick(dialog.choice_box, Qt.Key.Key_Down)
    assert _cell(dialog, TWICE_SECOND_LINE, COL_OUTCOME) == "Gets a place"
    assert _cell(dialog, 53, COL_OUTCOME) == "Waitlist 1"  # one place fewer
    assert _cell(dialog, 61, COL_OUTCOME) == "Waitlist 9"
    assert "50 accepted, 9 waitlisted, 1 not imported" in dialog.summary.text()
    assert "0 merged" in dialog.summary.text()


def test_a_column_mapped_to_another_field(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, db, seminar(db), write_cp932(tmp_path))
    names = dialog.mapping.combo_for("お名前")
    names.setCurrentIndex(names.findData(""))
    assert "name is missing" in _cell(dialog, 2, COL_PROBLEMS)
    company = dialog.mapping.combo_for("会社名")
    company.setCurrentIndex(company.findData("name"))  # the company's name as the name
    assert _cell(dialog, 2, COL_PROBLEMS) == ""
    assert dialog.model.index(0, 1).data() == "青木製作所1"


def test_a_failed_import_is_said_and_nothing_is_recorded(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = seminar(db)
    said: list[str] = []

    def fail(*_args: object, **_kwargs: object) -> None:
        raise NotSaved(SaveProblem.DISK_FULL)

    monkeypatch.setattr(import_dialog, "import_applications", fail)
    monkeypatch.setattr(import_dialog, "show_not_done", lambda _p, what, _e: said.append(what))
    dialog = _dialog(qtbot, db, event_id, write_cp932(tmp_path))
    qtbot.mouseClick(dialog.valid_only, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["Importing the applications"]
    assert dialog.result_value is None and dialog.import_button.isEnabled()
    assert participants.list_participants(db, event_id) == []


def test_run_returns_none_when_no_file_is_chosen(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert ImportApplicationsDialog.run(parent, db, seminar(db)) is None


def test_run_imports_the_chosen_file_and_reports_what_it_did(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    event_id = seminar(db)
    path = write_cp932(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []

    def click_through(dialog: ImportApplicationsDialog) -> int:  # the parent owns it
        qtbot.mouseClick(dialog.valid_only, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_value is not None)
        return 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ImportApplicationsDialog, "exec", click_through)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    result = ImportApplicationsDialog.run(parent, db, event_id)

    assert result is not None and len(result.accepted) == 50
    assert told and "50 accepted, 8 waitlisted, 1 not imported" in told[0]
    merged = f"Row {TWICE_SECOND_LINE} ({name_on(TWICE_SECOND_LINE)}) applied again"
    assert f"{merged} and was merged into row {TWICE_FIRST_LINE}." in told[0]
    assert f"rows {BAD_EMAIL_LINE}" in told[0]


def test_a_file_that_cannot_be_read_is_said(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert ImportApplicationsDialog.run(parent, db, seminar(db)) is None
    assert warned and "empty" in warned[0]
