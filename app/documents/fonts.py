"""The embedded Japanese fonts (IPAex Mincho and Gothic) and which characters they lack.

reportlab silently drops a character its font has no glyph for (𠮷 is not in IPAex),
so every document is checked against the fonts' cmaps and the user is told.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from app.documents.pdf_font import CIDTrueTypeFont
from app.japanese.text import character_label, sanitize
from app.resources import GOTHIC_FILE, MINCHO_FILE, fonts_dir

MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"
_INVISIBLE = frozenset("\n\t\u3000 \u00a0\u2060")  # U+2060 joins, never printed


def font_path(name: str) -> Path:
    return fonts_dir() / (MINCHO_FILE if name == MINCHO else GOTHIC_FILE)


@cache
def register() -> None:
    """Register both fonts with reportlab (once per process)."""
    for name in (MINCHO, GOTHIC):
        pdfmetrics.registerFont(CIDTrueTypeFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily(
        MINCHO, normal=MINCHO, bold=GOTHIC, italic=MINCHO, boldItalic=GOTHIC
    )
    pdfmetrics.registerFontFamily(
        GOTHIC, normal=GOTHIC, bold=GOTHIC, italic=GOTHIC, boldItalic=GOTHIC
    )


@cache
def _covered() -> frozenset[int]:
    """The code points both fonts have a glyph for."""
    register()
    mincho, gothic = (pdfmetrics.getFont(name).face.charToGlyph for name in (MINCHO, GOTHIC))
    return frozenset(mincho.keys() & gothic.keys())


def unprintable(text: str) -> list[str]:
    """Characters of ``text`` that neither embedded font can print, in order, once each,
    as a message names them: 𠮷 as itself, an invisible one by code and name
    (「U+202E RIGHT-TO-LEFT OVERRIDE」), which the user can then find and delete."""
    covered = _covered()
    missing: dict[str, None] = {}
    distinct = "".join(dict.fromkeys(text))  # sanitising is character by character
    for character in sanitize(distinct):  # what the renderers remove is not "unprintable"
        if character not in _INVISIBLE and ord(character) not in covered:
            missing[character_label(character)] = None
    return list(missing)
