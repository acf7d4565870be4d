"""Reading a roster file (CSV or Excel) into rows of text keyed by field name.

CSV is decoded as UTF-8 (with or without BOM) or CP932 — not ``shift_jis``, which
cannot decode ① and maps the wave dash differently. Japanese and English headers
are accepted; 氏名 may also come as 姓 + 名.

A roster is a file from elsewhere: it is streamed row by row within limits (rows,
characters per cell and in all), an .xlsx is checked as a zip before it is opened,
and every cell loses its control characters. Whatever is wrong is a
:class:`RosterFileError` with a code and the row, never a parser's traceback.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO

from app.japanese.text import clean_field
from app.services import bounded

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
MULTILINE_FIELDS = frozenset({"notes"})  # every other field is one line

# A council's roster has hundreds of rows of a few hundred characters each.
MAX_ROWS = 20_000
MAX_RECORDS = 10 * MAX_ROWS  # blank rows included: an .xlsx may claim a million
MAX_CELL_CHARS = 10_000
MAX_RECORD_CHARS = 500_000  # one row, read before it is split into cells
MAX_TOTAL_CHARS = 20_000_000
MAX_COLUMNS = 200
XLSX_LIMITS = bounded.ZipLimits(
    max_members=10_000,
    max_member_bytes=64 * 1024 * 1024,  # the shared strings are read whole by openpyxl
    max_total_bytes=256 * 1024 * 1024,
    max_ratio=500,  # sheet XML compresses very well; a bomb ~1000 times
)


class RosterFileProblem(StrEnum):
    """Why a file cannot be read as a roster (the texts package words it)."""

    UNSUPPORTED = "unsupported"  # not .csv, .txt or .xlsx
    NOT_TEXT = "not_text"  # neither UTF-8 nor CP932
    NOT_EXCEL = "not_excel"
    BROKEN = "broken"  # CSV the reader cannot split into cells
    EMPTY = "empty"
    NO_HEADERS = "no_headers"
    DUPLICATE_HEADER = "duplicate_header"  # 氏名,氏名: which one is meant?
    CELL_TOO_LONG = "cell_too_long"
    ROW_TOO_LONG = "row_too_long"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_LARGE = "too_large"


class RosterFileError(Exception):
    """The file cannot be read as a roster at all; ``line`` is the row (0: the file)."""

    def __init__(self, problem: RosterFileProblem, detail: str, line: int = 0) -> None:
        self.problem, self.detail, self.line = problem, detail, line
        super().__init__(f"row {line}: {detail}" if line else detail)


@dataclass(frozen=True, slots=True)
class RawRow:
    line: int  # the row number a user sees in Excel (header = 1)
    values: dict[str, str]


@dataclass(frozen=True, slots=True)
class RosterFile:
    encoding: str
    unknown_headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    keys: tuple[str, ...] = ()  # what the header row names, in its order (once each)


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
        raise _not_text() from exc


def _not_text() -> RosterFileError:
    return RosterFileError(
        RosterFileProblem.NOT_TEXT, "the file is neither UTF-8 nor Shift_JIS (CP932) text"
    )


def _normalise_header(header: str) -> str | None:
    return _LOOKUP.get(header.strip().strip("\ufeff").casefold())


HeaderKey = Callable[[str], str | None]  # a header cell → the key of its values (None: skip)


def column_header(cell: str) -> str | None:
    """The header as written (trimmed), for files whose columns the user maps."""
    return cell.strip().strip("\ufeff").strip() or None


def _headers(
    cells: list[str], header_key: HeaderKey = _normalise_header
) -> tuple[list[str | None], tuple[str, ...]]:
    headers = [header_key(cell) for cell in cells]
    if not any(headers):
        raise RosterFileError(
            RosterFileProblem.NO_HEADERS,
            "no known column headers (e.g. 氏名, ふりがな, 所属) in the first row",
        )
    for field in set(headers) - {None}:
        same = [cell.strip() for cell, f in zip(cells, headers, strict=True) if f == field]
        if len(same) > 1:  # the last would silently win
            raise RosterFileError(RosterFileProblem.DUPLICATE_HEADER, " / ".join(same), line=1)
    unknown = tuple(cell for cell, field in zip(cells, headers, strict=True) if not field and cell)
    return headers, unknown


@dataclass(frozen=True, slots=True)
class _Reading:
    """How a kind of file is read: its headers' keys and which fields keep line breaks."""

    header_key: HeaderKey = _normalise_header
    multiline: Callable[[str], bool] = MULTILINE_FIELDS.__contains__
    with_time: bool = False  # an Excel date-time keeps its time (else: the date only)


def _collect(
    records: Iterable[list[str]], encoding: str, reading: _Reading = _Reading()
) -> RosterFile:
    """Rows from the records of a file (header first), within the limits."""
    records = iter(records)
    first = next(records, None)
    if first is None:
        raise RosterFileError(RosterFileProblem.EMPTY, "the file is empty")
    headers, unknown = _headers(first[:MAX_COLUMNS], reading.header_key)
    rows: list[RawRow] = []
    total = 0
    for number, cells in enumerate(records, start=2):
        if number > MAX_RECORDS:
            raise RosterFileError(RosterFileProblem.TOO_MANY_ROWS, f"more than {MAX_RECORDS} rows")
        cells = cells[: len(headers)]
        longest = max(map(len, cells), default=0)
        if longest > MAX_CELL_CHARS:
            raise RosterFileError(
                RosterFileProblem.CELL_TOO_LONG,
                f"a cell of {longest} characters (at most {MAX_CELL_CHARS})",
                line=number,
            )
        total += sum(map(len, cells))
        if total > MAX_TOTAL_CHARS:
            raise RosterFileError(
                RosterFileProblem.TOO_LARGE, f"more than {MAX_TOTAL_CHARS} characters"
            )
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are not rows
        if len(rows) == MAX_ROWS:
            raise RosterFileError(RosterFileProblem.TOO_MANY_ROWS, f"more than {MAX_ROWS} rows")
        values = {
            field: clean_field(cell, multiline=reading.multiline(field)).strip()
            for field, cell in zip(headers, cells, strict=False)
            if field is not None
        }
        rows.append(RawRow(line=number, values=values))
    keys = tuple(dict.fromkeys(key for key in headers if key))
    return RosterFile(encoding=encoding, unknown_headers=unknown, rows=tuple(rows), keys=keys)


def read_roster_file(path: Path) -> RosterFile:
    """Read ``.csv`` or ``.xlsx``; raises :class:`RosterFileError` with a plain reason."""
    return _read(path, _Reading())


def read_columns_file(path: Path) -> RosterFile:
    """Read ``.csv`` or ``.xlsx`` whose values are keyed by the column headers as written
    (for files whose columns the user maps: application forms); every cell may hold
    line breaks, and an Excel date-time keeps its time (``2025-10-01 09:12:33``).
    Raises :class:`RosterFileError` with a plain reason."""
    return _read(path, _Reading(column_header, lambda _header: True, with_time=True))


def _read(path: Path, reading: _Reading) -> RosterFile:
    suffix = path.suffix.casefold()
    if suffix == ".xlsx":
        return _read_xlsx(path, reading)
    if suffix in (".csv", ".txt"):
        return _read_csv(path, reading)
    raise RosterFileError(
        RosterFileProblem.UNSUPPORTED, f"unsupported file type {path.suffix!r}: use .csv or .xlsx"
    )


def _read_csv(path: Path, reading: _Reading) -> RosterFile:
    with path.open("rb") as binary:
        bom = binary.read(3) == b"\xef\xbb\xbf"
        # Streamed: a large file is never whole in memory. CP932 only when UTF-8 fails,
        # which may be far into the file: then it is read again from the start.
        for encoding in ("utf-8-sig",) if bom else ("utf-8", "cp932"):
            binary.seek(0)
            text = io.TextIOWrapper(binary, encoding=encoding, newline="")
            try:
                return _collect(_csv_records(text), encoding, reading)
            except UnicodeDecodeError:
                continue
            finally:
                text.detach()  # the binary file stays open for the next try
    raise _not_text()


class _Lines:
    """The lines of a CSV text, refusing a row (of one line or several) that is longer
    than a row can be before the reader splits it: a line of 45 million empty cells
    would otherwise become a list of 45 million strings."""

    def __init__(self, text: IO[str]) -> None:
        self.text, self.in_record = text, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.text.readline(MAX_RECORD_CHARS + 1)
        if not line:
            raise StopIteration
        self.in_record += len(line)
        if self.in_record > MAX_RECORD_CHARS:
            raise bounded.TooLarge(f"a row of more than {MAX_RECORD_CHARS} characters")
        return line


def _csv_records(text: IO[str]) -> Iterator[list[str]]:
    lines = _Lines(text)
    reader = csv.reader(lines)
    line = 0
    while True:
        line += 1
        lines.in_record = 0
        try:
            record = next(reader)
        except StopIteration:
            return
        except bounded.TooLarge as error:
            raise RosterFileError(RosterFileProblem.ROW_TOO_LONG, error.detail, line) from error
        except csv.Error as error:  # e.g. "field larger than field limit (131072)"
            problem = (
                RosterFileProblem.CELL_TOO_LONG
                if "field limit" in str(error)
                else RosterFileProblem.BROKEN
            )
            raise RosterFileError(problem, str(error), line=line) from error
        yield record


def _cell_text(value: object, with_time: bool = False) -> str:
    from datetime import date, datetime

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ") if with_time else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, reading: _Reading) -> RosterFile:
    from openpyxl import load_workbook  # lazy: not needed to show the window

    try:
        with zipfile.ZipFile(path) as archive:
            bounded.check_zip(archive, XLSX_LIMITS)  # before openpyxl inflates anything
    except bounded.TooLarge as exc:
        raise RosterFileError(RosterFileProblem.TOO_LARGE, exc.detail) from exc
    except (OSError, zipfile.BadZipFile) as exc:
        raise RosterFileError(
            RosterFileProblem.NOT_EXCEL, f"not a readable Excel workbook: {exc}"
        ) from exc
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise RosterFileError(
            RosterFileProblem.NOT_EXCEL, f"not a readable Excel workbook: {exc}"
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        records = (
            [_cell_text(value, reading.with_time) for value in row[:MAX_COLUMNS]]
            for row in sheet.iter_rows(values_only=True)
        )
        return _collect(records, "xlsx", reading)
    except RosterFileError:
        raise
    except Exception as exc:  # damaged XML inside the workbook, found while streaming
        raise RosterFileError(
            RosterFileProblem.NOT_EXCEL, f"not a readable Excel workbook: {exc}"
        ) from exc
    finally:
        workbook.close()
