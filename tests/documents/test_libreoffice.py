"""The DOCX opens in LibreOffice, comes out A4 and is set in IPAex Mincho/Gothic.

LibreOffice finds fonts through fontconfig: a private configuration adds our bundled
font folder (as an installed app would install the fonts), so a fallback font shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from app.demo import loader as demo
from app.documents import docx_renderer
from app.documents.builders import minutes
from app.resources import fonts_dir
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest
from app.services.meetings import listing as meetings
from app.storage.database import Database
from tests.documents.readback import (
    all_pages_a4,
    docx_text,
    normalise,
    pdf_fonts,
    pdf_text,
)
from tests.documents.test_minutes import FIXTURE

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def _convert(docx_files: list[Path], folder: Path) -> Path:
    """Convert with LibreOffice headless, a private profile and our fonts; the out folder."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is installed by tools/system-deps.sh --test (make test)"
    conf = folder / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=fonts_dir(), cache=folder / "fc-cache"))
    env = {**os.environ, "HOME": str(folder), "FONTCONFIG_FILE": str(conf)}
    out = folder / "out"
    result = subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out)]
        + [str(path) for path in docx_files],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return out


def _check(docx: Path, pdf: Path) -> None:
    assert pdf.is_file(), pdf
    assert all_pages_a4(pdf), pdf
    names = {name.split("+")[-1] for name, embedded in pdf_fonts(pdf) if embedded}
    assert names <= {"IPAexMincho", "IPAexGothic"} and "IPAexMincho" in names, pdf_fonts(pdf)
    assert all(embedded for _name, embedded in pdf_fonts(pdf)), pdf_fonts(pdf)
    assert normalise(docx_text(docx))[:30] in normalise(pdf_text(pdf))


def test_the_minutes_docx_converts_in_libreoffice_with_the_intended_fonts(tmp_path: Path) -> None:
    docx = docx_renderer.render(minutes.build(FIXTURE), tmp_path / "minutes.docx")
    out = _convert([docx], tmp_path)
    _check(docx, out / "minutes.pdf")
    assert normalise("議事録署名人") in normalise(pdf_text(out / "minutes.pdf"))


def test_every_kind_converts_in_libreoffice(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db)
    meeting = meetings.list_meetings(db)[5]
    files = []
    request = DocumentRequest(meeting_id=meeting.id, fiscal_year=2025, visit_id=1)
    for spec in exports.kinds():
        document = exports.build(db, spec.kind, request)
        files.append(docx_renderer.render(document, tmp_path / f"{spec.kind}.docx"))
    out = _convert(files, tmp_path)
    for docx in files:
        _check(docx, out / f"{docx.stem}.pdf")
