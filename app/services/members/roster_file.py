"""Reading a roster file (CSV or Excel) into rows of text keyed by field name.

CSV is decoded as UTF-8 (with or without BOM) or CP932 — not ``shift_jis``, which
cannot decode ① and maps the wave dash differently. Japanese and English headers
are accepted; 氏名 may also come as 姓 + 名.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("氏名", "名前", "name", "full name"),
    "family_name": ("姓", "苗字", "family name", "last name", "surname"),
    "given_name": ("名", "given name", "first name"),
    "reading": ("ふりがな", "よみ", "フリガナ", "読み", "reading", "kana"),
    "organization": ("所属", "所属団体", "organization", "organisation", "company"),
    "position_title": ("役職", "position", "title"),
    "council_role": ("区分", "委員区分", "role"),
    "email": ("メール", "メールアドレス", "email", "e-mail"),
    "phone": ("電話", "電話番号", "phone", "telephone", "tel"),
    "address": ("住所", "address"),
    "term_start": ("任期開始", "term start"),
    "term_end": ("任期終了", "term end"),
    "notes": ("備考", "notes", "note", "remarks"),
}
_LOOKUP = {
    alias.casefold(): field for field, aliases in HEADER_ALIASES.items() for alias in aliases
}


class RosterProblem(StrEnum):
    """Why a file cannot be read as a roster; ``app.texts`` words it (stable values)."""

    NOT_TEXT = "not_text"  # neither UTF-8 nor CP932
    EMPTY = "empty"
    NO_HEADERS = "no_headers"  # no known column header in the first row
    UNSUPPORTED_TYPE = "unsupported_type"  # not .csv, .txt or .xlsx
    NOT_A_WORKBOOK = "not_a_workbook"  # .xlsx that Excel's format reader refuses
    UNREADABLE = "unreadable"  # any other reason (``detail`` has it, for the log)


class RosterFileError(Exception):
    """The file cannot be read as a roster at all (encoding, format, no header).

    The message keeps the technical words (for the log); ``problem`` is what the user is
    told, through ``app.texts``."""

    def __init__(self, detail: str, problem: RosterProblem = RosterProblem.UNREADABLE) -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(detail)


@dataclass(frozen=True, slots=True)
class RawRow:
    line: int  # the row number a user sees in Excel (header = 1)
    values: dict[str, str]


@dataclass(frozen=True, slots=True)
class RosterFile:
    encoding: str
    unknown_headers: tuple[str, ...]
    rows: tuple[RawRow, ...]


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """Text and encoding name of CSV bytes: UTF-8 (BOM or not) first, then CP932."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), "cp932"
    except UnicodeDecodeError as exc:
        raise RosterFileError(
            "the file is neither UTF-8 nor Shift_JIS (CP932) text", RosterProblem.NOT_TEXT
        ) from exc


def _normalise_header(header: str) -> str | None:
    return _LOOKUP.get(header.strip().strip("\ufeff").casefold())


def _rows_from_table(table: list[list[str]], encoding: str) -> RosterFile:
    if not table:
        raise RosterFileError("the file is empty", RosterProblem.EMPTY)
    headers = [_normalise_header(cell) for cell in table[0]]
    if not any(headers):
        raise RosterFileError(
            "no known column headers (e.g. 氏名, ふりがな, 所属) in the first row",
            RosterProblem.NO_HEADERS,
        )
    unknown = tuple(
        cell for cell, field in zip(table[0], headers, strict=True) if not field and cell
    )
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are not rows
        values = {
            field: cell.strip()
            for field, cell in zip(headers, cells, strict=False)
            if field is not None
        }
        rows.append(RawRow(line=number, values=values))
    return RosterFile(encoding=encoding, unknown_headers=unknown, rows=tuple(rows))


def read_roster_file(path: Path) -> RosterFile:
    """Read ``.csv`` or ``.xlsx``; raises :class:`RosterFileError` with a plain reason."""
    suffix = path.suffix.casefold()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        text, encoding = decode_csv_bytes(path.read_bytes())
        table = [list(row) for row in csv.reader(io.StringIO(text, newline=""))]
        return _rows_from_table(table, encoding)
    raise RosterFileError(
        f"unsupported file type {path.suffix!r}: use .csv or .xlsx", RosterProblem.UNSUPPORTED_TYPE
    )


def _cell_text(value: object) -> str:
    from datetime import date, datetime

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> RosterFile:
    from openpyxl import load_workbook  # lazy: not needed to show the window

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise RosterFileError(
            f"not a readable Excel workbook: {exc}", RosterProblem.NOT_A_WORKBOOK
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        table = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _rows_from_table(table, "xlsx")
