"""委員名簿: contact columns (personal information) only when chosen."""

from __future__ import annotations

from app.documents.inputs import RosterInput
from app.documents.model import Align, Document, Paragraph, Table, Title
from app.japanese.wareki import format_date


def build(data: RosterInput) -> Document:
    header = ["氏名", "ふりがな", "所属", "役職", "区分", "任期"]
    widths = [2.6, 3.0, 4.0, 2.8, 2.4, 5.2]
    if data.with_contact:
        header += ["メール", "電話"]
        widths += [4.0, 2.8]
    rows = tuple(
        (r.name, r.reading, r.organization, r.position, r.role, r.term)
        + ((r.email, r.phone) if data.with_contact else ())
        for r in data.rows
    )
    return Document(
        title=f"{data.council_name} 委員名簿",
        blocks=(
            Title(f"{data.council_name} 委員名簿"),
            Paragraph(f"{format_date(data.as_of, weekday=False)}現在", align=Align.RIGHT),
            Table(tuple(header), rows, tuple(widths)),
            Paragraph(f"({len(rows)}名・五十音順、敬称略)", align=Align.RIGHT),
        ),
        header=data.council_name,
        subject="委員名簿",
        author=data.council_name,
        body_size=9.5,  # a dense table: the roster fits on fewer pages
        units=tuple(
            {text: None for r in data.rows for text in (r.name, r.reading, r.organization)}
        ),
    )
