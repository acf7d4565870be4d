"""The DOCX opens in LibreOffice, comes out A4 and is set in IPAex Mincho/Gothic.

LibreOffice finds fonts through fontconfig: a private configuration adds our bundled
font folder (as an installed app would install the fonts), so a fallback font shows.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.documents import columns, docx_renderer
from app.documents.builders import minutes
from app.documents.model import Cell, Document, Fit, Heading, Table, Title
from app.resources import fonts_dir
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest
from app.services.meetings import listing as meetings
from app.storage.database import Database
from tests.documents.readback import (
    all_pages_a4,
    docx_text,
    normalise,
    pdf_char_fonts,
    pdf_fonts,
    pdf_text,
)
from tests.documents.test_minutes import FIXTURE
from tests.services.events.seed_event import seed_event

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


# A machine without IPAex: only one plain Latin font, nothing from the system's folders
# (the embedded fonts LibreOffice unpacks from the DOCX are its only Japanese fonts).
NO_IPAEX_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def _convert(docx_files: list[Path], folder: Path, *, to: str = "pdf", conf_text: str = "") -> Path:
    """Convert with LibreOffice headless, a private profile and our fonts (or the fonts of
    ``conf_text``); the out folder."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is installed by tools/system-deps.sh --test (make test)"
    conf = folder / "fonts.conf"
    conf_text = conf_text or FONTS_CONF.format(fonts=fonts_dir(), cache="{cache}")
    conf.write_text(conf_text.replace("{cache}", str(folder / "fc-cache")))
    env = {**os.environ, "HOME": str(folder), "FONTCONFIG_FILE": str(conf)}
    out = folder / "out"
    result = subprocess.run(
        [soffice, "--headless", "--convert-to", to, "--outdir", str(out)]
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
    demo.load_demo(db, today=DEMO_AS_OF)
    meeting = meetings.list_meetings(db)[5]
    files = []
    event = seed_event(db)  # the seed's notice as an event, with participants of every kind
    request = DocumentRequest(meeting_id=meeting.id, fiscal_year=2025, visit_id=1, event_id=event)
    for spec in exports.kinds():
        document = exports.build(db, spec.kind, request)
        files.append(docx_renderer.render(document, tmp_path / f"{spec.kind}.docx"))
    out = _convert(files, tmp_path)
    for docx in files:
        _check(docx, out / f"{docx.stem}.pdf")


def _latin_only_fonts(folder: Path) -> str:
    """A fonts.conf that sees one Latin font (DejaVu Sans, or any font fontconfig
    matches that is not IPAex)."""
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True, check=False
    ).stdout.strip()
    assert found and "ipa" not in found.casefold(), found
    latin = folder / "latin-fonts"
    latin.mkdir()
    (latin / Path(found).name).symlink_to(found)
    return NO_IPAEX_CONF.format(fonts=latin, cache="{cache}")


def test_the_embedded_fonts_render_where_ipaex_is_not_installed(tmp_path: Path) -> None:
    document = minutes.build(FIXTURE)
    conf = _latin_only_fonts(tmp_path)
    embedded = docx_renderer.render(document, tmp_path / "embedded.docx")
    out = _convert([embedded], tmp_path, conf_text=conf)
    names = {name.split("+")[-1] for name, _embedded in pdf_fonts(out / "embedded.pdf")}
    assert {"IPAexMincho", "IPAexGothic"} <= names, names
    # the embedded fonts are subsets: every Japanese character is still set in one of them
    drawn = [(c, font) for c, font in pdf_char_fonts(out / "embedded.pdf") if not c.isascii()]
    assert len(drawn) > 200
    strays = {c for c, font in drawn if not font.endswith(("IPAexMincho", "IPAexGothic"))}
    assert not strays, strays
    body = pdf_text(out / "embedded.pdf", header=document.header)
    assert normalise(docx_text(embedded)) == normalise(body)
    # the control, in a LibreOffice of its own (it keeps a document's embedded fonts for
    # the next): without the embedded fonts this machine has no IPAex at all
    control = tmp_path / "control"
    control.mkdir()
    bare = docx_renderer.render(document, control / "bare.docx", embed_fonts=False)
    out = _convert([bare], control, conf_text=conf)
    bare_names = {name.split("+")[-1] for name, _embedded in pdf_fonts(out / "bare.pdf")}
    assert not any("IPAex" in name for name in bare_names), bare_names
    pdffonts = shutil.which("pdffonts")
    if pdffonts:  # poppler's own reading agrees
        listing = subprocess.run(
            [pdffonts, str(tmp_path / "out" / "embedded.pdf")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "IPAexMincho" in listing and "IPAexGothic" in listing


LONG_ROSTER = Document(
    title="名簿",
    blocks=(
        Title("名簿"),
        Heading("委員"),
        Heading("第一部会", level=2),
        Table(
            (Cell("氏名", "ふりがな"), "所属", "備考"),
            tuple(
                (
                    Cell(f"新井 健太郎{n:02d}", "おおにし りょうすけ"),
                    "株式会社旭プレス工業",
                    "\n".join(f"R{n:02d}行{line}" for line in range(1, 5)),
                )
                for n in range(30)
            ),
            (1.0, 1.0, 2.0),
            fit=(Fit.WHOLE, Fit.WHOLE, Fit.WRAP),
        ),
        Heading("事務局"),
    ),
)


def test_libreoffice_keeps_the_outline_the_widths_and_whole_rows(tmp_path: Path) -> None:
    docx = docx_renderer.render(LONG_ROSTER, tmp_path / "roster.docx")
    out = _convert([docx], tmp_path)
    reader = PdfReader(str(out / "roster.pdf"))
    outline = [item.title for item in _flat(reader.outline)]
    assert outline == ["委員", "第一部会", "事務局"]  # the navigation outline
    pages = [normalise(page.extract_text() or "") for page in reader.pages]
    assert len(pages) >= 2
    for n in range(30):  # every line of a row on one page, the name never broken
        holding = {i for i, text in enumerate(pages) if f"R{n:02d}行" in text}
        assert len(holding) == 1 and f"R{n:02d}行4" in pages[holding.pop()], n
        assert sum(f"新井健太郎{n:02d}" in text for text in pages) == 1, n
    assert all("おおにしりょうすけ" in text for text in pages)
    (tmp_path / "odt").mkdir()
    odt = _convert([docx], tmp_path / "odt", to="odt") / "roster.odt"
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode()
    widths = [_points(w) for w in re.findall(r'style:column-width="([^"]+)"', content)]
    setup = columns.page_setup(LONG_ROSTER)
    table = next(block for block in LONG_ROSTER.blocks if isinstance(block, Table))
    expected = columns.widths(table, LONG_ROSTER.body_size, setup.text_width)
    assert widths == pytest.approx(list(expected), abs=0.5)  # the measured widths


def _flat(outline: list[object]) -> list[object]:
    items: list[object] = []
    for item in outline:
        items.extend(_flat(item) if isinstance(item, list) else [item])
    return items


def _points(length: str) -> float:
    value, unit = float(length[:-2]), length[-2:]
    return value * {"in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pt": 1.0}[unit]
