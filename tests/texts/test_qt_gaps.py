"""Qt's file dialog speaks Japanese whole in a Japanese window, the texts its own
catalogue lacks included."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.texts import i18n
from app.texts.qt_gaps import QT_GAPS


def test_the_file_dialogs_labels_are_japanese(qtbot: QtBot, japanese_ui: None) -> None:
    dialog = QFileDialog(None, "", "", "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels == ["場所(&L):", "ファイル名(&N):", "ファイルの種類(&T):"]
    for context, text in QT_GAPS:
        assert i18n.translate(context, text) != text
