"""The main window's keys as a clerk uses them: toolbars with icons and tooltips that name
the shortcut, Alt+letter on a button, Ctrl+, for the settings, Ctrl+E with nothing
selected, Ctrl+L to the filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QToolButton
from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.workspace import Database
from app.settings import Settings
from app.ui.action_text import plain_name
from app.ui.app import make_application
from app.ui.main_window import MainWindow
from app.ui.widgets.list_tab import ListTab

NATIVE = QKeySequence.SequenceFormat.NativeText
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db, today=DEMO_AS_OF)
    return db


def _window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _list_tabs(window: MainWindow) -> dict[str, ListTab]:
    """The tabs that list records (ホーム gathers them: no toolbar, filter or table)."""
    return {key: tab for key, tab in window.list_tabs.items() if isinstance(tab, ListTab)}


def test_each_tab_has_a_toolbar_with_icons_and_tooltips_naming_the_shortcut(
    qtbot: QtBot, db: Database, settings: Settings, japanese_ui: None
) -> None:
    window = _window(qtbot, db, settings)
    for key, tab in _list_tabs(window).items():
        actions = tab.tool_bar.actions()
        assert len(actions) >= 3, key
        for action in actions:
            assert not action.icon().isNull(), action.text()
            shortcut = action.shortcut().toString(NATIVE)
            assert shortcut and f"({shortcut}" in action.toolTip(), action.toolTip()
            # Not the label again: the tooltip says what the button does.
            assert action.toolTip() != plain_name(action.text())
            button = tab.tool_bar.widgetForAction(action)
            assert isinstance(button, QToolButton)
            assert "(&" in button.text(), button.text()  # 追加(&N): a real mnemonic
            assert action.isShortcutVisibleInContextMenu()
        # Right-click on the list: the same actions, with their shortcuts.
        assert tab.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        assert tab.view.actions() == actions
    new_member = window.list_tabs["members"].new_action
    assert new_member.toolTip() == f"新規委員 ({QKeySequence('Ctrl+N').toString(NATIVE)})"


def test_menus_show_their_shortcuts(qtbot: QtBot, db: Database, settings: Settings) -> None:
    window = _window(qtbot, db, settings)
    assert window.settings_action.shortcut().toString(NATIVE) == QKeySequence("Ctrl+,").toString(
        NATIVE
    )
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()  # Alt+F, Alt+C, Alt+H open the menus


@pytest.mark.parametrize(
    ("tab_key", "letter", "dialog_module", "dialog_name"),
    [
        ("members", Qt.Key.Key_N, "app.ui.tabs.members_tab", "MemberDialog"),
        ("correspondence", Qt.Key.Key_S, "app.ui.tabs.correspondence_tab", "LetterDialog"),
        ("visits", Qt.Key.Key_N, "app.ui.tabs.visits_tab", "VisitDialog"),
    ],
)
def test_alt_and_the_underlined_letter_presses_the_button(
    qtbot: QtBot,
    db: Database,
    settings: Settings,
    japanese_ui: None,
    monkeypatch: pytest.MonkeyPatch,
    tab_key: str,
    letter: Qt.Key,
    dialog_module: str,
    dialog_name: str,
) -> None:
    import importlib

    dialog = getattr(importlib.import_module(dialog_module), dialog_name)
    opened: list[object] = []
    monkeypatch.setattr(dialog, "run", classmethod(lambda cls, *args, **kw: opened.append(args)))
    window = _window(qtbot, db, settings)
    window.show_tab(tab_key)
    window.list_tabs[tab_key].view.setFocus()
    qtbot.keyClick(window.list_tabs[tab_key].view, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(opened) == 1)  # a button's mnemonic clicks it (animated)


def test_ctrl_comma_opens_the_settings(
    qtbot: QtBot, db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    shown: list[SettingsDialog] = []

    def exec_(dialog: SettingsDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window = _window(qtbot, db, settings)
    qtbot.keyClick(
        window.list_tabs["members"].view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    assert len(shown) == 1
    assert window.settings_action.menuRole() == window.settings_action.MenuRole.PreferencesRole


def test_ctrl_e_with_nothing_selected_says_to_select_a_row(
    qtbot: QtBot,
    demo_db: Database,
    settings: Settings,
    japanese_ui: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    beeps: list[None] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(None)))
    window = _window(qtbot, demo_db, settings)
    for key, tab in _list_tabs(window).items():
        window.show_tab(key)
        tab.view.setCurrentIndex(QModelIndex())
        tab.view.clearSelection()
        tab.view.setFocus()
        window.statusBar().clearMessage()
        qtbot.keyClick(tab.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert window.statusBar().currentMessage() == "編集する行を選んでください。", key
    assert len(beeps) == len(_list_tabs(window))


def test_each_filter_says_what_it_matches_and_ctrl_l_goes_there(
    qtbot: QtBot, demo_db: Database, settings: Settings, japanese_ui: None
) -> None:
    window = _window(qtbot, demo_db, settings)
    ctrl_l = QKeySequence("Ctrl+L").toString(NATIVE)
    hints = set()
    for key, tab in _list_tabs(window).items():
        window.show_tab(key)
        tab.view.setFocus()
        tab.filter_edit.setText("令和")
        qtbot.keyClick(tab.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert tab.filter_edit.hasFocus(), key
        assert tab.filter_edit.selectedText() == "令和"  # typing replaces the old filter
        hint = tab.filter_edit.placeholderText()
        assert hint.endswith(f"({ctrl_l})"), hint
        hints.add(hint)
    assert len(hints) == len(_list_tabs(window))
    assert (
        window.list_tabs["members"]
        .filter_edit.placeholderText()
        .startswith("氏名・よみ・所属で絞り込み")
    )


def _inked_in(action_icon: QIcon, colour: str) -> bool:
    """The icon's solid pixels are ``colour`` (give or take rounding at the edges)."""
    image = action_icon.pixmap(QSize(20, 20)).toImage()
    target = QColor(colour)
    solid = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 160
    ]
    return bool(solid) and all(
        max(
            abs(c.red() - target.red()),
            abs(c.green() - target.green()),
            abs(c.blue() - target.blue()),
        )
        <= 2
        for c in solid
    )


def test_icons_follow_the_palette(qtbot: QtBot, db: Database, settings: Settings) -> None:
    window = _window(qtbot, db, settings)
    bar = window.list_tabs["members"].tool_bar
    action = window.list_tabs["members"].new_action
    dark = QPalette(bar.palette())
    dark.setColor(QPalette.ColorRole.Button, QColor("#303030"))
    dark.setColor(QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    bar.setPalette(dark)  # as a dark theme does
    assert _inked_in(action.icon(), "#f0f0f0")
    light = QPalette(dark)
    light.setColor(QPalette.ColorRole.ButtonText, QColor("#202020"))
    bar.setPalette(light)
    assert _inked_in(action.icon(), "#202020")


def test_after_ctrl_and_a_tab_number_the_tabs_keys_work_at_once(
    qtbot: QtBot, db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+2 then Ctrl+N adds a member: the keys go into the tab shown, not the tab bar."""
    from app.ui.dialogs.member_dialog import MemberDialog

    opened: list[object] = []
    monkeypatch.setattr(MemberDialog, "run", classmethod(lambda cls, *a, **k: opened.append(a)))
    window = _window(qtbot, db, settings)
    window.show_tab("home")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    members = window.tab_keys.index("members") + 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0 + members), CTRL)
    assert window.current_tab_key() == "members"
    assert window.list_tabs["members"].isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    assert len(opened) == 1
