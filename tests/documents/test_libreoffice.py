"""The DOCX opens in LibreOffice, comes out A4 and is set in IPAex Mincho/Gothic.

LibreOffice finds fonts through fontconfig: a private configuration adds our bundled
font folder (as an installed app would install the fonts), so a fallback font shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from app.documents import docx_renderer
from app.documents.builders import minutes
from app.resources import fonts_dir
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


def test_docx_converts_in_libreoffice_with_the_intended_fonts(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is installed by tools/system-deps.sh --test (make test)"
    document = minutes.build(FIXTURE)
    docx = docx_renderer.render(document, tmp_path / "minutes.docx")
    conf = tmp_path / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=fonts_dir(), cache=tmp_path / "fc-cache"))
    env = {**os.environ, "HOME": str(tmp_path), "FONTCONFIG_FILE": str(conf)}
    result = subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(docx),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "out" / "minutes.pdf"
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    assert all_pages_a4(pdf)
    names = {name.split("+")[-1] for name, embedded in pdf_fonts(pdf) if embedded}
    assert names == {"IPAexMincho", "IPAexGothic"}, pdf_fonts(pdf)
    assert normalise("議事録署名人") in normalise(pdf_text(pdf))
    assert normalise(docx_text(docx))[:40] in normalise(pdf_text(pdf))
