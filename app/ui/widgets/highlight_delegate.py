"""Paints a cell's text with the matched parts marked (a search result's snippet)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARK_BACKGROUND = QColor("#ffe08a")  # a highlighter pen, readable on white and on selection


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, highlight_role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._role = highlight_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        spans = index.data(self._role)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)

        marked = QTextCharFormat()
        marked.setBackground(MARK_BACKGROUND)
        marked.setForeground(QColor("#000000"))
        marked.setFontWeight(QFont.Weight.Bold)
        ranges = []
        for start, end in spans:
            mark = QTextLayout.FormatRange()
            mark.start, mark.length, mark.format = start, end - start, marked
            ranges.append(mark)
        layout = QTextLayout(text, opt.font)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(rect.width(), 1) * 4)  # one line; the cell clips the rest
        layout.endLayout()

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left() + 3, top))
        painter.restore()
