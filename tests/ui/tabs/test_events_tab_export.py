"""参加者一覧 to Excel or CSV from the events tab (Ctrl+Shift+X): contact details only
when the clerk says yes, an .xlsx name when none is typed, and a failed write said."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.workspace import Database
from app.ui.tablemodels.events_model import COL_TITLE
from app.ui.widgets import people_export
from tests.ui.keyboard import press
from tests.ui.tabs.test_events_tab import CTRL_SHIFT, _full_seminar, _tab

NAMES = ["青木 一郎", "井上 二郎", "上田 三郎", "江藤 四郎"]


def _answer(monkeypatch: pytest.MonkeyPatch, contact: bool, file: Path) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return yes if contact else no

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(file), ""))
    return asked


def _select_and_export(qtbot: QtBot, db: Database) -> list[str]:
    _full_seminar(db)
    tab = _tab(qtbot, db)
    tab.view.selectRow(0)
    assert tab.model.index(0, COL_TITLE).data() == "DXセミナー"
    said: list[str] = []
    tab.messageRequested.connect(said.append)
    press(qtbot, Qt.Key.Key_X, CTRL_SHIFT)
    return said


def test_the_participants_go_to_excel_without_contacts_unless_asked(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, False, tmp_path / "参加者")  # no suffix typed
    said = _select_and_export(qtbot, db)
    assert asked and "personal information" in asked[0]
    written = tmp_path / "参加者.xlsx"
    sheet = load_workbook(written).active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [row[1] for row in rows[1:]] == NAMES
    assert "メールアドレス" not in rows[0] and "電話番号" not in rows[0]
    assert said == [f"Wrote 4 participants of DXセミナー to {written}."]


def test_contacts_are_written_when_the_clerk_says_yes(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, True, tmp_path / "list.csv")
    _select_and_export(qtbot, db)
    with (tmp_path / "list.csv").open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert "メールアドレス" in header


def test_a_file_that_cannot_be_written_is_said(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, False, tmp_path / "no such folder" / "list.xlsx")
    failed: list[str] = []
    monkeypatch.setattr(people_export, "show_not_done", lambda _p, what, _e: failed.append(what))
    said = _select_and_export(qtbot, db)
    assert failed == [f"Writing {tmp_path / 'no such folder' / 'list.xlsx'}"]
    assert said == []


def test_an_event_deleted_meanwhile_is_said_and_nothing_is_written(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import delete

    from app.models import Event

    event_id = _full_seminar(db)
    tab = _tab(qtbot, db)
    tab.view.selectRow(0)
    with db.transaction() as session:  # another clerk deletes it
        session.execute(delete(Event).where(Event.id == event_id))
    _answer(monkeypatch, False, tmp_path / "list.xlsx")
    said: list[str] = []
    tab.messageRequested.connect(said.append)
    press(qtbot, Qt.Key.Key_X, CTRL_SHIFT)
    assert said == ["DXセミナー no longer exists: nothing was written."]
    assert not (tmp_path / "list.xlsx").exists()
    assert tab.model.rowCount() == 0
