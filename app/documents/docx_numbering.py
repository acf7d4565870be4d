"""Real Word numbering and bullets (``numbering.xml``) for the model's labelled lists.

The model gives every item its label (「・」, 「→」, 「1」, 「(1)」, 「①」, 「ア」 …). A list whose
labels count up in one style becomes a Word numbered list starting where the labels
start; an item whose label is one symbol becomes a Word bullet with that symbol. Anything
else (「議題1」, a mixed sequence) keeps its typed label: Word could not number it so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_IROHA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
_DIGITS = "０１２３４５６７８９"
_BULLETS = frozenset("・●○■□◆◇▪※→＊")  # one em wide in IPAex: the label fills the hang


@dataclass(frozen=True, slots=True)
class Numbering:
    """How Word draws a list's labels: a ``w:numFmt``, its ``w:lvlText`` and the start."""

    format: str  # decimal, decimalFullWidth, decimalEnclosedCircle, aiueoFullWidth, bullet
    text: str  # "%1", "(%1)", "・" …
    start: int = 1


_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(\d+)"), "decimal", "%1"),
    (re.compile(r"(\d+)\."), "decimal", "%1."),
    (re.compile(r"\((\d+)\)"), "decimal", "(%1)"),
    (re.compile(r"（(\d+)）"), "decimal", "（%1）"),
    (re.compile(r"第(\d+)"), "decimal", "第%1"),
    (re.compile(r"([０-９]+)"), "decimalFullWidth", "%1"),
    (re.compile(f"([{_CIRCLED}])"), "decimalEnclosedCircle", "%1"),
    (re.compile(f"([{_IROHA}])"), "aiueoFullWidth", "%1"),
    (re.compile(f"\\(([{_IROHA}])\\)"), "aiueoFullWidth", "(%1)"),
    (re.compile(f"（([{_IROHA}])）"), "aiueoFullWidth", "（%1）"),
)


def _value(piece: str) -> int:
    if piece in _CIRCLED:
        return _CIRCLED.index(piece) + 1
    if piece in _IROHA:
        return _IROHA.index(piece) + 1
    return int(piece.translate(str.maketrans(_DIGITS, "0123456789")))


def sequence(labels: tuple[str, ...]) -> Numbering | None:
    """The Word numbering that draws exactly ``labels``, if they count up by one."""
    if not labels:
        return None
    for pattern, number_format, text in _PATTERNS:
        matches = [pattern.fullmatch(label) for label in labels]
        if all(matches):
            values = [_value(m.group(1)) for m in matches if m]
            if values == list(range(values[0], values[0] + len(values))):
                return Numbering(number_format, text, values[0])
    return None


def bullet(label: str) -> Numbering | None:
    """A one-symbol label as a Word bullet."""
    return Numbering("bullet", label) if label in _BULLETS else None


class Lists:
    """The numbering definitions of one document, made as the lists are met."""

    def __init__(self, docx: DocxDocument, font: str) -> None:
        self._root = docx.part.numbering_part.element
        self._font = font
        self._bullets: dict[str, int] = {}
        self._next = 1000  # clear of the template's own abstractNum ids

    def _abstract(self, numbering: Numbering) -> int:
        number = self._next
        self._next += 1
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(number))
        level_type = OxmlElement("w:multiLevelType")
        level_type.set(qn("w:val"), "singleLevel")
        abstract.append(level_type)
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), "0")
        for tag, value in (
            ("w:start", str(numbering.start)),
            ("w:numFmt", numbering.format),
            # a bullet is as wide as the hanging indent: no tab (on the 文字グリッド a
            # tab could jump to the next stop); numbers are narrower: a tab aligns the text
            ("w:suff", "nothing" if numbering.format == "bullet" else "tab"),
            ("w:lvlText", numbering.text),
            ("w:lvlJc", "left"),
        ):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            level.append(child)
        r_pr = OxmlElement("w:rPr")
        r_fonts = OxmlElement("w:rFonts")
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            r_fonts.set(qn(attribute), self._font)
        r_pr.append(r_fonts)
        level.append(r_pr)
        abstract.append(level)
        # schema order: every w:abstractNum before the first w:num
        first_num = self._root.find(qn("w:num"))
        if first_num is None:
            self._root.append(abstract)
        else:
            first_num.addprevious(abstract)
        return number

    def _instance(self, abstract: int) -> int:
        return int(self._root.add_num(abstract).numId)

    def start(self, numbering: Numbering) -> int:
        """The ``w:numId`` for a list: bullets share one per symbol, a numbered list
        gets its own (so it starts at its first label)."""
        if numbering.format == "bullet":
            if numbering.text not in self._bullets:
                self._bullets[numbering.text] = self._instance(self._abstract(numbering))
            return self._bullets[numbering.text]
        return self._instance(self._abstract(numbering))


def apply(paragraph: Any, num_id: int) -> None:
    """Make ``paragraph`` an item of list ``num_id`` (level 0)."""
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
