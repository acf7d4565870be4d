"""Reading and writing a data package: ``FILE.json``, or ``FILE.zip`` with ``data.json``
and the attached files under ``attachments/``.

Reading validates everything (format name, version, every table, key and value) before
anyone looks at the content; a package that fails is refused with a
:class:`PackageError` that says why, and nothing is written. It is read within limits
(:mod:`app.services.bounded`): the zip directory is checked before anything is
inflated, ``data.json`` is measured before it is parsed, and attached files are
streamed, so a hostile package costs a refusal, not the machine's memory.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from app.services import bounded
from app.services.interchange.filling import Filled, Filler, stamp_of
from app.services.interchange.serialise import BadValue, Fault, Row, decode
from app.services.interchange.tables import carried_tables, table_format
from app.storage import atomic

FORMAT = "jimukyoku-data"
VERSION = 1
DATA_NAME = "data.json"
ATTACHMENT_FOLDER = "attachments/"
STORED_NAME = re.compile(r"^[0-9a-f]{32}(\.[a-z0-9]{1,10})?\Z")  # as attachments.stored_name_for
# \Z, not $: "$" also matches before a final newline, and a name with one is not ours
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_SHA256 = re.compile(r"^[0-9a-f]{64}\Z")

# Real packages are far below these (the sample council is 0.35 MB); parsing real rows
# costs about 4 times their size, so a package at the limit still fits in ~200 MB.
MAX_DATA_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 16  # the format needs 4: document, entities, table, row
MAX_CONTAINERS = 500_000  # rows, tables and the document
MAX_VALUES = 4_000_000
MAX_FILE_BYTES = 1024 * 1024 * 1024  # one attached file
ZIP_LIMITS = bounded.ZipLimits(
    max_members=100_000,
    max_member_bytes=MAX_FILE_BYTES,
    max_total_bytes=8 * MAX_FILE_BYTES,
    max_ratio=200,  # JSON compresses ~10 times, PDFs barely; a bomb ~1000 times
)


class PackageProblem(StrEnum):
    UNREADABLE = "unreadable"  # no such file, not a zip, no data.json in it
    NOT_JSON = "not_json"
    NOT_A_PACKAGE = "not_a_package"  # JSON, but not ours
    NEWER_VERSION = "newer_version"  # written by a newer release
    BAD_CONTENT = "bad_content"  # a table, key or value that does not fit
    OTHER_COUNCIL = "other_council"  # the data of another council (one per database)
    ATTACHMENT_DAMAGED = "attachment_damaged"  # a file does not match its checksum
    CLASH = "clash"  # the database refused the records (e.g. a number used on both sides)
    TOO_LARGE = "too_large"  # over a limit of size, nesting or count (a "bomb")


@dataclass(frozen=True, slots=True)
class Place:
    """The record (and field) of a package that does not fit, for the user to find it."""

    table: str
    uuid: str = ""  # empty when the row has no valid uuid
    label: str = ""  # the record's name or title, when it has one
    field: str = ""
    fault: Fault = Fault.INVALID


class PackageError(Exception):
    """The package cannot be used; ``place`` says which record and field (the texts word
    it); ``detail`` says it in English, for the log."""

    def __init__(
        self, problem: PackageProblem, detail: str = "", place: Place | None = None
    ) -> None:
        self.problem = problem
        self.detail = detail
        self.place = place
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)


@dataclass(frozen=True, slots=True)
class Package:
    """A package read and checked: its header, rows per table, and where the files are."""

    path: Path
    exported_at: str
    council_uuid: str | None
    council_name: str
    since: str | None
    only: tuple[str, ...] | None
    entities: Mapping[str, tuple[Row, ...]]
    baseline: Mapping[str, str]  # uuid → what the sender had exchanged last, if it changed since
    files: frozenset[str] = field(default_factory=frozenset)  # stored names inside the zip
    filled: tuple[Filled, ...] = ()  # what the import put in for what the rows left out

    @property
    def is_zip(self) -> bool:
        return self.path.suffix.lower() == ".zip"

    def copy_file(self, stored_name: str, target: IO[bytes]) -> int:
        """Stream an attached file into ``target``; returns its size in bytes."""
        with zipfile.ZipFile(self.path) as archive:
            try:
                return bounded.copy_member(
                    archive, ATTACHMENT_FOLDER + stored_name, target, MAX_FILE_BYTES
                )
            except bounded.TooLarge as error:
                raise PackageError(PackageProblem.TOO_LARGE, error.detail) from error


def document_text(document: Mapping[str, Any]) -> str:
    """The JSON text of a package: stable, so the same data always gives the same bytes."""
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def write(path: Path, document: Mapping[str, Any], files: Mapping[str, Path] | None = None) -> None:
    """Write atomically and owner-only (``app.storage.atomic``): never a half package.

    A failed write raises ``atomic.FileNotWritten`` and leaves ``path`` as it was.
    """
    text = document_text(document)
    with atomic.replacing(path) as temporary:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(_entry(DATA_NAME), text)
                for stored_name, source in sorted((files or {}).items()):
                    archive.writestr(_entry(ATTACHMENT_FOLDER + stored_name), source.read_bytes())
        else:
            temporary.write_text(text, encoding="utf-8")


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # same data, same bytes
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def read(path: Path) -> Package:
    """Read and check a package; :class:`PackageError` if it cannot be used."""
    files: frozenset[str] = frozenset()
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                raw, files = _read_zip(path, archive)
        else:
            if path.stat().st_size > MAX_DATA_BYTES:  # refused unread
                raise bounded.TooLarge(f"{path.stat().st_size} bytes (at most {MAX_DATA_BYTES})")
            with path.open("rb") as handle:
                raw = bounded.read_limited(handle, MAX_DATA_BYTES, path.name)
        bounded.check_json_shape(
            raw, max_depth=MAX_DEPTH, max_containers=MAX_CONTAINERS, max_values=MAX_VALUES
        )
    except bounded.TooLarge as error:
        raise PackageError(PackageProblem.TOO_LARGE, error.detail) from error
    except (OSError, zipfile.BadZipFile) as error:
        raise PackageError(PackageProblem.UNREADABLE, str(error)) from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        # ValueError besides JSONDecodeError: an integer of more than 4,300 digits
        raise PackageError(PackageProblem.NOT_JSON, str(error)) from error
    return _checked(path, document, files)


def _read_zip(path: Path, archive: zipfile.ZipFile) -> tuple[bytes, frozenset[str]]:
    bounded.check_zip(archive, ZIP_LIMITS)  # before a single byte is inflated
    names = set(archive.namelist())
    if DATA_NAME not in names:
        raise PackageError(PackageProblem.UNREADABLE, f"{DATA_NAME} is not in {path}")
    declared = archive.getinfo(DATA_NAME).file_size
    if declared > MAX_DATA_BYTES:
        raise bounded.TooLarge(f"{DATA_NAME}: {declared} bytes (at most {MAX_DATA_BYTES})")
    raw = bounded.read_member(archive, DATA_NAME, MAX_DATA_BYTES)
    files = frozenset(
        name.removeprefix(ATTACHMENT_FOLDER)
        for name in names
        if name.startswith(ATTACHMENT_FOLDER)
        and STORED_NAME.match(name.removeprefix(ATTACHMENT_FOLDER))
    )
    return raw, files


def _bad(detail: str, place: Place | None = None) -> PackageError:
    return PackageError(PackageProblem.BAD_CONTENT, detail, place)


def _label(row: Mapping[str, Any]) -> str:
    """What a person calls the record: its name, title or text, shortened."""
    if isinstance(row.get("family_name"), str):
        return f"{row['family_name']} {row.get('given_name') or ''}".strip()
    for key in ("name", "title", "subject", "text", "label", "content", "original_name"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:40]
    return ""


def _checked(path: Path, document: object, files: frozenset[str]) -> Package:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackageError(PackageProblem.NOT_A_PACKAGE, f'"format" is not "{FORMAT}"')
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad('"version" is not a positive whole number')
    if version > VERSION:
        raise PackageError(PackageProblem.NEWER_VERSION, f"version {version} > {VERSION}")
    source = document.get("source")
    entities = document.get("entities")
    baseline = document.get("baseline", {})
    if not isinstance(source, dict) or not isinstance(entities, dict):
        raise _bad('"source" and "entities" must be objects')
    if not isinstance(baseline, dict) or not all(
        isinstance(v, str) and _SHA256.match(v) for v in baseline.values()
    ):
        raise _bad('"baseline" must map uuids to hashes')
    unknown = set(entities) - {table.name for table in carried_tables()}
    if unknown:
        raise _bad(f"unknown tables: {', '.join(sorted(unknown))}")
    checked: dict[str, tuple[Row, ...]] = {}
    seen: set[str] = set()
    filler = Filler(stamp_of(document.get("exported_at")))
    for table in carried_tables():
        rows = entities.get(table.name, [])
        if not isinstance(rows, list):
            raise _bad(f"{table.name} must be a list", Place(table.name))
        for row in rows:
            if isinstance(row, dict):
                filler.complete(table, row)
            _check_row(table.name, row, seen)
        checked[table.name] = tuple(rows)
    only = document.get("only")
    return Package(
        path=path,
        exported_at=str(document.get("exported_at", "")),
        council_uuid=source.get("council_uuid") or None,
        council_name=str(source.get("council_name", "")),
        since=document.get("since") or None,
        only=tuple(only) if isinstance(only, list) else None,
        entities=checked,
        baseline={str(k): v for k, v in baseline.items()},
        files=files,
        filled=filler.filled(),
    )


def _check_row(name: str, row: object, seen: set[str]) -> None:
    table = table_format(name)
    if not isinstance(row, dict):
        raise _bad(f"{name}: a row is not an object", Place(name, fault=Fault.NOT_A_RECORD))
    uuid = row.get("uuid")
    label = _label(row)
    if not isinstance(uuid, str) or not _UUID.match(uuid):
        place = Place(name, "", label, "uuid", Fault.NOT_UUID)
        raise _bad(f"{name}: a row has no valid uuid", place)
    if uuid in seen:
        place = Place(name, uuid, label, "uuid", Fault.DUPLICATE_UUID)
        raise _bad(f"{name} {uuid}: the uuid appears twice", place)
    seen.add(uuid)
    if set(row) != table.keys:
        missing, extra = table.keys - set(row), set(row) - table.keys
        field, fault = (
            (min(missing), Fault.MISSING_FIELD) if missing else (min(extra), Fault.UNKNOWN_FIELD)
        )
        raise _bad(
            f"{name} {uuid}: missing {sorted(missing)}, unknown {sorted(extra)}",
            Place(name, uuid, label, field, fault),
        )
    try:
        for column in table.columns:
            decode(table, column.name, row[column.name])
    except BadValue as error:
        raise _bad(
            f"{uuid}: {error}", Place(name, uuid, label, error.field, error.fault)
        ) from error
    for reference in table.references:
        value = row[reference.key]
        if value is None and not reference.nullable:
            place = Place(name, uuid, label, reference.key, Fault.EMPTY)
            raise _bad(f"{name} {uuid}: {reference.key} may not be empty", place)
        if value is not None and not (isinstance(value, str) and _UUID.match(value)):
            place = Place(name, uuid, label, reference.key, Fault.NOT_UUID)
            raise _bad(f"{name} {uuid}: {reference.key} is not a uuid", place)
    if name == "attachment":
        _check_attachment(uuid, row)


def _check_attachment(uuid: str, row: Mapping[str, Any]) -> None:
    """An attachment record names a file: only in the form this app generates, of a
    possible size, with a real checksum, or a merge would record a file that cannot be."""
    label = _label(row)
    if not STORED_NAME.match(row["stored_name"]):
        raise _bad(
            f"attachment {uuid}: stored_name {row['stored_name']!r} is not a generated name",
            Place("attachment", uuid, label, "stored_name", Fault.BAD_FILE_NAME),
        )
    if not 0 <= row["size_bytes"] <= MAX_FILE_BYTES:
        raise _bad(
            f"attachment {uuid}: size_bytes {row['size_bytes']} is not a file size",
            Place("attachment", uuid, label, "size_bytes", Fault.BAD_SIZE),
        )
    if not _SHA256.match(row["sha256"]):
        raise _bad(
            f"attachment {uuid}: sha256 is not a SHA-256 checksum",
            Place("attachment", uuid, label, "sha256", Fault.BAD_CHECKSUM),
        )
