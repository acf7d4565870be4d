"""ファイル › 設定 keeps 「発言の種類を次の発言でも保つ」 and the label sheet of the name
badges in the settings file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.ui.app import make_application
from app.ui.dialogs.settings_dialog import SettingsDialog


def test_keeping_the_remark_kind_is_saved(qtbot: QtBot, settings: Settings) -> None:
    make_application()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QCheckBox, "keep_remark_kind")
    assert box is not None and not box.isChecked()  # off by default
    box.setChecked(True)
    dialog.accept()
    assert Settings(settings.path).keep_remark_kind
    again = SettingsDialog(Settings(settings.path))
    qtbot.addWidget(again)
    assert again.keep_remark_kind.isChecked()
    again.keep_remark_kind.setChecked(False)
    again.accept()
    assert not Settings(settings.path).keep_remark_kind


def test_the_badge_label_sheet_is_a_setting(qtbot: QtBot, settings: Settings) -> None:
    make_application()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.badge_sheet.currentData() == "10"  # 10面 by default
    dialog.badge_sheet.setFocus()
    qtbot.keyClick(dialog.badge_sheet, Qt.Key.Key_Down)
    assert dialog.badge_sheet.currentText() == "12 to a sheet (86.4 × 42.3 mm)"
    dialog.accept()
    assert Settings(settings.path).badge_sheet == "12"  # the document dialog's default
    again = SettingsDialog(Settings(settings.path))
    qtbot.addWidget(again)
    assert again.badge_sheet.currentData() == "12"
