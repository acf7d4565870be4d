"""Adding and editing one member (the member dialog), with the import's validation."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Member, Organization
from app.models.enums import CouncilRole
from app.services.members.roster_export import ROLE_LABELS_JA
from app.services.members.roster_import import check_member_values, identity_of
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class MemberForm:
    """The member dialog's fields as text; ``id``/``version`` are None for a new member."""

    family_name: str = ""
    given_name: str = ""
    reading: str = ""
    organization: str = ""
    position_title: str = ""
    council_role: CouncilRole = CouncilRole.MEMBER
    term_start: str = ""
    term_end: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def load_form(db: Database, member_id: int) -> MemberForm:
    """The member as saved now, with the version the dialog's save will check."""
    saved = saved_form(db, member_id)
    if saved is None:
        raise LookupError(f"no member {member_id}")
    return saved


def saved_form(db: Database, member_id: int) -> MemberForm | None:
    """The member as saved now (None: deleted), for both sides of a conflict."""
    with db.session() as session:
        member = session.get(Member, member_id)
        if member is None:
            return None
        return MemberForm(
            family_name=member.family_name,
            given_name=member.given_name,
            reading=member.full_reading,
            organization=member.organization.name if member.organization else "",
            position_title=member.position_title,
            council_role=member.council_role,
            term_start=_iso(member.term_start),
            term_end=_iso(member.term_end),
            email=member.email,
            phone=member.phone,
            address=member.address,
            notes=member.notes,
            id=member.id,
            version=member.version,
        )


def organization_names(db: Database) -> list[str]:
    with db.session() as session:
        query = select(Organization.name).where(Organization.archived_at.is_(None))
        return sorted(set(session.scalars(query)))


def validate(db: Database, form: MemberForm) -> dict[str, Problem]:
    """Problems by field (empty when the form can be saved); the import's checks."""
    values = {
        "family_name": form.family_name.strip(),
        "given_name": form.given_name.strip(),
        "reading": form.reading.strip(),
        "organization": form.organization.strip(),
        "council_role": ROLE_LABELS_JA[form.council_role],
        "term_start": form.term_start.strip(),
        "term_end": form.term_end.strip(),
        "email": form.email.strip(),
        "phone": form.phone.strip(),
    }
    _draft, errors = check_member_values(values)
    problems: dict[str, Problem] = {}
    for error in errors:
        # The import's "name" (氏名 in one cell) is the family name here; the first
        # problem of a field is the one to fix first.
        problems.setdefault("family_name" if error.field == "name" else error.field, error.problem)
    if problems:
        return problems
    wanted = identity_of(form.family_name, form.given_name, form.organization.strip())
    with db.session() as session:
        for member in session.scalars(select(Member).where(Member.id != (form.id or 0))):
            organization = member.organization.name if member.organization else ""
            if identity_of(member.family_name, member.given_name, organization) == wanted:
                return {"family_name": Problem.DUPLICATE_IN_DATABASE}
    return {}


def _organization(session: Session, name: str) -> Organization | None:
    if not name:
        return None
    found = session.scalars(select(Organization).where(Organization.name == name)).first()
    return found or Organization(name=name)


def save(db: Database, form: MemberForm) -> MemberForm:
    """Validate and save; returns the saved form (with id and new version).

    Raises :class:`Invalid` with every problem, or :class:`EditConflict`
    when the member changed since ``form.version``.
    """
    problems = validate(db, form)
    if problems:
        raise Invalid(problems)
    draft, _ = check_member_values(
        {
            "family_name": form.family_name.strip(),
            "given_name": form.given_name.strip(),
            "reading": form.reading.strip(),
            "term_start": form.term_start.strip(),
            "term_end": form.term_end.strip(),
        }
    )
    assert draft is not None
    member_id = form.id

    def conflict() -> EditConflict:
        assert member_id is not None
        return EditConflict(Record.MEMBER, saved_form(db, member_id), form)

    # One write per save: the organization lookup must not flush a half-edited row.
    with guarded_write(db, conflict) as session, session.no_autoflush:
        if form.id is None:
            member = Member(family_name=draft.family_name, family_name_reading="-")
            session.add(member)
        else:
            member = expect(session.get(Member, form.id), form.version or 0)
        member.family_name = draft.family_name
        member.given_name = draft.given_name
        member.family_name_reading = draft.family_name_reading
        member.given_name_reading = draft.given_name_reading
        member.organization = _organization(session, form.organization.strip())
        member.position_title = form.position_title.strip()
        member.council_role = form.council_role
        member.term_start = draft.term_start
        member.term_end = draft.term_end
        member.email = form.email.strip()
        member.phone = form.phone.strip()
        member.address = form.address.strip()
        member.notes = form.notes.strip()
        session.flush()
        saved_id, saved_version = member.id, member.version
    return replace(form, id=saved_id, version=saved_version)
