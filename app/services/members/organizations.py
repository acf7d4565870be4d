"""所属団体: the organizations members belong to and visits go to; archived, never
deleted, once anything refers to them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from app.japanese.kana import is_kana, reading_sort_key
from app.models import Member, Organization
from app.models.enums import OrganizationKind
from app.services import lengths
from app.services.members.listing import (
    delete_or_archive,
    organization_in_records,
)
from app.services.members.roster_import import PHONE
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class OrganizationRow:
    id: int
    name: str
    reading: str
    reading_key: str
    kind: OrganizationKind
    region: str
    phone: str
    member_count: int
    archived: bool
    version: int = 0  # as read: what removing or restoring it checks


@dataclass(frozen=True, slots=True)
class OrganizationForm:
    name: str = ""
    reading: str = ""
    kind: OrganizationKind = OrganizationKind.COMPANY
    region: str = ""
    postal_code: str = ""
    address: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None


def list_organizations(db: Database) -> list[OrganizationRow]:
    counts = (
        select(Member.organization_id, func.count(Member.id))
        .where(Member.archived_at.is_(None))
        .group_by(Member.organization_id)
    )
    with db.session() as session:
        members = {org: count for org, count in session.execute(counts)}
        rows = [
            OrganizationRow(
                id=o.id,
                name=o.name,
                reading=o.reading,
                reading_key=reading_sort_key(o.reading or o.name),
                kind=o.kind,
                region=o.region,
                phone=o.phone,
                member_count=members.get(o.id, 0),
                archived=o.archived_at is not None,
                version=o.version,
            )
            for o in session.scalars(select(Organization))
        ]
    return sorted(rows, key=lambda row: (row.archived, row.reading_key))


def load_form(db: Database, organization_id: int) -> OrganizationForm:
    """The organization as saved now, with the version its save will check."""
    saved = saved_form(db, organization_id)
    if saved is None:
        raise LookupError(f"no organization {organization_id}")
    return saved


def saved_form(db: Database, organization_id: int) -> OrganizationForm | None:
    """The organization as saved now (None: deleted), for both sides of a conflict."""
    with db.session() as session:
        o = session.get(Organization, organization_id)
        if o is None:
            return None
        return OrganizationForm(
            o.name,
            o.reading,
            o.kind,
            o.region,
            o.postal_code,
            o.address,
            o.phone,
            o.notes,
            o.id,
            o.version,
        )


def validate(db: Database, form: OrganizationForm) -> dict[str, Problem]:
    """Problems by field (empty when the form can be saved)."""
    problems: dict[str, Problem] = {}
    name = unicodedata.normalize("NFKC", form.name).strip()
    if not name:
        # Not MISSING_NAME: that one reads "氏名がありません", a person's name.
        problems["name"] = Problem.MISSING
    else:
        with db.session() as session:
            same = session.scalars(
                select(Organization.id).where(Organization.name == form.name.strip())
            ).all()
        if any(other != form.id for other in same):
            problems["name"] = Problem.DUPLICATE_ORGANIZATION
    reading = form.reading.strip()
    if reading and not is_kana(reading):
        problems["reading"] = Problem.READING_NOT_KANA
    if form.phone.strip() and not PHONE.match(unicodedata.normalize("NFKC", form.phone).strip()):
        problems["phone"] = Problem.BAD_PHONE
    texts = {"name": form.name.strip(), "reading": form.reading.strip(), "region": form.region}
    texts |= {"postal_code": form.postal_code, "address": form.address, "phone": form.phone}
    for field, problem in lengths.too_long(Organization, texts).items():
        problems.setdefault(field, problem)
    return problems


def save(db: Database, form: OrganizationForm) -> OrganizationForm:
    """Validate and save; returns the saved form (with id and new version).

    Raises :class:`Invalid` with every problem, or :class:`EditConflict` when the
    organization changed since ``form.version``.
    """
    problems = validate(db, form)
    if problems:
        raise Invalid(problems)
    organization_id = form.id

    def conflict() -> EditConflict:
        assert organization_id is not None
        return EditConflict(Record.ORGANIZATION, saved_form(db, organization_id), form)

    with guarded_write(db, conflict) as session:
        if form.id is None:
            organization = Organization(name=form.name.strip())
            session.add(organization)
        else:
            organization = expect(session.get(Organization, form.id), form.version or 0)
        organization.name = form.name.strip()
        organization.reading = form.reading.strip()
        organization.kind = form.kind
        organization.region = form.region.strip()
        organization.postal_code = form.postal_code.strip()
        organization.address = form.address.strip()
        organization.phone = unicodedata.normalize("NFKC", form.phone).strip()
        organization.notes = form.notes.strip()
        session.flush()
        return replace(form, id=organization.id, version=organization.version)


def _conflict(db: Database, organization_id: int, mine: OrganizationForm | None) -> EditConflict:
    return EditConflict(Record.ORGANIZATION, saved_form(db, organization_id), mine)


def remove_organization(db: Database, organization_id: int, *, version: int) -> bool:
    """Delete an organization that appears in no record; archive one that does
    (``True``). ``version``: as shown (:class:`EditConflict` if changed since)."""
    return delete_or_archive(
        db,
        Organization,
        organization_id,
        organization_in_records,
        version=version,
        conflict=lambda: _conflict(db, organization_id, None),
    )


def restore(db: Database, organization_id: int, *, version: int) -> None:
    """Bring an archived organization back into the lists. ``version``: as shown
    (:class:`EditConflict` if changed since)."""

    def conflict() -> EditConflict:
        theirs = saved_form(db, organization_id)
        return EditConflict(Record.ORGANIZATION, theirs, theirs)  # restoring changes no value

    with guarded_write(db, conflict) as session:
        expect(session.get(Organization, organization_id), version).archived_at = None
