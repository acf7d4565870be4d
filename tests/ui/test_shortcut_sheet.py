"""The shortcut sheet lists the keys of the windows opened from the main window: a
meeting's record (記録), attendance and agenda, and the reception at the door, the keys
handled by their boxes (Enter, Shift+Enter, the digits …) as well as their actions, in
Japanese; the keys that became actions still do what they did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.meetings import agenda
from app.services.workspace import Database
from app.settings import Settings
from app.ui.app import make_application
from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.ui.events.reception import ReceptionWindow
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_window import TAB_AGENDA, MeetingWindow
from app.ui.shortcut_sheet import ShortcutGroup
from tests.meeting_room import Room
from tests.ui.events.test_reception_acceptance import seminar
from tests.ui.keyboard import press, show_active, type_text

NATIVE = QKeySequence.SequenceFormat.NativeText
CTRL = Qt.KeyboardModifier.ControlModifier


def _keys(*keys: str) -> tuple[str, ...]:
    """``keys`` in the words of the platform and the language (Japanese: Alt+↑)."""
    return tuple(QKeySequence(key).toString(NATIVE) for key in keys)


def _main_window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    window = MainWindow(db, settings)
    show_active(qtbot, window)
    return window


def _group(groups: list[ShortcutGroup], title: str) -> dict[str, tuple[str, ...]]:
    (group,) = [group for group in groups if group.title == title]
    return {entry.name: entry.keys for entry in group.entries}


def _open_meeting(qtbot: QtBot, window: MainWindow) -> MeetingWindow:
    window.show_tab("meetings")
    tab = window.list_tabs["meetings"]
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    meeting = tab.open_selected()
    assert isinstance(meeting, MeetingWindow)
    qtbot.waitExposed(meeting)
    return meeting


def test_the_sheet_lists_the_meeting_windows_keys_in_japanese(
    qtbot: QtBot, db: Database, settings: Settings, japanese_ui: None
) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    window = _main_window(qtbot, db, settings)
    meeting = _open_meeting(qtbot, window)
    groups = window.shortcut_groups()
    titled = meeting.windowTitle()
    assert [g.title for g in groups if g.title.startswith(titled)] == [
        f"{titled} › {pane}"
        for pane in ("会議", "出欠", "議題", "記録")  # as the tabs stand
    ]
    record = _group(groups, f"{meeting.windowTitle()} › 記録")
    assert record["発言者欄へ移動"] == _keys("F2")
    assert record["発言者を確定（発言者欄で）"] == _keys("Enter")
    assert record["番号で発言者を選ぶ"] == (" … ".join(_keys("Alt+1", "Alt+9")),)
    assert record["発言者なし"] == _keys("Alt+0")
    assert record["種別: 質問"] == _keys("Ctrl+2")
    assert record["発言を記録（入力欄で）"] == _keys("Enter")
    assert record["改行"] == _keys("Shift+Enter")
    assert record["決定事項として記録（→）"] == _keys("Ctrl+D")
    assert record["宿題として記録"] == _keys("Ctrl+T")
    assert record["次の議題"] == _keys("Ctrl+PgDown")
    assert record["前の議題"] == _keys("Ctrl+PgUp")
    assert record["発言一覧へ移動（もう一度押すと入力欄へ）"] == _keys("F6")
    assert record["発言を修正（発言一覧で）"] == _keys("Enter")
    assert record["発言を上下に移動"] == _keys("Alt+Up", "Alt+Down")
    assert record["回答する質問を選ぶ"] == _keys("Alt+Q")
    assert record["発言を削除"] == _keys("Del")
    assert record["元に戻す"] == _keys("Ctrl+Z")
    assert record["発言の修正をやめる"] == _keys("Esc")
    assert list(record)[:2] == ["発言者欄へ移動", "発言者を確定（発言者欄で）"]  # as typed
    attendance = _group(groups, f"{meeting.windowTitle()} › 出欠")
    assert attendance["出席"] == _keys("1")
    assert attendance["欠席（連絡あり）"] == _keys("7")
    assert attendance["未記録に戻す"] == _keys("0", "Backspace")
    assert attendance["出席者を追加"] == _keys("Ctrl+G")
    items = _group(groups, f"{meeting.windowTitle()} › 議題")
    assert items["議題を保存"] == _keys("Ctrl+S")
    assert items["議題を上下に移動（一覧で）"] == _keys("Alt+Up", "Alt+Down")
    meeting.close()


def test_every_key_of_the_meeting_window_is_listed_once(
    qtbot: QtBot, db: Database, settings: Settings
) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    window = _main_window(qtbot, db, settings)
    meeting = _open_meeting(qtbot, window)
    groups = [g for g in window.shortcut_groups() if g.title.startswith(meeting.windowTitle())]
    listed = [key for group in groups for entry in group.entries for key in entry.keys]
    numbers = set(_keys(*(f"Alt+{n}" for n in range(1, 10))))  # one line: "Alt+1 … Alt+9"
    keys = {
        key.toString(NATIVE)
        for action in meeting.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty()
    }
    assert len(keys) > 30
    assert keys - numbers - set(listed) == set()
    named = [(entry.name, key) for g in groups for entry in g.entries for key in entry.keys]
    assert len(named) == len(set(named))  # no action listed twice (a guide and "Other Keys")
    meeting.close()


def test_f1_at_the_door_shows_the_receptions_keys_in_japanese(
    qtbot: QtBot,
    db: Database,
    settings: Settings,
    japanese_ui: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[ShortcutsDialog] = []

    def exec_(dialog: ShortcutsDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_)
    event_id = seminar(db)
    window = _main_window(qtbot, db, settings)
    door = ReceptionWindow.open(window.list_tabs["events"], db, event_id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is door)
    press(qtbot, Qt.Key.Key_F1)  # in the search field
    assert len(shown) == 1
    sheet = shown[0]
    assert sheet.parent() is door
    keys = _group(sheet.groups, f"{door.windowTitle()} › 受付の操作")
    assert keys == {
        "受付して表示の参加費を受領": _keys("Enter"),
        "受付のみ・参加費は後日": _keys("Shift+Enter"),
        "受付・参加費免除": _keys("Ctrl+M"),
        "一覧で選び直す": _keys("Down", "Up", "PgDown", "PgUp"),
        "検索欄を消去": _keys("Esc"),
        "キャンセル待ち・取消の人を受け付ける（確認画面で）": _keys("Y"),
        "当日参加を追加": _keys("Ctrl+N"),
        "直前の受付を取り消す": _keys("Ctrl+Z"),
        "一覧を最新の状態に更新": _keys("F5"),
    }
    assert sheet._current_group is not None  # the door's keys are scrolled into sight
    assert sheet._current_group.text(0) == f"{door.windowTitle()} › 受付の操作"
    door.close()
    qtbot.waitUntil(lambda: not door.isVisible())
    assert not any(g.title.startswith(door.windowTitle()) for g in window.shortcut_groups())


def test_the_agendas_keys_still_start_and_save_an_item(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    make_application()
    meeting = MeetingWindow(db, room.meeting_id)
    show_active(qtbot, meeting)
    meeting.show_tab(TAB_AGENDA)
    meeting.agenda.list.setFocus()
    before = len(agenda.items(db, room.meeting_id))
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert meeting.agenda.title.hasFocus()
    type_text("視察報告")
    press(qtbot, Qt.Key.Key_S, CTRL)
    titles = [item.title for item in agenda.items(db, room.meeting_id)]
    assert len(titles) == before + 1 and "視察報告" in titles
