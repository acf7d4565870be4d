"""出席者名簿 for the reception desk (a column to sign), and 出欠表 as recorded."""

from __future__ import annotations

from app.documents.builders.common import when
from app.documents.inputs import AttendanceInput, DateStyle
from app.documents.model import Align, Cell, Document, Fit, Paragraph, Table, Title


def build(data: AttendanceInput, dates: DateStyle | None = None) -> Document:
    dates = dates or DateStyle()
    header = data.header
    name = "出欠表" if data.recorded else "出席者名簿"
    last = "出欠" if data.recorded else "署名・出欠確認"
    rows = tuple(
        (
            str(number),
            Cell(row.name, row.reading),  # ふりがな above the name
            row.organization,
            row.position,
            row.attendance if data.recorded else "",
        )
        for number, row in enumerate(data.rows, start=1)
    )
    return Document(
        title=f"{header.title} {name}",
        blocks=(
            Title(f"{header.title} {name}"),
            Paragraph(f"{when(header, dates)}\n{header.place}", align=Align.RIGHT),
            Table(
                ("No.", Cell("氏名", "ふりがな"), "所属", "役職", last),
                rows,
                (0.6, 2.0, 3.0, 2.4, 6.0),  # room left over goes mostly to the signature
                (Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER),
                # the 出欠 notes' short lines stay whole; a long 代理(…) may wrap
                fit=(Fit.WHOLE, Fit.WHOLE, Fit.WHOLE, Fit.WORDS, Fit.SHORT),
            ),
            Paragraph(f"({len(rows)}名・五十音順、敬称略)", align=Align.RIGHT),
        ),
        header=header.council_name,
        subject=name,
        author=header.council_name,
        units=tuple({text: None for r in data.rows for text in (r.name, r.organization)}),
    )
