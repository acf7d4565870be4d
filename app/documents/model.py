"""The one document model both renderers draw: DOCX and PDF always say the same thing.

Blocks are frozen dataclasses. Builders (one per document kind) make a
:class:`Document`; ``docx_renderer`` and ``pdf_renderer`` know nothing about meetings.
Text is sanitized by the renderers (``app.japanese.text.sanitize``), never here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class Face(StrEnum):
    MINCHO = "mincho"  # body text
    GOTHIC = "gothic"  # titles, headings, table headers


@dataclass(frozen=True, slots=True)
class Title:
    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading (Gothic): level 1 for 開催日時 …, level 2 inside a section."""

    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # may hold line breaks
    align: Align = Align.LEFT
    indent: float = 0.0  # left indent, in characters (em)
    first_line: float = 0.0  # extra first-line indent, in characters (1.0: 公用文 body)
    bold: bool = False
    face: Face = Face.MINCHO
    space_after: float = 0.35  # in lines


@dataclass(frozen=True, slots=True)
class ListItem:
    label: str  # "・", "→", "①", "1", "(1)" …
    text: str


@dataclass(frozen=True, slots=True)
class ItemList:
    """Bulleted or numbered items with a hanging label; labels are given, not generated."""

    items: tuple[ListItem, ...]
    indent: float = 1.0  # where the label starts, in characters


class Fit(StrEnum):
    """How a column's text may break, which sets the narrowest the column can be."""

    WRAP = "wrap"  # running text (内容, 件名): breaks between any two characters
    SHORT = "short"  # short notes (「欠席」/「(連絡あり)」): a line up to 7 em stays whole
    WORDS = "words"  # breaks only at a space: 「工学部機械工学科 教授」
    WHOLE = "whole"  # each line is one unit: a name, a reading, 株式会社X, a date and time


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell with a small line above its text: the ふりがな above a name."""

    text: str
    above: str = ""

    def __str__(self) -> str:
        return f"{self.above}{self.text}"


CellText = str | Cell


@dataclass(frozen=True, slots=True)
class Table:
    """A table whose column widths are measured from its content (``app.documents.columns``).

    A row is never split across pages and the header row repeats on every page.
    """

    header: tuple[CellText, ...]
    rows: tuple[tuple[CellText, ...], ...]
    widths: tuple[float, ...]  # relative weights: how room left over is shared out
    align: tuple[Align, ...] = ()  # per column; LEFT when not given
    repeat_header: bool = True
    fit: tuple[Fit, ...] = ()  # per column; WRAP when not given


@dataclass(frozen=True, slots=True)
class Notation:
    """記書き: 「記」 centred, numbered items (1 日時 …), 「以上」 at the right."""

    items: tuple[tuple[str, str], ...]  # (caption, text)


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """Lines for signatures with room for a seal: 「議事録署名人　＿＿＿　印」."""

    caption: str  # 「上記のとおり相違ないことを確認します。」
    names: tuple[str, ...]  # "" for a line to be filled in by hand
    dated: str = ""  # 「令和　　年　　月　　日」, right-aligned under the caption
    role: str = ""  # 「議事録署名人」, before the first name line


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = Title | Heading | Paragraph | ItemList | Table | Notation | SignatureBlock | PageBreak


@dataclass(frozen=True, slots=True)
class Document:
    title: str  # document properties (not printed by itself: use a Title block)
    blocks: tuple[Block, ...]
    header: str = ""  # right-aligned small text on every page, e.g. the council name
    page_numbers: bool = True  # 「- 1 -」 at the bottom centre
    body_size: float = 10.5  # points
    subject: str = ""
    author: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    # no-break units: names, readings, organizations the text must never split inside
    # (unless one alone is wider than its line); the renderers find every occurrence
    units: tuple[str, ...] = field(default_factory=tuple)
    wave_dash: str = "～"  # the one wave dash it prints (a council setting): ～ or 〜


def plain_text(document: Document) -> str:
    """What the document says, in reading order: the renderers' outputs must match it."""
    lines: list[str] = []
    for block in document.blocks:
        match block:
            case Title(text) | Heading(text, _):
                lines.append(text)
            case Paragraph(text=text):
                lines.extend(text.split("\n"))
            case ItemList(items=items):
                lines.extend(f"{item.label}{item.text}" for item in items)
            case Table(header=header, rows=rows):
                lines.extend(
                    "".join(map(str, row)) for row in (header, *rows) if any(map(str, row))
                )
            case Notation(items=items):
                lines.append("記")
                lines.extend(
                    f"{number} {caption} {text}" for number, (caption, text) in enumerate(items, 1)
                )
                lines.append("以上")
            case SignatureBlock(caption=caption, names=names, dated=dated, role=role):
                lines.extend(caption.split("\n"))
                lines.extend(line for line in (dated, role) if line)
                lines.extend(f"{name} 印".strip() for name in names)
            case PageBreak():
                pass
    return "\n".join(lines)
