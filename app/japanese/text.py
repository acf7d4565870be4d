"""One text sanitizer for every document renderer, and the 敬称略 helpers.

Text pasted from mail or other programs carries characters that are not allowed in
XML (python-docx raises ``ValueError: All strings must be XML compatible``) or that a
PDF cannot show: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone surrogates.
They are removed here, in one place, for DOCX and PDF alike; vertical tab and form
feed (Word's manual line and page breaks) become a line break.
"""

from __future__ import annotations

import re

_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\r": "\n", "\u2028": "\n"})
_NOT_XML = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]"  # controls, non-characters, surrogates
)


def sanitize(text: str) -> str:
    """Text safe for DOCX and PDF: controls dropped, every line break a plain LF."""
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return _NOT_XML.sub("", text)


def addressee(name: str, *, organization: bool = False, dono: bool = False) -> str:
    """The addressee line of a letter: 御中 for an organization, 様 for a person (殿 only
    where the council uses it); 「委員各位」-style names already carry their honorific."""
    name = name.strip()
    if name.endswith(("各位", "御中", "様", "殿")):
        return name
    if organization:
        return f"{name} 御中"
    return f"{name} {'殿' if dono else '様'}"
