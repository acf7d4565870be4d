"""Date and time fields hold only real dates and times, and say "none" when not set."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.texts import i18n
from app.ui.app import make_application
from app.ui.widgets.date_fields import DateField, TimeField
from tests.ui.keyboard import show_active


def _typed(qtbot: QtBot, field: DateField | TimeField, keys: str) -> None:
    editor = field.editor
    editor.setFocus()
    editor.setSelectedSection(editor.sectionAt(0))
    qtbot.keyClicks(editor, keys)
    editor.clearFocus()  # leaving the field settles what was typed


def test_an_impossible_or_too_early_date_cannot_be_entered(qtbot: QtBot) -> None:
    make_application()
    field = DateField(default=date(2026, 12, 5))
    show_active(qtbot, field)
    assert field.text() == "2026-12-05"
    _typed(qtbot, field, "20260230")  # no 2月30日: the editor keeps a real date
    assert field.value() is not None and field.value() != date(2026, 12, 5)
    assert field.text() == field.value().isoformat()  # type: ignore[union-attr]
    field.set_value(date(2026, 12, 5))
    _typed(qtbot, field, "18500101")  # before the solar calendar (1873)
    assert field.value() is not None and field.value() >= date(1873, 1, 1)  # type: ignore[operator]
    field.setText("令和8年4月1日")  # what the forms carry may be any written form
    assert field.text() == "2026-04-01"


def test_an_impossible_time_cannot_be_entered(qtbot: QtBot) -> None:
    make_application()
    field = TimeField(default=time(19, 0))
    show_active(qtbot, field)
    _typed(qtbot, field, "2500")
    value = field.value()
    assert value is not None and field.text() == value.strftime("%H:%M")
    _typed(qtbot, field, "1930")
    assert field.text() == "19:30"


def test_an_optional_date_says_none_until_set(qtbot: QtBot) -> None:
    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    try:
        field = DateField(optional=True, default=date(2026, 6, 20))
        show_active(qtbot, field)
        assert field.text() == "" and field.value() is None
        assert field.editor.text() == "なし" and not field.editor.isEnabled()
        assert field.given is not None and field.given.text() == "指定する"
        calendar = field.editor.calendarWidget()  # the popup: a Japanese calendar
        assert field.editor.calendarPopup()
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
        field.given.setFocus()
        qtbot.keyClick(field.given, Qt.Key.Key_Space)
        assert field.text() == "2026-06-20" and field.editor.text() == "2026/06/20(土)"
        assert field.editor.hasFocus()  # on to the date itself
        field.setText("")
        assert field.text() == "" and field.editor.text() == "なし"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.load("en")
