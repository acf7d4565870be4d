"""Roster import: validate every row first, then import in one transaction (or nothing).

Errors are :class:`RowError` records (row number, field, :class:`Problem` code, the
text found); the UI and the CLI turn them into sentences in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.japanese.date_input import parse_date
from app.japanese.kana import is_kana
from app.models import Member, Organization
from app.models.enums import CouncilRole
from app.services import lengths
from app.services.dates import date_problem
from app.services.members.roster_file import RawRow, read_roster_file
from app.services.problems import Problem, RowError
from app.storage.database import Database

_ROLE_WORDS = {
    "委員長": CouncilRole.CHAIR,
    "chair": CouncilRole.CHAIR,
    "副委員長": CouncilRole.VICE_CHAIR,
    "vice chair": CouncilRole.VICE_CHAIR,
    "委員": CouncilRole.MEMBER,
    "member": CouncilRole.MEMBER,
    "": CouncilRole.MEMBER,
    "顧問": CouncilRole.ADVISOR,
    "advisor": CouncilRole.ADVISOR,
    "オブザーバー": CouncilRole.OBSERVER,
    "observer": CouncilRole.OBSERVER,
    "事務局": CouncilRole.SECRETARIAT,
    "secretariat": CouncilRole.SECRETARIAT,
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9()\- ]{6,20}$")
_SPACE = re.compile(r"[ \u3000]+")


@dataclass(frozen=True, slots=True)
class MemberDraft:
    family_name: str
    given_name: str
    family_name_reading: str
    given_name_reading: str
    organization: str
    position_title: str
    council_role: CouncilRole
    email: str
    phone: str
    address: str
    term_start: date | None
    term_end: date | None
    notes: str


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    values: dict[str, str]
    draft: MemberDraft | None  # None when the row has errors
    errors: tuple[RowError, ...]


@dataclass(frozen=True, slots=True)
class ImportPreview:
    source: Path
    encoding: str
    unknown_headers: tuple[str, ...]
    rows: tuple[PreviewRow, ...]

    @property
    def valid_rows(self) -> tuple[PreviewRow, ...]:
        return tuple(row for row in self.rows if row.draft is not None)

    @property
    def errors(self) -> tuple[RowError, ...]:
        return tuple(error for row in self.rows for error in row.errors)


class ImportRefused(Exception):
    """Rows have errors and the caller did not choose to import only the valid ones."""


def _split(text: str) -> tuple[str, str]:
    parts = _SPACE.split(text.strip(), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")


def _identity(family: str, given: str, organization: str) -> str:
    name = unicodedata.normalize("NFKC", family + given + "|" + organization)
    return _SPACE.sub("", name).casefold()


class _RowChecker:
    def __init__(self, raw: RawRow) -> None:
        self.raw = raw
        self.errors: list[RowError] = []

    def fail(self, field: str, problem: Problem) -> None:
        self.errors.append(RowError(self.raw.line, field, problem, self.raw.values.get(field, "")))

    def date(self, field: str) -> date | None:
        text = self.raw.values.get(field, "")
        if not text:
            return None
        if problem := date_problem(text):
            self.fail(field, problem)
            return None
        return parse_date(text)

    def check(self) -> MemberDraft | None:
        values = self.raw.values
        family, given = values.get("family_name", ""), values.get("given_name", "")
        if not family and values.get("name"):
            family, given = _split(values["name"])
        if not family:
            self.fail("name", Problem.MISSING_NAME)
        reading = values.get("reading", "")
        if not reading:
            self.fail("reading", Problem.MISSING_READING)
        elif not is_kana(reading):
            self.fail("reading", Problem.READING_NOT_KANA)
        family_reading, given_reading = _split(unicodedata.normalize("NFKC", reading))
        role = _ROLE_WORDS.get(values.get("council_role", "").strip().casefold())
        if role is None:
            self.fail("council_role", Problem.UNKNOWN_ROLE)
        email = values.get("email", "")
        if email and not EMAIL.match(email):
            self.fail("email", Problem.BAD_EMAIL)
        phone = unicodedata.normalize("NFKC", values.get("phone", ""))
        if phone and not PHONE.match(phone):
            self.fail("phone", Problem.BAD_PHONE)
        term_start, term_end = self.date("term_start"), self.date("term_end")
        if term_start and term_end and term_end < term_start:
            self.fail("term_end", Problem.TERM_ORDER)
        if self.errors or role is None:
            return None
        draft = MemberDraft(
            family_name=family,
            given_name=given,
            family_name_reading=family_reading,
            given_name_reading=given_reading,
            organization=values.get("organization", ""),
            position_title=values.get("position_title", ""),
            council_role=role,
            email=email,
            phone=phone,
            address=values.get("address", ""),
            term_start=term_start,
            term_end=term_end,
            notes=values.get("notes", ""),
        )
        self.lengths(draft)
        return None if self.errors else draft

    def lengths(self, draft: MemberDraft) -> None:
        """Refuse a text longer than its column, under the field the file calls it."""
        name_field = "family_name" if "family_name" in self.raw.values else "name"
        given_field = "given_name" if "given_name" in self.raw.values else "name"
        fields = {
            "family_name": name_field,
            "given_name": given_field,
            "family_name_reading": "reading",
            "given_name_reading": "reading",
        }
        values = {k: getattr(draft, k) for k in lengths.max_lengths(Member) if hasattr(draft, k)}
        failed = set()
        for key in lengths.too_long(Member, values):
            failed.add(fields.get(key, key))
        if lengths.too_long(Organization, {"name": draft.organization}):
            failed.add("organization")
        for field in sorted(failed):
            self.fail(field, Problem.TOO_LONG)


def check_member_values(
    values: dict[str, str], line: int = 0
) -> tuple[MemberDraft | None, tuple[RowError, ...]]:
    """Check one member's fields given as text (an import row or the member dialog)."""
    checker = _RowChecker(RawRow(line=line, values=values))
    draft = checker.check()
    return draft, tuple(checker.errors)


def identity_of(family_name: str, given_name: str, organization: str) -> str:
    """What makes two members "the same person" (name + organization, width-folded)."""
    return _identity(family_name, given_name, organization)


def _existing_identities(db: Database) -> set[str]:
    with db.session() as session:
        members = session.scalars(select(Member).options(joinedload(Member.organization))).all()
        return {
            _identity(m.family_name, m.given_name, m.organization.name if m.organization else "")
            for m in members
        }


def preview_import(db: Database, path: Path) -> ImportPreview:
    """Read and check every row; nothing is written."""
    roster = read_roster_file(path)
    existing = _existing_identities(db)
    seen: set[str] = set()
    rows = []
    for raw in roster.rows:
        checker = _RowChecker(raw)
        draft = checker.check()
        if draft is not None:
            identity = _identity(draft.family_name, draft.given_name, draft.organization)
            if identity in existing:
                checker.fail("name", Problem.DUPLICATE_IN_DATABASE)
                draft = None
            elif identity in seen:
                checker.fail("name", Problem.DUPLICATE_IN_FILE)
                draft = None
            else:
                seen.add(identity)
        rows.append(PreviewRow(raw.line, raw.values, draft, tuple(checker.errors)))
    return ImportPreview(path, roster.encoding, roster.unknown_headers, tuple(rows))


def apply_import(db: Database, preview: ImportPreview, *, skip_invalid: bool = False) -> int:
    """Import the checked rows in one transaction; returns how many members were added.

    Raises :class:`ImportRefused` (writing nothing) while any row has errors,
    unless ``skip_invalid`` is given.
    """
    if preview.errors and not skip_invalid:
        raise ImportRefused(f"{len(preview.errors)} errors in {preview.source.name}")
    with db.transaction() as session:
        organizations = {org.name: org for org in session.scalars(select(Organization))}
        added = 0
        for row in preview.valid_rows:
            draft = row.draft
            assert draft is not None
            organization = None
            if draft.organization:
                organization = organizations.get(draft.organization)
                if organization is None:
                    organization = Organization(name=draft.organization)
                    organizations[draft.organization] = organization
            session.add(
                Member(
                    family_name=draft.family_name,
                    given_name=draft.given_name,
                    family_name_reading=draft.family_name_reading,
                    given_name_reading=draft.given_name_reading,
                    organization=organization,
                    position_title=draft.position_title,
                    council_role=draft.council_role,
                    email=draft.email,
                    phone=draft.phone,
                    address=draft.address,
                    term_start=draft.term_start,
                    term_end=draft.term_end,
                    notes=draft.notes,
                )
            )
            added += 1
    return added
