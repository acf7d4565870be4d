"""F1: the keyboard shortcut sheet lists every shortcut of the window, read from the
actions, and no two actions of one window share a key (an ambiguous key does nothing)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QToolButton
from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.workspace import Database
from app.settings import Settings
from app.texts import i18n
from app.ui.action_text import plain_name
from app.ui.app import make_application
from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.ui.main_window import MainWindow
from app.ui.shortcut_sheet import ShortcutGroup
from app.ui.widgets.list_tab import ListTab

NATIVE = QKeySequence.SequenceFormat.NativeText


def _window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _listed(groups: list[ShortcutGroup]) -> set[tuple[str, str]]:
    return {(entry.name, key) for group in groups for entry in group.entries for key in entry.keys}


def test_f1_opens_the_sheet(
    qtbot: QtBot, db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ShortcutsDialog] = []

    def exec_(dialog: ShortcutsDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_)
    window = _window(qtbot, db, settings)
    qtbot.keyClick(window.list_tabs["members"].view, Qt.Key.Key_F1)
    assert len(shown) == 1
    sheet = shown[0]
    qtbot.addWidget(sheet)
    titles = [sheet.tree.topLevelItem(i).text(0) for i in range(sheet.tree.topLevelItemCount())]
    assert titles[:4] == ["File", "Records", "Help", "Anywhere in the Window"]
    assert titles[4:] == ["Members", "Meetings", "Visits", "Events", "Correspondence"]
    assert QKeySequence("Ctrl+,").toString(NATIVE) in sheet.listed_keys()


def test_the_sheet_lists_every_action_that_has_a_shortcut(
    qtbot: QtBot, db: Database, settings: Settings
) -> None:
    window = _window(qtbot, db, settings)
    listed = _listed(window.shortcut_groups())
    actions = [action for action in window.findChildren(QAction) if not action.shortcut().isEmpty()]
    assert len(actions) > 30
    missing = [
        (plain_name(action.text()), key.toString(NATIVE))
        for action in actions
        for key in action.shortcuts()
        if (plain_name(action.text()), key.toString(NATIVE)) not in listed
    ]
    assert missing == []
    assert all(entry.name for group in window.shortcut_groups() for entry in group.entries)


def test_f1_in_a_meeting_window_lists_its_keys_too(
    qtbot: QtBot, db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ShortcutsDialog] = []

    def exec_(dialog: ShortcutsDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_)
    demo.load_demo(db, today=DEMO_AS_OF)
    window = _window(qtbot, db, settings)
    window.show_tab("meetings")
    tab = window.list_tabs["meetings"]
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    meeting = tab.open_selected()
    assert meeting is not None
    qtbot.waitExposed(meeting)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is meeting)
    qtbot.keyClick(meeting, Qt.Key.Key_F1)
    assert len(shown) == 1
    sheet = shown[0]  # (the meeting window owns it)
    assert sheet.parent() is meeting
    listed = _listed(sheet.groups)
    named = [a for a in meeting.findChildren(QAction) if a.text() and not a.shortcut().isEmpty()]
    assert len(named) >= 5
    missing = [
        (plain_name(a.text()), key.toString(NATIVE))
        for a in named
        for key in a.shortcuts()
        if (plain_name(a.text()), key.toString(NATIVE)) not in listed
    ]
    assert missing == []
    current = sheet.tree.indexOfTopLevelItem(sheet._current_group) if sheet._current_group else -1
    assert sheet.groups[current].title.startswith(meeting.windowTitle())
    meeting.close()


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(NATIVE)


@pytest.mark.parametrize("language", ["en", "ja"])  # a translation has its own 「(&X)」
def test_no_two_actions_of_a_window_share_a_key(
    qtbot: QtBot, db: Database, settings: Settings, language: str
) -> None:
    """Per tab: the window's keys, the tab's keys, the toolbar buttons' Alt+letters and the
    menus' Alt+letters are all different (Qt runs neither of two actions on one key)."""
    i18n.load(language)
    installed = i18n.install(make_application())
    window = _window(qtbot, db, settings)
    for translator in installed:
        QApplication.instance().removeTranslator(translator)
    i18n.load("en")
    assert window.menuBar().actions()[0].text() == {"en": "&File", "ja": "ファイル(&F)"}[language]
    groups = window.shortcut_groups()
    everywhere = [key for g in groups if not g.tab for entry in g.entries for key in entry.keys]
    menus = [_mnemonic(action.text()) for action in window.menuBar().actions()]
    for key, tab in window.list_tabs.items():
        if not isinstance(tab, ListTab):
            continue  # ホーム: no toolbar, and no keys of its own (Enter opens a line)
        window.show_tab(key)
        buttons = [
            _mnemonic(button.text())
            for button in tab.tool_bar.findChildren(QToolButton)
            if button.defaultAction() in tab.tool_bar.actions()
        ]
        (own,) = [group for group in groups if group.tab == key]
        keys = everywhere + [k for entry in own.entries for k in entry.keys] + menus + buttons
        assert all(keys)
        shared = [k for k, count in Counter(keys).items() if count > 1]
        assert shared == [], key
