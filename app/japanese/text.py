"""One text sanitizer for documents and imports, and the 敬称略 helpers.

Text pasted from mail or other programs carries characters that are not allowed in
XML (python-docx raises ``ValueError: All strings must be XML compatible``) or that a
PDF cannot show: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone surrogates
(which cannot even be encoded as UTF-8, so no file and no database can hold them).
They are removed here, in one place, for DOCX and PDF alike; vertical tab and form
feed (Word's manual line and page breaks) become a line break. An import cleans its
cells with the same rules (:func:`clean_field`), a little stricter.
"""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = str.maketrans(
    {"\x0b": "\n", "\x0c": "\n", "\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)
_NOT_XML = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]"  # controls, non-characters, surrogates
)
# What an imported cell loses besides: C1 controls (mojibake), and the bidirectional
# embeddings, overrides and isolates, which reorder how a whole line is shown (a name
# with U+202E reads backwards in every list and document).
_NOT_IN_FIELDS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff\u202a-\u202e\u2066-\u2069]"
)
_ONE_LINE = str.maketrans({"\n": " ", "\t": " "})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs", "Mn", "Me", "Zl", "Zp", "Zs"})


def sanitize(text: str) -> str:
    """Text safe for DOCX and PDF: controls dropped, every line break a plain LF."""
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return _NOT_XML.sub("", text)


def clean_field(text: str, *, multiline: bool = False) -> str:
    """A cell of an imported file as it may be stored: no control characters.

    Controls, non-characters, lone surrogates and bidirectional overrides are removed;
    line breaks become LF, and in a one-line field (a name, an e-mail address) every
    line break and tab becomes a space. Nothing else changes.
    """
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    if not multiline:
        text = text.translate(_ONE_LINE)
    return _NOT_IN_FIELDS.sub("", text)


def has_lone_surrogate(text: str) -> bool:
    """True when ``text`` holds half of a UTF-16 pair: it cannot be written as UTF-8 at all."""
    return _LONE_SURROGATE.search(text) is not None


def character_label(character: str) -> str:
    """How to name a character in a message: itself when it shows, else its code and
    Unicode name (「U+202E RIGHT-TO-LEFT OVERRIDE」), since an invisible one said "as
    itself" is no message at all."""
    if unicodedata.category(character) not in _INVISIBLE_CATEGORIES or character == " ":
        return character
    code = f"U+{ord(character):04X}"
    name = unicodedata.name(character, "")
    return f"{code} {name}" if name else code


def addressee(name: str, *, organization: bool = False, dono: bool = False) -> str:
    """The addressee line of a letter: 御中 for an organization, 様 for a person (殿 only
    where the council uses it); 「委員各位」-style names already carry their honorific."""
    name = name.strip()
    if name.endswith(("各位", "御中", "様", "殿")):
        return name
    if organization:
        return f"{name} 御中"
    return f"{name} {'殿' if dono else '様'}"
