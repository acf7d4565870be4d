"""Roster export to CSV (UTF-8 with BOM, for Excel) or .xlsx, and the import's rejects file.

Personal contact fields (個人情報) are written only when asked for. Every text cell
that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
prefixed with ``'`` (OWASP CSV injection, CWE-1236).
"""

from __future__ import annotations

import csv
import errno
import io
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.japanese.kana import reading_sort_key
from app.models import Member
from app.models.enums import CouncilRole
from app.services.members.roster_file import HEADER_ALIASES
from app.services.members.roster_import import ImportPreview
from app.storage import atomic
from app.storage.database import Database

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ROLE_LABELS_JA = {
    CouncilRole.CHAIR: "委員長",
    CouncilRole.VICE_CHAIR: "副委員長",
    CouncilRole.MEMBER: "委員",
    CouncilRole.ADVISOR: "顧問",
    CouncilRole.OBSERVER: "オブザーバー",
    CouncilRole.SECRETARIAT: "事務局",
}
BASE_HEADERS = ("氏名", "ふりがな", "所属", "役職", "区分", "任期開始", "任期終了", "備考")
CONTACT_HEADERS = ("メール", "電話", "住所")


def safe_cell(text: str) -> str:
    """Neutralise a value a spreadsheet would evaluate as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def roster_table(
    db: Database, *, with_contact: bool = False, include_archived: bool = False
) -> list[list[str]]:
    """Header plus one row per member in 五十音順, as text."""
    with db.session() as session:
        query = select(Member).options(joinedload(Member.organization))
        if not include_archived:
            query = query.where(Member.archived_at.is_(None))
        people = sorted(session.scalars(query), key=lambda m: reading_sort_key(m.full_reading))
        rows = [list(BASE_HEADERS + (CONTACT_HEADERS if with_contact else ()))]
        for member in people:
            row = [
                member.full_name,
                member.full_reading,
                member.organization.name if member.organization else "",
                member.position_title,
                ROLE_LABELS_JA[member.council_role],
                member.term_start.isoformat() if member.term_start else "",
                member.term_end.isoformat() if member.term_end else "",
                member.notes,
            ]
            if with_contact:
                row += [member.email, member.phone, member.address]
            rows.append(row)
    return rows


def _lxml_write_error(error: Exception, path: Path) -> Exception:
    """lxml (under openpyxl) reports a failed file write as ``SerialisationError:
    IO_ENOSPC``; that is a failed write of ``path``. Any other error stays as it is."""
    name = str(error).removeprefix("IO_")
    if type(error).__name__ != "SerialisationError" or not str(error).startswith("IO_"):
        return error
    code = getattr(errno, name, errno.EIO)
    return atomic.FileNotWritten(code, os.strerror(code), str(path))


def write_table(path: Path, table: list[list[str]]) -> None:
    """Write ``.csv`` (UTF-8 with BOM) or ``.xlsx``, every cell injection-safe.

    The file appears whole or not at all, owner-only (personal data): a failed write
    raises ``atomic.FileNotWritten`` and leaves ``path`` as it was.
    """
    safe = [[safe_cell(cell) for cell in row] for row in table]
    suffix = path.suffix.casefold()
    if suffix not in (".xlsx", ".csv"):
        raise ValueError(f"unsupported file type {path.suffix!r}: use .csv or .xlsx")
    if suffix == ".xlsx":
        from openpyxl import Workbook  # lazy: not needed to show the window

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        for row in safe:
            sheet.append(row)
        for cells in sheet.iter_rows():
            for cell in cells:
                cell.data_type = "s"  # text, never a formula
        # in memory first, then whole: openpyxl leaves its zip archive open when a write
        # fails, and it still writes each sheet to a temporary file of its own
        buffer = io.BytesIO()
        try:
            workbook.save(buffer)
        except Exception as error:
            atomic.release_failed_writer(error)
            if isinstance(error, OSError):
                raise atomic.not_written(error, path) from error
            raise _lxml_write_error(error, path) from error
        atomic.write_bytes(path, buffer.getvalue())
        return
    with atomic.opened(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(safe)


def export_roster(
    db: Database, path: Path, *, with_contact: bool = False, include_archived: bool = False
) -> int:
    """Write the roster; returns the number of members written."""
    table = roster_table(db, with_contact=with_contact, include_archived=include_archived)
    write_table(path, table)
    return len(table) - 1


def write_rejects(preview: ImportPreview, path: Path, describe: dict[str, str]) -> int:
    """The rows that were not imported, with their problems, for fixing and re-importing.

    ``describe`` maps a problem code to the sentence shown to the user.
    """
    fields = sorted({field for row in preview.rows for field in row.values})
    # Japanese headers the importer reads back, so the fixed file can be imported again.
    table = [["行", "エラー", *(HEADER_ALIASES[field][0] for field in fields)]]
    for row in preview.rows:
        if not row.errors:
            continue
        problems = "; ".join(describe.get(e.problem, e.problem) for e in row.errors)
        table.append([str(row.line), problems, *(row.values.get(f, "") for f in fields)])
    write_table(path, table)
    return len(table) - 1
