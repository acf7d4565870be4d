"""The document model with every printed text through one typographic normalisation.

Both renderers draw the result, so the PDF and the Word file print the same characters
(see :mod:`app.japanese.typography`). The no-break units are normalised the same way,
so that they are still found in the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.documents.model import (
    Block,
    Cell,
    CellText,
    CutLine,
    Document,
    Form,
    Heading,
    ItemList,
    LabelGrid,
    ListItem,
    Notation,
    Paragraph,
    SignatureBlock,
    Table,
    Title,
)
from app.japanese.typography import Typography, first_time_style, normalise


def _texts(block: Block) -> list[str]:
    match block:
        case Title(text) | Heading(text, _) | Paragraph(text=text):
            return [text]
        case ItemList(items=items):
            return [part for item in items for part in (item.label, item.text)]
        case Table(header=header, rows=rows):
            cells = [*header, *(cell for row in rows for cell in row)]
            return [part for cell in cells for part in _cell_texts(cell)]
        case Notation(items=items):
            return [part for item in items for part in item]
        case SignatureBlock(caption=caption, names=names, dated=dated, role=role):
            return [caption, *names, dated, role]
        case CutLine(label=label):
            return [label]
        case Form(rows=rows):
            return [text for row in rows for text in row]
        case LabelGrid(labels=labels):
            return [line.text for label in labels for line in label]
    return []


def _cell_texts(cell: CellText) -> tuple[str, ...]:
    return (cell.above, cell.text) if isinstance(cell, Cell) else (cell,)


def _cell(fix: Callable[[str], str]) -> Callable[[CellText], CellText]:
    """``fix`` for a table cell: a ふりがな cell has both its lines fixed."""

    def fixed(cell: CellText) -> CellText:
        if isinstance(cell, Cell):
            return Cell(fix(cell.text), fix(cell.above))
        return fix(cell)

    return fixed


def _mapped(block: Block, fix: Callable[[str], str]) -> Block:
    match block:
        case Title() | Heading() | Paragraph():
            return replace(block, text=fix(block.text))
        case ItemList(items=items):
            return replace(block, items=tuple(ListItem(fix(i.label), fix(i.text)) for i in items))
        case Table(header=header, rows=rows):
            return replace(
                block,
                header=tuple(map(_cell(fix), header)),
                rows=tuple(tuple(map(_cell(fix), row)) for row in rows),
            )
        case Notation(items=items):
            return replace(block, items=tuple((fix(a), fix(b)) for a, b in items))
        case SignatureBlock(caption=caption, names=names, dated=dated, role=role):
            return replace(
                block,
                caption=fix(caption),
                names=tuple(map(fix, names)),
                dated=fix(dated),
                role=fix(role),
            )
        case CutLine(label=label):
            return replace(block, label=fix(label))
        case Form(rows=rows):
            return replace(block, rows=tuple(tuple(map(fix, row)) for row in rows))
        case LabelGrid(labels=labels):
            return replace(
                block,
                labels=tuple(
                    tuple(replace(line, text=fix(line.text)) for line in label) for label in labels
                ),
            )
    return block


def normalised(document: Document, typography: Typography | None = None) -> Document:
    """``document`` with brackets, colons, wave dashes and times in one style each."""
    typography = typography or Typography(wave_dash=document.wave_dash)
    texts = [text for block in document.blocks for text in _texts(block)]
    style = typography.time_style or first_time_style(texts)

    def fix(text: str) -> str:
        return normalise(text, typography, style)

    return replace(
        document,
        title=fix(document.title),
        header=fix(document.header),
        blocks=tuple(_mapped(block, fix) for block in document.blocks),
        units=tuple(fix(unit) for unit in document.units),
    )
