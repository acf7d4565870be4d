"""Date and time fields: a real editor (calendar popup for dates) with a real value.

An optional field has a "Set" box in front: unticked, the editor is disabled and says
"none", so an empty field never looks like a filled-in one. The forms still carry the
value as text (``2026-12-05``, ``19:00``; ``""`` for none): :meth:`text` and
:meth:`setText` read and write it, so the services check it as before.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QTimeEdit,
    QWidget,
)

from app.services.dates import now_in_japan, parse_date, parse_time
from app.texts.i18n import current_language

# One day before the first date the records accept (1873-01-01, the solar calendar):
# an unset optional date sits there, shown as "none".
_UNSET_DATE = QDate(1872, 12, 31)
_EARLIEST = QDate(1873, 1, 1)


def _ui_locale() -> QLocale:
    if current_language() == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class _DateEdit(QDateEdit):
    """Tab leaves the field (typing moves through year, month and day by itself)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class _TimeEdit(QTimeEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class _Field(QWidget):
    """An editor, with a "Set" box in front when the value may be left out."""

    changed = Signal()

    def __init__(self, editor: QDateTimeEdit, optional: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.editor.setLocale(_ui_locale())
        self.editor.setAccelerated(True)
        self.given: QCheckBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if optional:
            self.given = QCheckBox(self.tr("Set"), self)
            self.given.setObjectName("set")
            self.given.toggled.connect(self._on_given_toggled)
            layout.addWidget(self.given)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.editor.dateTimeChanged.connect(self._on_editor_changed)

    def _on_editor_changed(self) -> None:
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, left to right."""
        return [self.given, self.editor] if self.given is not None else [self.editor]

    def is_set(self) -> bool:
        return self.given is None or self.given.isChecked()

    def _on_given_toggled(self, on: bool) -> None:
        self._show_unset(not on)
        if on:
            self._fill_default()
            self.editor.setFocus()
        self.changed.emit()

    def _show_unset(self, unset: bool) -> None:
        self.editor.setEnabled(not unset)
        self.editor.setSpecialValueText(self.tr("none") if unset else "")
        if unset:
            self.editor.setDateTime(self.editor.minimumDateTime())

    def _fill_default(self) -> None:
        raise NotImplementedError

    def _set_given(self, given: bool) -> None:
        if self.given is None:
            return
        self.given.blockSignals(True)
        self.given.setChecked(given)
        self.given.blockSignals(False)
        self._show_unset(not given)


class DateField(_Field):
    """A date in the screen's format (2026/12/05(土)), with a calendar popup."""

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = False, default: date | None = None
    ) -> None:
        editor = _DateEdit(parent)
        editor.setCalendarPopup(True)
        ja = current_language() == "ja"
        editor.setDisplayFormat("yyyy/MM/dd(ddd)" if ja else "yyyy-MM-dd (ddd)")
        editor.setMinimumDate(_UNSET_DATE if optional else _EARLIEST)
        super().__init__(editor, optional, parent)
        calendar = editor.calendarWidget()  # made before the locale was set: set it too
        calendar.setLocale(editor.locale())
        calendar.setFirstDayOfWeek(editor.locale().firstDayOfWeek())  # 日曜 first in Japan
        self._editor = editor
        self.default = default or now_in_japan().date()  # what ticking "Set" fills in
        if optional:
            self._set_given(False)
        else:
            self.set_value(self.default)

    def value(self) -> date | None:
        day = self._editor.date()
        return date(day.year(), day.month(), day.day()) if self.is_set() else None

    def set_value(self, value: date | None) -> None:
        if value is None and self.given is not None:
            self._set_given(False)
            return
        self._set_given(True)
        day = value or self.default
        self._editor.setDate(QDate(day.year, day.month, day.day))

    def text(self) -> str:
        """ISO ``2026-12-05``, or ``""`` when not set."""
        value = self.value()
        return value.isoformat() if value is not None else ""

    def setText(self, text: str) -> None:
        """Show ``text`` (any form :func:`parse_date` reads; ``""``: none)."""
        self.set_value(parse_date(text) if text.strip() else None)

    def _show_unset(self, unset: bool) -> None:
        self._editor.setMinimumDate(_UNSET_DATE if unset else _EARLIEST)
        super()._show_unset(unset)

    def _fill_default(self) -> None:
        self._editor.setDate(QDate(self.default.year, self.default.month, self.default.day))


class TimeField(_Field):
    """A time of day, 24-hour (19:00)."""

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = False, default: time | None = None
    ) -> None:
        editor = _TimeEdit(parent)
        editor.setDisplayFormat("HH:mm")
        super().__init__(editor, optional, parent)
        self._editor = editor
        self.default = default or time(10, 0)
        if optional:
            self._set_given(False)
        else:
            self.set_value(self.default)

    def value(self) -> time | None:
        moment = self._editor.time()
        return time(moment.hour(), moment.minute()) if self.is_set() else None

    def set_value(self, value: time | None) -> None:
        if value is None and self.given is not None:
            self._set_given(False)
            return
        self._set_given(True)
        moment = value or self.default
        self._editor.setTime(QTime(moment.hour, moment.minute))

    def text(self) -> str:
        """``19:00``, or ``""`` when not set."""
        value = self.value()
        return value.strftime("%H:%M") if value is not None else ""

    def setText(self, text: str) -> None:
        self.set_value(parse_time(text) if text.strip() else None)

    def _fill_default(self) -> None:
        self._editor.setTime(QTime(self.default.hour, self.default.minute))
