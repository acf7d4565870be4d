"""Romaji typed with the input method off, read as hiragana (for searching by reading).

At a reception desk the clerk types a name before remembering to switch the input
method on: ``yamada`` should find やまだ as ``やまだ`` does. Hepburn and Kunrei spellings
are both read (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi), a doubled consonant is っ, ``n``
before a consonant or at the end (and ``nn``, ``n'``) is ん. A consonant still being typed
at the end is left out, so ``yamad`` already finds やまだ. Anything else (digits,
punctuation, a letter that starts no syllable) means the text is not romaji.
"""

from __future__ import annotations

_VOWELS = "aiueo"
_ROWS = {
    "": "あいうえお",
    "k": "かきくけこ",
    "g": "がぎぐげご",
    "s": "さしすせそ",
    "z": "ざじずぜぞ",
    "t": "たちつてと",
    "d": "だぢづでど",
    "n": "なにぬねの",
    "h": "はひふへほ",
    "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ",
    "m": "まみむめも",
    "y": "や\0ゆ\0よ",
    "r": "らりるれろ",
    "w": "わ\0\0\0を",
}
_SMALL_Y = {"a": "ゃ", "u": "ゅ", "o": "ょ", "e": "ぇ"}
_Y_STEMS = {  # the い-kana a small ゃゅょ follows: kya, sha, cha, ja …
    "ky": "き",
    "gy": "ぎ",
    "sy": "し",
    "sh": "し",
    "zy": "じ",
    "j": "じ",
    "jy": "じ",
    "ty": "ち",
    "ch": "ち",
    "cy": "ち",
    "dy": "ぢ",
    "ny": "に",
    "hy": "ひ",
    "by": "び",
    "py": "ぴ",
    "my": "み",
    "ry": "り",
}
_SPECIAL = {"shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ", "she": "しぇ"}


def _syllables() -> dict[str, str]:
    table: dict[str, str] = {}
    for consonant, kana in _ROWS.items():
        for vowel, char in zip(_VOWELS, kana, strict=True):
            if char != "\0":
                table[consonant + vowel] = char
    for stem, kana in _Y_STEMS.items():
        for vowel, small in _SMALL_Y.items():
            table.setdefault(stem + vowel, kana + small)
        table.setdefault(stem + "i", kana)  # shi, chi, ji (and the rare syi)
    table.update(_SPECIAL)
    for vowel, small in zip(_VOWELS, "ぁぃぅぇぉ", strict=True):
        table["f" + vowel] = table.get("f" + vowel, "ふ" + small)
        table["x" + vowel] = table["l" + vowel] = small
    table["fu"] = "ふ"
    table["ji"] = "じ"
    return table


_TABLE = _syllables()
_LONGEST = max(len(key) for key in _TABLE)


def _starts_syllable(source: str, at: int) -> bool:
    """Whether the ``n`` at ``at`` starts な…の or にゃ… (a vowel or y follows)."""
    return at + 1 < len(source) and source[at + 1] in _VOWELS + "y"


def _is_syllabic_n(source: str, at: int) -> bool:
    """Whether the ``n`` at ``at`` is ん: at the end, or before anything but a vowel or y."""
    return not _starts_syllable(source, at)


def romaji_to_hiragana(text: str) -> str | None:
    """The hiragana a romaji text spells (see the module's note), or None if the text is
    not romaji. Spaces are kept; the case is ignored."""
    source = text.casefold()
    out: list[str] = []
    at = 0
    while at < len(source):
        char = source[at]
        if char == " ":
            out.append(" ")
            at += 1
            continue
        if char == "n" and _is_syllabic_n(source, at):
            out.append("ん")
            after = source[at + 1 : at + 2]
            doubled = after == "'" or (after == "n" and not _starts_syllable(source, at + 1))
            at += 2 if doubled else 1
            continue
        if at + 1 < len(source) and char == source[at + 1] and char not in _VOWELS + "n":
            out.append("っ")  # kk, tt, ss …: a doubled consonant
            at += 1
            continue
        if char == "t" and source.startswith("tch", at):
            out.append("っ")
            at += 1
            continue
        for length in range(_LONGEST, 0, -1):
            kana = _TABLE.get(source[at : at + length])
            if kana is not None:
                out.append(kana)
                at += length
                break
        else:
            rest = source[at:]
            if rest.isascii() and rest.isalpha() and len(rest) <= 2:
                break  # a syllable still being typed: left out
            return None
    return "".join(out)
