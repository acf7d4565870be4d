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


@dataclass(frozen=True, slots=True)
class CutLine:
    """A dashed line across the page to cut along, its label in the middle: 「きりとり線」.
    What follows it is one piece (a form to send back): never split across pages."""

    label: str = "きりとり線"


@dataclass(frozen=True, slots=True)
class Form:
    """A ruled form to fill in by hand: a caption per row (shaded), then room to write,
    with what is printed there already (「出 ・ 欠」) and, on the same row, further
    caption and room pairs (「氏名 … 役職 …」)."""

    rows: tuple[tuple[str, ...], ...]  # caption, text, caption, text …
    widths: tuple[float, ...]  # relative widths of the columns of the widest row
    height: float = 2.2  # each row's height, in body lines (room to write); 0: its text's
    align: Align = Align.CENTER  # of the text printed in the rooms


@dataclass(frozen=True, slots=True)
class LabelLine:
    """One line of a label, never wrapped: shrunk to the label's width when too long."""

    text: str
    size: float  # points, before any shrinking
    face: Face = Face.MINCHO
    align: Align = Align.CENTER
    underline: bool = False
    space_after: float = 0.25  # in this line's heights


@dataclass(frozen=True, slots=True)
class Sheet:
    """The geometry of a sheet of labels on A4, in millimetres: the labels from the top
    left corner, column by column across and then row by row down."""

    columns: int
    rows: int
    width: float
    height: float
    top: float
    left: float  # the labels touch each other: no gaps between them
    padding: float = 4.0  # inside each label, on every side

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True, slots=True)
class LabelGrid:
    """Labels at exact places on A4 sheets (name badges on a label sheet, receipts to
    cut apart). A document holding a grid holds nothing else: its pages are the sheet's."""

    sheet: Sheet
    labels: tuple[tuple[LabelLine, ...], ...]
    cut_lines: bool = False  # dashed lines between the labels (plain paper, cut by hand)


Block = (
    Title
    | Heading
    | Paragraph
    | ItemList
    | Table
    | Notation
    | SignatureBlock
    | PageBreak
    | CutLine
    | Form
    | LabelGrid
)


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


def label_grid(document: Document) -> LabelGrid | None:
    """The grid of labels the document is, or None for a document of running blocks."""
    grids = [block for block in document.blocks if isinstance(block, LabelGrid)]
    return grids[0] if grids else None


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
            case CutLine(label=label):
                lines.append(label)
            case Form(rows=rows):
                lines.extend("".join(row) for row in rows)
            case LabelGrid(labels=labels):
                lines.extend(line.text for label in labels for line in label if line.text)
            case PageBreak():
                pass
    return "\n".join(lines)
