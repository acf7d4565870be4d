"""The member dialog and the members tab's actions, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.members import editing as member_editing
from app.services.members import listing as members
from app.services.members.editing import MemberForm
from app.services.problems import Problem
from app.services.workspace import Database
from app.texts.problems import problem_text
from app.ui.app import make_application
from app.ui.dialogs.member_dialog import MemberDialog


def _dialog(qtbot: QtBot, db: Database, form: MemberForm | None = None) -> MemberDialog:
    make_application()
    dialog = MemberDialog(db, form or MemberForm())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_errors_appear_under_their_fields_and_nothing_is_saved(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    qtbot.keyClicks(dialog.edits["reading"], "saito")
    qtbot.keyClicks(dialog.edits["email"], "nope")
    dialog.accept()
    assert dialog.isVisible()  # not closed
    assert dialog.error_labels["family_name"].isVisible()
    assert dialog.error_labels["reading"].isVisible()
    assert dialog.error_labels["email"].isVisible()
    assert not dialog.error_labels["phone"].isVisible()
    assert dialog.error_labels["family_name"].text() == problem_text(Problem.MISSING_NAME)
    assert dialog.error_labels["reading"].text() == problem_text(Problem.READING_NOT_KANA)
    assert dialog.error_labels["email"].text() == problem_text(Problem.BAD_EMAIL)
    assert not dialog.error_labels["term_start"].isVisible()
    assert members.list_members(db) == []


def test_a_valid_member_is_saved(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    dialog.edits["family_name"].setText("斉藤")  # kanji: no input method offscreen
    dialog.edits["given_name"].setText("一郎")
    dialog.edits["reading"].setText("さいとう いちろう")
    dialog.organization.setCurrentText("株式会社みなと精工")
    qtbot.keyClicks(dialog.edits["email"], "saito@example.jp")
    term_end = dialog.dates["term_end"]
    assert term_end.text() == ""  # not set: the field says so, and saves nothing
    qtbot.mouseClick(term_end.focus_chain()[0], Qt.MouseButton.LeftButton)  # "Set"
    term_end.editor.setSelectedSection(term_end.editor.Section.YearSection)
    qtbot.keyClicks(term_end.editor, "20260331")
    dialog.accept()
    assert dialog.saved is not None
    [row] = members.list_members(db)
    assert row.full_name == "斉藤 一郎" and row.organization_name == "株式会社みなと精工"
    saved = member_editing.load_form(db, row.id)
    assert (saved.term_start, saved.term_end) == ("", "2026-03-31")


def test_members_tab_new_edit_and_remove(
    qtbot: QtBot,
    db: Database,
    settings,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from app.ui.main_window import MainWindow

    saved = member_editing.save(
        db, MemberForm(family_name="嶋", reading="しま", organization="嶋製作所")
    )
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("members")
    tab = window.list_tabs["members"]
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))

    opened: list[int | None] = []
    monkeypatch.setattr(
        MemberDialog,
        "run",
        classmethod(lambda cls, parent, db, member_id: opened.append(member_id)),
    )
    tab.edit_action.trigger()
    tab.new_action.trigger()
    assert opened == [saved.id, None]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab.remove_action.trigger()  # in no record: deleted
    assert members.list_members(db) == []
    assert "嶋" in window.statusBar().currentMessage()
    assert tab.view.model().rowCount() == 0
    assert Qt.ShortcutContext.WidgetWithChildrenShortcut == tab.remove_action.shortcutContext()


def test_import_preview_shows_every_row_and_imports_only_when_clean(
    qtbot: QtBot,
    db: Database,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.services.members import roster_import
    from app.ui.dialogs.import_dialog import ImportDialog

    roster = tmp_path / "roster.csv"
    roster.write_text(
        "氏名,ふりがな,所属\n斉藤 一郎,さいとう いちろう,精工\n丸山 亮,Maruyama,精工\n",
        encoding="utf-8",
    )
    make_application()
    dialog = ImportDialog(db, roster_import.preview_import(db, roster))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    problems = dialog.model.index(1, 4).data()
    assert "hiragana or katakana" in problems
    assert dialog.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not dialog.import_button.isEnabled()  # nothing while problems remain
    assert dialog.import_valid_button.isVisibleTo(dialog)
    rejects = tmp_path / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rejects), ""))
    qtbot.mouseClick(dialog.import_valid_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 1
    assert [row.full_name for row in members.list_members(db)] == ["斉藤 一郎"]
    assert "丸山" in rejects.read_text(encoding="utf-8-sig")
