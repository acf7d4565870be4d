"""文書収受簿 and 文書発送簿: one table per fiscal year; a voided number shows 欠番."""

from __future__ import annotations

from app.documents.inputs import RegisterInput
from app.documents.model import Align, Document, Fit, Paragraph, Table, Title


def build(data: RegisterInput) -> Document:
    name = "文書収受簿" if data.incoming else "文書発送簿"
    if data.incoming:
        header = ("収受番号", "収受日", "先方文書番号", "差出人", "件名", "処理")
    else:
        header = ("文書番号", "発送日", "手段", "宛先", "件名", "状況")
    title = f"{data.year_label} {name}"
    return Document(
        title=title,
        blocks=(
            Title(title),
            Table(
                header,
                data.rows,
                (3.9, 4.1, 1.8, 3.3, 5.6, 1.7),
                (Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER),
                fit=(Fit.WHOLE, Fit.WHOLE, Fit.WHOLE, Fit.WORDS, Fit.WRAP, Fit.WHOLE),
            ),
            Paragraph(f"({len(data.rows)}件)", align=Align.RIGHT),
        ),
        header=data.council_name,
        subject=name,
        author=data.council_name,
        body_size=9.0,
    )
