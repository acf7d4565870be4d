"""Acceptance checker for Japanese typesetting, reading a PDF back with positions.

It reads every character with its advance box through pdfium (pypdfium2: the library
the print preview already uses, independent of reportlab), groups them into lines and
the lines into paragraphs (same column, one leading apart), and reports:

- ``line-start`` / ``line-end``: a 行頭禁則 character starting a line, or a 行末禁則
  character ending one (JIS X 4051; the classes are written out here, not imported);
- ``split-unit``: a line break inside a name, reading, company name, 和暦 date (with its
  weekday), time or time range, unless the unit alone is wider than its column;
- ``half-width``: a half-width bracket or colon next to Japanese text;
- ``ragged``: a line broken inside a paragraph that does not reach the column's right
  edge within 0.5 pt (a line of one character has no gap to spread, and a name too
  wide for its column is set as its words, flush left); ``overflow``: a line past
  that edge (a hanging 。、 excepted).

Columns are the text frame or, inside a table, the cell between two vertical rules.
Which lines end a paragraph (and may be short) is told by the caller: the document's
own lines of text (:func:`paragraph_ends`).
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from app.documents.model import (
    Cell,
    CutLine,
    Document,
    Form,
    Heading,
    ItemList,
    LabelGrid,
    Notation,
    Paragraph,
    SignatureBlock,
    Table,
    Title,
)

TOLERANCE = 0.5  # points
LEADING = 1.7  # the house leading, in font sizes: lines one leading apart are a paragraph

LINE_START = set(
    "」』）】〕〉》］｝〙〗〟’”)]}"
    "‐゠–〜～"
    "！？!?・：；:;。．、，.,"
    "ヽヾゝゞ々〻ー"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "%％℃"
)
LINE_END = set("「『（【〔〈《［｛〘〖〝‘“([{")
HANGING = set("。、．，")
_DATE = re.compile(
    r"(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年度?(?:\d{1,2}月(?:\d{1,2}日(?:\([月火水木金土日]\))?)?)?"
    r"|\d{1,2}月\d{1,2}日(?:\([月火水木金土日]\))?"
)
_TIME = re.compile(
    r"(?:午前|午後)?\d{1,2}(?::\d{2}|時\d{2}分)(?:~(?:午前|午後)?\d{1,2}(?::\d{2}|時\d{2}分))?"
)
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|一般社団法人|公益財団法人|一般財団法人")


def _japanese(character: str) -> bool:
    if not character or character.isascii():
        return False
    return unicodedata.name(character, "").startswith(
        ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "FULLWIDTH")
    )


def compact(text: str) -> str:
    """NFKC without white space, and one wave dash: how units are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("〜", "~")


@dataclass
class Char:
    text: str
    left: float
    right: float


@dataclass
class Line:
    page: int
    baseline: float
    size: float
    column: tuple[float, float]  # the text edges of its column (frame or cell)
    in_table: bool
    chars: list[Char] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.chars)

    @property
    def right(self) -> float:
        return self.chars[-1].right


@dataclass(frozen=True)
class Violation:
    kind: str
    page: int
    line: str
    detail: str = ""


def _rules(page: pdfium.PdfPage) -> list[tuple[float, float, float]]:
    """Vertical rules drawn on the page: (x, bottom, top)."""
    rules = []
    for item in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = item.get_bounds()
        if right - left < 2 and top - bottom > 5:
            rules.append(((left + right) / 2, bottom, top))
    return rules


def read_lines(
    pdf: Path, frame: tuple[float, float], padding: float, body: tuple[float, float]
) -> list[Line]:
    """Every line of the body of every page, top to bottom; ``frame`` is the body text's
    left and right edge, ``body`` its bottom and top (the running header and the page
    number outside it are not read), ``padding`` the table cells' inner padding."""
    document = pdfium.PdfDocument(str(pdf))
    lines: list[Line] = []
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    try:
        for number in range(len(document)):
            page = document[number]
            rules = _rules(page)
            textpage = page.get_textpage()
            found: dict[tuple[float, float, float], Line] = {}
            for index in range(textpage.count_chars()):
                text = textpage.get_text_range(index, 1)
                left, _bottom, right, _top = textpage.get_charbox(index, loose=True)
                if text in "\r\n" or right - left < 0.01:
                    continue  # pdfium's own line ends and the spaces it infers
                pdfium_raw.FPDFText_GetCharOrigin(textpage.raw, index, origin_x, origin_y)
                baseline = origin_y.value
                size = pdfium_raw.FPDFText_GetFontSize(textpage.raw, index)
                if not body[0] <= baseline <= body[1]:
                    continue
                middle = (left + right) / 2
                y = baseline + size / 3
                spanning = [x for x, b, t in rules if b <= y <= t]
                before = max((x for x in spanning if x <= middle), default=None)
                after = min((x for x in spanning if x >= middle), default=None)
                in_table = before is not None and after is not None
                column = (
                    (before + padding, after - padding) if in_table else frame  # type: ignore[operator]
                )
                key = (round(baseline, 1), column[0], column[1])
                line = found.get(key)
                if line is None:
                    line = found[key] = Line(number + 1, baseline, size, column, in_table)
                line.chars.append(Char(text, left, right))
            for line in found.values():
                line.chars.sort(key=lambda c: c.left)
            lines.extend(sorted(found.values(), key=lambda line: (-line.baseline, line.column)))
            textpage.close()
            page.close()
    finally:
        document.close()
    return lines


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines of one column one leading apart, top to bottom."""
    groups: list[list[Line]] = []
    open_groups: dict[tuple[int, tuple[float, float]], list[Line]] = {}
    for line in lines:
        key = (line.page, line.column)
        group = open_groups.get(key)
        if group is not None:
            last = group[-1]
            if abs(last.baseline - line.baseline - LEADING * last.size) <= TOLERANCE:
                group.append(line)
                continue
        group = [line]
        groups.append(group)
        open_groups[key] = group
    return groups


def paragraph_ends(document: Document) -> set[str]:
    """Every line of text the document gives (a paragraph, a cell, an item), compacted:
    a printed line whose paragraph text so far is one of these may stop short."""
    texts: list[str] = []
    for block in document.blocks:
        match block:
            case Title(text) | Heading(text, _) | Paragraph(text=text):
                texts.append(text)
            case ItemList(items=items):
                texts.extend(item.label + item.text for item in items)
            case Table(header=header, rows=rows):
                cells = [*header, *(cell for row in rows for cell in row)]
                for cell in cells:  # a ふりがな cell: the reading and the name, each a line
                    texts.extend((cell.above, cell.text) if isinstance(cell, Cell) else (cell,))
            case Notation(items=items):
                texts.extend(f"{n}{a}{b}" for n, (a, b) in enumerate(items, 1))
                texts += ["記", "以上"]
            case SignatureBlock(caption=caption, names=names, dated=dated, role=role):
                texts.extend([caption, *names, dated, role])
            case CutLine(label=label):
                texts.append(label)
            case Form(rows=rows):
                texts.extend(text for row in rows for text in row)
            case LabelGrid(labels=labels):  # a label's line is never broken
                texts.extend(line.text for label in labels for line in label)
    return {compact(part) for text in texts for part in text.split("\n")}


def _split_units(text: str, cut: int, units: Iterable[str]) -> list[str]:
    """Units of ``text`` (compacted) that the position ``cut`` falls inside."""
    found = []
    candidates = [u for u in (compact(u) for u in units) if len(u) > 1]
    for unit in candidates:
        start = text.find(unit)
        while start != -1:
            if start < cut < start + len(unit):
                found.append(unit)
            start = text.find(unit, start + 1)
    for pattern in (_DATE, _TIME):
        found += [m.group(0) for m in pattern.finditer(text) if m.start() < cut < m.end()]
    for match in _COMPANY.finditer(text):  # the legal form and the name next to it
        if match.start() < cut <= match.end():
            found.append(match.group(0))
    return found


def check(
    pdf: Path,
    *,
    ends: set[str],
    units: Iterable[str] = (),
    frame: tuple[float, float],
    padding: float,
    body: tuple[float, float] = (0.0, 10_000.0),
    line_breaks: bool = True,
) -> list[Violation]:
    """Every violation in ``pdf`` (an empty list: the typesetting is right). With
    ``line_breaks=False`` only what the text says is checked, not where its lines
    break (a PDF that LibreOffice made from our DOCX: its line breaks are its own)."""
    units = tuple(units)
    violations: list[Violation] = []
    for group in paragraphs(read_lines(pdf, frame, padding, body)):
        written = ""
        for index, line in enumerate(group):
            text = line.text
            written += compact(text)
            ended = written in ends  # a paragraph of the document ends on this line
            last = index == len(group) - 1
            violations += _punctuation(line)
            if not line_breaks:
                continue
            over, advance = line.right - line.column[1], line.chars[-1].right - line.chars[-1].left
            hanging = text[-1] in HANGING and TOLERANCE < over <= advance + TOLERANCE
            limit = line.column[1] + (advance if hanging else 0.0)
            if line.right > limit + TOLERANCE:
                violations.append(
                    Violation("overflow", line.page, text, f"{line.right - line.column[1]:.2f}pt")
                )
            if last or ended:
                written = ""
                continue
            following = group[index + 1]
            if following.text[0] in LINE_START:
                violations.append(Violation("line-start", line.page, following.text))
            if text[-1] in LINE_END:
                violations.append(Violation("line-end", line.page, text))
            centred = abs((line.chars[0].left - line.column[0]) - (line.column[1] - line.right))
            if (
                abs(line.right - limit) > TOLERANCE
                and len(text) > 1  # a line of one character has no gap to spread
                and centred > TOLERANCE  # a centred line is aligned, not justified
                and not _between_words(compact(text), compact(following.text), units, line)
            ):
                violations.append(
                    Violation("ragged", line.page, text, f"{limit - line.right:.2f}pt short")
                )
            head, tail = compact(text), compact(following.text)
            width = line.column[1] - line.column[0]
            for unit in _split_units(head + tail, len(head), units):
                if _natural_width(_cluster(unit, head + tail), line) <= width:
                    violations.append(Violation("split-unit", line.page, text, unit))
    return violations


def _between_words(head: str, tail: str, units: Iterable[str], line: Line) -> bool:
    """Does the line end at the space inside a unit too wide for its column (a name
    set as its two words, 「おおにし」 / 「りょうすけ」, each flush left)?"""
    width = line.column[1] - line.column[0]
    for unit in units:
        words = unit.split()
        if len(words) < 2 or _natural_width(unit, line) <= width:
            continue
        for k in range(1, len(words)):
            left, right = compact("".join(words[:k])), compact("".join(words[k:]))
            if head.endswith(left) and (right.startswith(tail) or tail.startswith(right)):
                return True
    return False


def _cluster(unit: str, text: str) -> str:
    """``unit`` with the brackets and marks that may not be parted from it in ``text``."""
    start = text.find(unit)
    if start == -1:
        return unit
    end = start + len(unit)
    while start > 0 and text[start - 1] in LINE_END:
        start -= 1
    while end < len(text) and text[end] in LINE_START:
        end += 1
    return text[start:end]


def _natural_width(unit: str, line: Line) -> float:
    """About how wide ``unit`` sets: one em a Japanese character, half an em otherwise."""
    return sum(line.size * (1.0 if _japanese(c) else 0.5) for c in unit)


def _punctuation(line: Line) -> list[Violation]:
    text = line.text
    found = []
    for index, character in enumerate(text):
        if character not in "():":
            continue
        neighbours = (text[index - 1] if index else "", text[index + 1 : index + 2])
        if any(_japanese(c) for c in neighbours):
            found.append(Violation("half-width", line.page, text, character))
    return found
