"""委員名簿: ふりがな above each name; the 事務局 staff in a block of their own, not counted
among the members; contact columns (personal information) only when chosen."""

from __future__ import annotations

from app.documents.inputs import RosterInput, RosterRow
from app.documents.model import (
    Align,
    Block,
    Cell,
    CellText,
    Document,
    Fit,
    Heading,
    Paragraph,
    Table,
    Title,
)
from app.japanese.wareki import format_date

_NAME = Cell("氏名", "ふりがな")


def _name(row: RosterRow) -> CellText:
    return Cell(row.name, row.reading)  # ふりがな above the name


def _contact(data: RosterInput, row: RosterRow) -> tuple[str, ...]:
    return (row.email, row.phone) if data.with_contact else ()


def _members(data: RosterInput, rows: list[RosterRow]) -> Table:
    header: tuple[str | Cell, ...] = (_NAME, "所属", "役職", "区分", "任期")
    widths: tuple[float, ...] = (3.0, 4.0, 2.8, 2.0, 3.6)
    fit: tuple[Fit, ...] = (Fit.WHOLE, Fit.WHOLE, Fit.WORDS, Fit.WHOLE, Fit.WHOLE)
    if data.with_contact:
        header += ("メール", "電話")
        widths += (4.0, 2.8)
        fit += (Fit.WHOLE, Fit.WHOLE)
    body = tuple(
        (_name(r), r.organization, r.position, r.role, r.term, *_contact(data, r)) for r in rows
    )
    return Table(header, body, widths, fit=fit)


def _staff(data: RosterInput, rows: list[RosterRow]) -> Table:
    header: tuple[str | Cell, ...] = (_NAME, "所属", "役職")
    widths: tuple[float, ...] = (3.0, 4.0, 4.0)
    fit: tuple[Fit, ...] = (Fit.WHOLE, Fit.WHOLE, Fit.WORDS)
    if data.with_contact:
        header += ("メール", "電話")
        widths += (4.0, 2.8)
        fit += (Fit.WHOLE, Fit.WHOLE)
    body = tuple((_name(r), r.organization, r.position, *_contact(data, r)) for r in rows)
    return Table(header, body, widths, fit=fit)


def build(data: RosterInput) -> Document:
    members = [r for r in data.rows if not r.staff]
    staff = [r for r in data.rows if r.staff]
    blocks: list[Block] = [
        Title(f"{data.council_name} 委員名簿"),
        Paragraph(f"{format_date(data.as_of, weekday=False)}現在", align=Align.RIGHT),
        _members(data, members),
        Paragraph(f"(委員{len(members)}名・五十音順、敬称略)", align=Align.RIGHT),
    ]
    if staff:
        blocks += [Heading("事務局"), _staff(data, staff)]
    return Document(
        title=f"{data.council_name} 委員名簿",
        blocks=tuple(blocks),
        header=data.council_name,
        subject="委員名簿",
        author=data.council_name,
        body_size=9.5,  # a dense table: the roster fits on fewer pages
        units=tuple(
            {text: None for r in data.rows for text in (r.name, r.reading, r.organization)}
        ),
    )
