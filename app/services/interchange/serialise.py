"""Records as the package writes them: plain JSON values, references by uuid, and a hash.

Timestamps are ISO 8601 in UTC with a ``Z``; dates ``YYYY-MM-DD``; times ``HH:MM:SS``;
coded values (enums) as their stored code. Reading checks every value against its
column, so a damaged or hand-edited package is refused before anything is written.
"""

from __future__ import annotations

import enum
import hashlib
import json
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import String, TypeDecorator, select
from sqlalchemy.orm import Session

from app.models import Base
from app.services.interchange.tables import UNHASHED, TableFormat, carried_tables

Row = dict[str, Any]  # one record as JSON values, keys sorted


class Fault(StrEnum):
    """Why a record of a package does not fit (the texts word it, with the field)."""

    MISSING_FIELD = "missing_field"  # a required field is not in the row
    UNKNOWN_FIELD = "unknown_field"  # a field this version does not know
    EMPTY = "empty"  # null where a value is required
    NOT_BOOLEAN = "not_boolean"
    NOT_WHOLE_NUMBER = "not_whole_number"
    NOT_TEXT = "not_text"
    NOT_UTC = "not_utc"  # a time without its Z
    INVALID = "invalid"  # not a date, time, code … of this column
    TOO_LONG = "too_long"
    NOT_UUID = "not_uuid"
    DUPLICATE_UUID = "duplicate_uuid"
    NOT_A_RECORD = "not_a_record"  # a row that is not a JSON object
    BAD_FILE_NAME = "bad_file_name"  # an attachment's stored name not in the app's form
    BAD_SIZE = "bad_size"
    BAD_CHECKSUM = "bad_checksum"


class BadValue(ValueError):
    """A value in the package does not fit its column."""

    def __init__(self, message: str, field: str = "", fault: Fault = Fault.INVALID) -> None:
        super().__init__(message)
        self.field = field
        self.fault = fault


def encode(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"
    if isinstance(value, date | time):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} into a package")


def decode(table: TableFormat, key: str, value: object) -> object:
    """The Python value of ``value`` for the column ``key``; :class:`BadValue` if it cannot be."""
    column = next(c for c in table.columns if c.name == key)
    if value is None:
        if not column.nullable:
            raise BadValue(f"{table.name}.{key} may not be empty", key, Fault.EMPTY)
        return None
    column_type = column.type
    if isinstance(column_type, TypeDecorator):  # UTCDateTime: the stored type tells
        column_type = column_type.impl_instance
    kind = column_type.python_type
    try:
        if kind is bool:
            if not isinstance(value, bool):
                raise BadValue(
                    f"{table.name}.{key}: true or false expected", key, Fault.NOT_BOOLEAN
                )
            return value
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise BadValue(
                    f"{table.name}.{key}: a whole number expected", key, Fault.NOT_WHOLE_NUMBER
                )
            return value
        if not isinstance(value, str):
            raise BadValue(f"{table.name}.{key}: text expected", key, Fault.NOT_TEXT)
        if issubclass(kind, enum.Enum):
            return kind(value)
        if kind is datetime:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise BadValue(f"{table.name}.{key}: a UTC time (…Z) expected", key, Fault.NOT_UTC)
            return parsed.astimezone(UTC)
        if kind is date:
            return date.fromisoformat(value)
        if kind is time:
            return time.fromisoformat(value)
        length = column.type.length if isinstance(column.type, String) else None
        if length is not None and len(value) > length:
            raise BadValue(
                f"{table.name}.{key}: longer than {length} characters", key, Fault.TOO_LONG
            )
        return value
    except ValueError as error:
        if isinstance(error, BadValue):
            raise
        raise BadValue(
            f"{table.name}.{key}: {value!r} is not valid ({error})", key, Fault.INVALID
        ) from error


def row_hash(row: Row) -> str:
    """What the merge compares: the record's content (not when it was last saved)."""
    content = {key: value for key, value in row.items() if key not in UNHASHED}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def local_rows(session: Session) -> dict[str, dict[str, Row]]:
    """Every carried record of this database as package rows: ``{table: {uuid: row}}``."""
    uuids: dict[str, dict[int, str]] = {}
    result: dict[str, dict[str, Row]] = {}
    for table in carried_tables():
        sql_table = Base.metadata.tables[table.name]
        rows: dict[str, Row] = {}
        ids: dict[int, str] = {}
        for record in session.execute(select(sql_table)).mappings():
            row: Row = {column.name: encode(record[column.name]) for column in table.columns}
            for reference in table.references:
                target_id = record[reference.column]
                row[reference.key] = (
                    None if target_id is None else uuids[reference.target][target_id]
                )
            rows[row["uuid"]] = dict(sorted(row.items()))
            ids[record["id"]] = row["uuid"]
        uuids[table.name] = ids
        result[table.name] = rows
    return result
