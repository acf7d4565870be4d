"""A platypus flowable that sets Japanese text with our line breaker, justified.

It stands in for reportlab's ``Paragraph`` (whose CJK wrap ignores most 禁則 and whose
justification stretches only spaces). It takes plain text, not markup, and the same
``ParagraphStyle`` (font, size, leading, alignment, indents, space after). Every line
that a soft break ends is stretched to the measure, the space spread between the
characters (not inside Latin words); the last line of each hard line follows the
style's alignment (flush left for LEFT and JUSTIFY); centred and flush-right text is
never stretched, each line is centred or set flush right. The full-width space U+3000 is
drawn as it is, never collapsed.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import Flowable

from app.documents.linebreak import Line, break_lines
from app.documents.pdf_font import CIDTrueTypeFont


class _Widths(dict[str, float]):
    """Advances of one font at one size, in points, measured once per character."""

    def __init__(self, font: str, size: float) -> None:
        super().__init__()
        self.font, self.size = font, size

    def __missing__(self, character: str) -> float:
        width = self[character] = pdfmetrics.stringWidth(character, self.font, self.size)
        return width


@cache
def widths(font: str, size: float) -> _Widths:
    """The advance table of ``font`` at ``size`` (shared by every paragraph)."""
    return _Widths(font, size)


def char_width(character: str, font: str, size: float) -> float:
    """The advance of one character in points, from the font's metrics."""
    return widths(font, size)[character]


def text_width(text: str, font: str, size: float) -> float:
    """The natural width of ``text`` on one line."""
    table = widths(font, size)
    return sum(table[c] for c in text)


_ASCII = re.compile("[!-~]")  # printable ASCII but the space: Latin letters and signs


def _latin(character: str) -> bool:
    return character.isascii() and not character.isspace()


class TypesetText(Flowable):
    """Plain text set in lines of the available width (a paragraph or a table cell)."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        units: tuple[str, ...] = (),
        hanging: bool = False,
        balanced: bool = False,
        lines: list[Line] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.units = units
        self.hanging = hanging
        self.balanced = balanced  # lines of even length (a title), not the first full
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._fixed = lines  # a part after a page split: its lines are already set
        self._lines: list[Line] = lines or []
        self._for_width: float | None = None
        self._size = widths(style.fontName, style.fontSize).__getitem__

    def lines_for(self, width: float) -> list[Line]:
        """The lines at ``width`` (the flowable's whole width, indents inside it)."""
        if self._fixed is not None:
            return self._fixed
        if self._for_width != width:
            style = self.style
            measure = width - style.leftIndent - style.rightIndent
            self._lines = self._break(measure)
            if self.balanced and len(self._lines) > 1:
                self._lines = self._balance(measure, len(self._lines))
            self._for_width = width
        return self._lines

    def _break(self, measure: float) -> list[Line]:
        if not self.text:
            return []
        return break_lines(
            self.text,
            self._size,
            measure,
            first_measure=measure - self.style.firstLineIndent,
            units=self.units,
            hanging=self.hanging,
        )

    def _balance(self, measure: float, count: int) -> list[Line]:
        """The lines at the narrowest measure that still gives ``count`` lines: the
        same breaks a reader would choose, 「…推進委員会」/「令和7年度 第1回定例会 議事録」
        rather than a full first line and a stub."""
        # never narrower than a unit: it would break inside it
        widest = max((sum(map(self._size, u)) for u in self.units if u in self.text), default=0)
        narrow, wide = max(measure / count, widest), measure
        for _ in range(12):  # to within measure / 4096
            middle = (narrow + wide) / 2
            if len(self._break(middle)) == count:
                wide = middle
            else:
                narrow = middle
        return self._break(wide)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines_for(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines_for(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        fit = min(fit, len(lines) - 2)  # neither a widow nor an orphan
        if fit < 2:
            return []
        head = TypesetText(self.text, self.style, lines=lines[:fit])
        head.spaceAfter = 0
        tail = TypesetText(self.text, self.style, lines=lines[fit:])
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        """One text block of the page: each run of a line is placed (``Tm``), spaced
        (``Tc``) and shown as one hex string of the font's two-byte codes. Written
        directly, without reportlab's text object: this is the hot path of a long
        document, and the font gives one string per run (:mod:`app.documents.pdf_font`)."""
        style = self.style
        size = style.fontSize
        font = pdfmetrics.getFont(style.fontName)
        if not isinstance(font, CIDTrueTypeFont):
            raise TypeError(f"{style.fontName} is not one of the embedded Japanese fonts")
        doc = self.canv._doc
        measure = self.width - style.leftIndent - style.rightIndent
        y = self.height - font.face.ascent * size / 1000.0
        operations = [f"BT {font.getSubsetInternalName(0, doc)} {fp_str(size)} Tf"]
        spaced = False
        for line in self._lines:
            indent = style.leftIndent + (style.firstLineIndent if line.first else 0.0)
            room = measure - (style.firstLineIndent if line.first else 0.0)
            for x, spacing, run in self._runs(line, indent, room):
                operations.append(
                    f"1 0 0 1 {fp_str(x, y)} Tm {fp_str(spacing)} Tc "
                    f"<{font.encode(run, doc).hex()}> Tj"
                )
                spaced = spaced or spacing != 0
            y -= style.leading
        if spaced:
            operations.append("0 Tc")  # the character spacing outlives the text block
        operations.append("ET")
        self.canv.addLiteral("\n".join(operations))

    def _runs(self, line: Line, x: float, room: float) -> list[tuple[float, float, str]]:
        """Where each run of ``line`` starts, the spacing after each of its characters,
        and its text: one run for Japanese text, more where Latin words keep their
        letters together."""
        chars = line.text
        if not chars:
            return []
        if not line.justified or self.style.alignment in (TA_CENTER, TA_RIGHT):
            # centred and flush-right text is aligned line by line, never stretched
            if self.style.alignment == TA_CENTER:
                x += (room - line.width) / 2
            elif self.style.alignment == TA_RIGHT:
                x += room - line.width
            return [(x, 0.0, chars)]
        target = room + (self._size(chars[-1]) if line.hanging else 0.0)
        if not _ASCII.search(chars):  # Japanese only: one run, every gap alike
            return [(x, (target - line.width) / (len(chars) - 1) if len(chars) > 1 else 0, chars)]
        weights = [0 if _latin(a) and _latin(b) else 1 for a, b in pairwise(chars)]
        if not any(weights):  # a Latin word too long for its line: spread its letters
            weights = [1] * len(weights)
        stretch = (target - line.width) / sum(weights) if weights else 0.0
        runs: list[tuple[float, float, str]] = []
        start = 0
        while start < len(chars):  # one run per kind of gap: Latin words keep their letters
            weight = weights[start] if start < len(weights) else 0
            end = start + 1
            while end < len(chars) and weights[end - 1] == weight:
                end += 1
            run = chars[start:end]
            runs.append((x, stretch * weight, run))
            x += sum(map(self._size, run)) + stretch * sum(weights[start:end])
            start = end
        return runs
