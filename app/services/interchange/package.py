"""Reading and writing a data package: ``FILE.json``, or ``FILE.zip`` with ``data.json``
and the attached files under ``attachments/``.

Reading validates everything (format name, version, every table, key and value) before
anyone looks at the content; a package that fails is refused with a
:class:`PackageError` that says why, and nothing is written.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.services.interchange.serialise import BadValue, Row, decode
from app.services.interchange.tables import carried_tables, table_format
from app.storage import atomic

FORMAT = "jimukyoku-data"
VERSION = 1
DATA_NAME = "data.json"
ATTACHMENT_FOLDER = "attachments/"
STORED_NAME = re.compile(r"^[0-9a-f]{32}(\.[a-z0-9]{1,10})?$")  # as attachments.stored_name_for
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class PackageProblem(StrEnum):
    UNREADABLE = "unreadable"  # no such file, not a zip, no data.json in it
    NOT_JSON = "not_json"
    NOT_A_PACKAGE = "not_a_package"  # JSON, but not ours
    NEWER_VERSION = "newer_version"  # written by a newer release
    BAD_CONTENT = "bad_content"  # a table, key or value that does not fit
    OTHER_COUNCIL = "other_council"  # the data of another council (one per database)
    ATTACHMENT_DAMAGED = "attachment_damaged"  # a file does not match its checksum
    CLASH = "clash"  # the database refused the records (e.g. a number used on both sides)


class PackageError(Exception):
    """The package cannot be used; ``detail`` says where (in English, for the log)."""

    def __init__(self, problem: PackageProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
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

    @property
    def is_zip(self) -> bool:
        return self.path.suffix.lower() == ".zip"

    def read_file(self, stored_name: str) -> bytes:
        with zipfile.ZipFile(self.path) as archive:
            return archive.read(ATTACHMENT_FOLDER + stored_name)


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
                names = set(archive.namelist())
                if DATA_NAME not in names:
                    raise PackageError(PackageProblem.UNREADABLE, f"{DATA_NAME} is not in {path}")
                raw = archive.read(DATA_NAME)
                files = frozenset(
                    name.removeprefix(ATTACHMENT_FOLDER)
                    for name in names
                    if name.startswith(ATTACHMENT_FOLDER)
                    and STORED_NAME.match(name.removeprefix(ATTACHMENT_FOLDER))
                )
        else:
            raw = path.read_bytes()
    except (OSError, zipfile.BadZipFile) as error:
        raise PackageError(PackageProblem.UNREADABLE, str(error)) from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackageError(PackageProblem.NOT_JSON, str(error)) from error
    return _checked(path, document, files)


def _bad(detail: str) -> PackageError:
    return PackageError(PackageProblem.BAD_CONTENT, detail)


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
    for table in carried_tables():
        rows = entities.get(table.name, [])
        if not isinstance(rows, list):
            raise _bad(f"{table.name} must be a list")
        for row in rows:
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
    )


def _check_row(name: str, row: object, seen: set[str]) -> None:
    table = table_format(name)
    if not isinstance(row, dict):
        raise _bad(f"{name}: a row is not an object")
    uuid = row.get("uuid")
    if not isinstance(uuid, str) or not _UUID.match(uuid):
        raise _bad(f"{name}: a row has no valid uuid")
    if uuid in seen:
        raise _bad(f"{name} {uuid}: the uuid appears twice")
    seen.add(uuid)
    if set(row) != table.keys:
        missing, extra = table.keys - set(row), set(row) - table.keys
        raise _bad(f"{name} {uuid}: missing {sorted(missing)}, unknown {sorted(extra)}")
    try:
        for column in table.columns:
            decode(table, column.name, row[column.name])
    except BadValue as error:
        raise _bad(f"{uuid}: {error}") from error
    for reference in table.references:
        value = row[reference.key]
        if value is None and not reference.nullable:
            raise _bad(f"{name} {uuid}: {reference.key} may not be empty")
        if value is not None and not (isinstance(value, str) and _UUID.match(value)):
            raise _bad(f"{name} {uuid}: {reference.key} is not a uuid")
