"""The participant fields an application file's columns can fill, the headers form
services usually give them (Japanese and English), and the mapping the clerk chose.

A mapping is ``{column header as written: field}``; a column mapped to nothing is
left out. The mapping an event's last import used is remembered on the event
(``Event.import_mapping``, JSON) and offered again for its next file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping

from app.services.events.rows import PERSON_TEXTS

FIELDS = (*PERSON_TEXTS, "fee_category", "joins_reception", "applied_at", "notes")
MULTILINE_FIELDS = frozenset({"notes", "address"})

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("お名前", "氏名", "名前", "参加者氏名", "参加者名", "name", "full name"),
    "reading": ("ふりがな", "フリガナ", "よみ", "よみがな", "読み", "reading", "kana", "furigana"),
    "organization_name": (
        "会社名",
        "所属",
        "団体名",
        "事業所名",
        "勤務先",
        "会社・団体名",
        "organization",
        "organisation",
        "company",
    ),
    "organization_reading": (
        "会社名フリガナ",
        "会社名ふりがな",
        "会社名よみ",
        "会社名カナ",
        "所属フリガナ",
        "所属ふりがな",
        "団体名フリガナ",
        "団体名ふりがな",
        "企業名フリガナ",
        "会社名(フリガナ)",
        "会社名(ふりがな)",
        "所属(フリガナ)",
        "所属(ふりがな)",
        "団体名(フリガナ)",
        "団体名(ふりがな)",
        "フリガナ(会社名)",
        "ふりがな(会社名)",
        "organization reading",
        "organisation reading",
        "company kana",
        "company reading",
    ),
    "title": ("部署・役職", "役職", "部署", "所属部署・役職", "position", "title", "job title"),
    "email": ("メールアドレス", "メール", "e-mail", "email", "mail", "email address"),
    "phone": ("電話番号", "電話", "tel", "phone", "telephone"),
    "postal_code": ("郵便番号", "〒", "postal code", "zip", "zip code"),
    "address": ("住所", "所在地", "address"),
    "fee_category": ("会員区分", "参加区分", "区分", "category", "fee category"),
    "joins_reception": ("懇親会", "懇親会参加", "懇親会への参加", "reception"),
    "applied_at": ("タイムスタンプ", "申込日時", "受付日時", "timestamp", "submitted at"),
    "notes": ("備考", "通信欄", "notes", "note", "remarks"),
}
_BRACKETS = re.compile(r"[(\[（【<＜].*?[)\]）】>＞]")
_NOTES = re.compile(r"[(\[【<＜](.*?)[)\]】>＞]")  # after NFKC: （） are ()
_SPACE = re.compile(r"[\s\u3000]+")


def _whole_key(header: str) -> str:
    """A header without width, case or spaces."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", header)).casefold()


def _key(header: str) -> str:
    """A header without width, case, spaces or a note in brackets (「お名前（必須）」)."""
    return _whole_key(_BRACKETS.sub("", unicodedata.normalize("NFKC", header)))


# 「会社名（フリガナ）」 names the reading, not the company: whole headers are looked up
# first, then without their notes in brackets.
_WHOLE = {_whole_key(alias): field for field, aliases in _ALIASES.items() for alias in aliases}
_LOOKUP = {key: field for key, field in _WHOLE.items() if _key(key) == key}


_READING_WORDS = ("フリガナ", "ふりがな", "カナ", "かな", "よみ", "よみがな", "読み")
_READING_NOTES = frozenset(_whole_key(word) for word in _READING_WORDS)
_READING_OF = {"name": "reading", "organization_name": "organization_reading"}


def field_for_header(header: str) -> str | None:
    """The field a usual header names, or None. A note in brackets that asks for the
    reading makes it the reading's field: 「会社名（フリガナ）（必須）」 is the company's
    reading, 「お名前（カナ）」 the person's; other notes are left out (「（必須）」)."""
    if field := _WHOLE.get(_whole_key(header)):
        return field
    text = unicodedata.normalize("NFKC", header)
    notes = {_whole_key(note) for note in _NOTES.findall(text)}
    field = _LOOKUP.get(_key(header))
    if notes & _READING_NOTES and field in _READING_OF:
        return _READING_OF[field]
    if field == "reading" and any(_LOOKUP.get(note) == "organization_name" for note in notes):
        return "organization_reading"  # 「フリガナ（会社名）（必須）」
    return field


def guess_mapping(headers: Iterable[str], remembered: Mapping[str, str]) -> dict[str, str]:
    """Column → field for ``headers``: the remembered choice where the column was seen
    before, else the usual header's field; each field is filled from one column only."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    headers = list(headers)
    for header in headers:  # the clerk's choices first
        field = remembered.get(header)
        if header in remembered and (field == "" or (field in FIELDS and field not in taken)):
            mapping[header] = field or ""
            taken.add(field or "")
    for header in headers:
        if header in mapping:
            continue
        field = field_for_header(header)
        mapping[header] = field if field and field not in taken else ""
        taken.add(mapping[header])
    return mapping


def parse_mapping(text: str) -> dict[str, str]:
    """A remembered mapping (JSON); anything unreadable counts as none."""
    try:
        value = json.loads(text) if text.strip() else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {
        str(k): str(v)
        for k, v in value.items()
        if isinstance(k, str) and isinstance(v, str) and (v in FIELDS or v == "")
    }


def dump_mapping(mapping: Mapping[str, str]) -> str:
    return json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
