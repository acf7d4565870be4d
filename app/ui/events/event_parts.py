"""Parts of the event dialog: the fee rows (category, amount, paid on the day or in
advance) and the choices an event may be linked to."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.services.events.codes import FeeTiming
from app.services.events.rows import FeeInput
from app.texts.labels import label
from app.ui.widgets.rows_editor import RowsEditor

_Index = QModelIndex | QPersistentModelIndex
COL_TIMING = 2


class _TimingDelegate(QStyledItemDelegate):
    """The 当日/事前 cell: a choice of the two, not free text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems([label(timing) for timing in FeeTiming])
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or label(FeeTiming.ON_THE_DAY)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class FeesEditor(RowsEditor):
    """参加費: one row per category (会員 0, 一般 1,000), paid on the day or in advance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Category"), self.tr("Amount (yen)"), self.tr("Paid")], 0, parent)
        self.table.setItemDelegateForColumn(COL_TIMING, _TimingDelegate(self.table))

    def add_row(self, values: tuple[str, ...] = ()) -> None:
        given = values or ("", "", label(FeeTiming.ON_THE_DAY))
        super().add_row(given)

    def set_fees(self, fees: tuple[FeeInput, ...]) -> None:
        self.set_rows(tuple((fee.category, _yen(fee.amount), label(fee.timing)) for fee in fees))

    def fees(self) -> tuple[FeeInput, ...]:
        in_advance = label(FeeTiming.IN_ADVANCE)
        return tuple(
            FeeInput(
                category,
                amount,
                FeeTiming.IN_ADVANCE if timing == in_advance else FeeTiming.ON_THE_DAY,
            )
            for category, amount, timing in self.rows()
            if (category + amount).strip()  # a row with only its 当日 is no fee
        )


def _yen(amount: str) -> str:
    """1000 as 1,000 (as typed back, the save reads either)."""
    return f"{int(amount):,}" if amount.isdigit() else amount


def link_combo(
    parent: QWidget,
    name: str,
    none_text: str,
    choices: tuple[tuple[int, str], ...],
    chosen: int | None,
) -> QComboBox:
    """A choice of one record (or none, first), with ``chosen`` selected."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(none_text, None)
    for record_id, text in choices:
        combo.addItem(text, record_id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    combo.setMinimumContentsLength(24)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo
