"""The cut line and the ruled form of a tear-off 申込書, for the PDF renderer."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from app.documents.model import Form
from app.documents.pdf_text import TypesetText

_DASH = (4, 3)  # points
_GAP = 6.0  # points between the dashes and the label


class DashedCut(Flowable):
    """A dashed line across the frame with its label in the middle (「きりとり線」)."""

    def __init__(self, label: TypesetText, width: float, leading: float) -> None:
        super().__init__()
        self.label = label
        self.line_width = width
        self.leading = leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.label.wrap(self.line_width, available_height)
        self.label_height = self.label.height
        return self.line_width, self.label_height + self.leading * 0.6

    def draw(self) -> None:
        canvas = self.canv
        style = self.label.style
        label_width = canvas.stringWidth(self.label.text, style.fontName, style.fontSize)
        middle = self.line_width / 2
        y = self.leading * 0.3 + self.label_height / 2
        self.label.drawOn(canvas, 0, self.leading * 0.3)
        canvas.saveState()
        canvas.setDash(*_DASH)
        canvas.setLineWidth(0.6)
        canvas.line(0, y, middle - label_width / 2 - _GAP, y)
        canvas.line(middle + label_width / 2 + _GAP, y, self.line_width, y)
        canvas.restoreState()


def form_rows(form: Form) -> list[list[str]]:
    """Each row of ``form`` as wide as its widest row (a short row's last room spans)."""
    columns = len(form.widths)
    return [[*row, *([""] * (columns - len(row)))] for row in form.rows]
