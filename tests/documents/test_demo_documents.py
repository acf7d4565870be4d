"""Every demo meeting's minutes, in both formats: same text, A4, embedded IPAex only."""

from __future__ import annotations

from pathlib import Path

from app.documents import docx_renderer, pdf_renderer
from app.documents.builders import minutes
from app.services import demo, document_data, meetings
from app.storage.database import Database
from tests.documents.readback import (
    A4_POINTS,
    docx_text,
    normalise,
    pdf_fonts,
    pdf_page_sizes,
    pdf_text,
)


def test_minutes_of_every_demo_meeting(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db)
    rows = meetings.list_meetings(db)
    assert len(rows) == 15
    for row in rows:
        document = minutes.build(document_data.minutes_input(db, row.id))
        pdf = pdf_renderer.render(document, tmp_path / f"{row.id}.pdf")
        docx = docx_renderer.render(document, tmp_path / f"{row.id}.docx")
        assert pdf_page_sizes(pdf) == {A4_POINTS}, row.title
        fonts = pdf_fonts(pdf)
        assert all(embedded and "IPAex" in name for name, embedded in fonts), (row.title, fonts)
        assert normalise(pdf_text(pdf, document.header)) == normalise(docx_text(docx)), row.title
