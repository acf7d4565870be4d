"""The council's own settings: its name and secretariat, the chair's title, how its
minutes are titled and list attendees, and each body's minutes style."""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy import select

from app.models import Body, Council
from app.services.council.rows import BodySetting, CouncilForm
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.storage.database import Database

TITLE_PLACEHOLDERS = frozenset({"{date}", "{council}", "{meeting}"})
WAVE_DASHES = ("～", "〜")  # FULLWIDTH TILDE (the default), WAVE DASH
MAX_LEAD_DAYS = 90  # a notice sent three months ahead is already unusual
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def load_form(db: Database) -> CouncilForm:
    """The settings as saved (an empty form for a database with no council yet)."""
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        bodies = tuple(
            BodySetting(body.id, body.name, body.minutes_style, body.version)
            for body in session.scalars(select(Body).order_by(Body.position, Body.id))
        )
        if council is None:
            return CouncilForm(bodies=bodies)
        return CouncilForm(
            name=council.name,
            short_name=council.short_name,
            secretariat_name=council.secretariat_name,
            secretariat_phone=council.secretariat_phone,
            secretariat_email=council.secretariat_email,
            secretariat_person=council.secretariat_person,
            seal_omitted=council.seal_omitted,
            notice_lead_days=str(council.notice_lead_days),
            chair_title=council.chair_title,
            minutes_title=council.minutes_title,
            attendee_order=council.attendee_order,
            wave_dash=council.wave_dash,
            bodies=bodies,
            id=council.id,
            version=council.version,
        )


def validate(form: CouncilForm) -> dict[str, Problem]:
    problems: dict[str, Problem] = {}
    if not form.name.strip():
        problems["name"] = Problem.MISSING
    if not form.chair_title.strip():
        problems["chair_title"] = Problem.MISSING
    lead = form.notice_lead_days.strip()
    if not lead.isdigit():
        problems["notice_lead_days"] = Problem.NOT_A_NUMBER
    elif int(lead) > MAX_LEAD_DAYS:
        problems["notice_lead_days"] = Problem.NUMBER_TOO_LARGE
    if form.wave_dash not in WAVE_DASHES:
        problems["wave_dash"] = Problem.NOT_CHOSEN
    placeholders = set(_PLACEHOLDER.findall(form.minutes_title))
    if not form.minutes_title.strip():
        problems["minutes_title"] = Problem.MISSING
    elif not placeholders <= TITLE_PLACEHOLDERS:
        problems["minutes_title"] = Problem.UNKNOWN_PLACEHOLDER
    return problems


def save(db: Database, form: CouncilForm) -> CouncilForm:
    """Validate and save, in one transaction; the form as saved (new versions).

    Raises :class:`Invalid` with every problem, or :class:`EditConflict` when the council
    or one of its bodies was changed by someone else since the form was read.
    """
    problems = validate(form)
    if problems:
        raise Invalid(problems)
    with db.transaction() as session:
        if form.id is None:
            council = Council(name=form.name.strip())
            session.add(council)
        else:
            council = session.get_one(Council, form.id)
            if council.version != form.version:
                raise EditConflict(Record.COUNCIL, load_form(db), form)
        council.name = form.name.strip()
        council.short_name = form.short_name.strip()
        council.secretariat_name = form.secretariat_name.strip()
        council.secretariat_phone = form.secretariat_phone.strip()
        council.secretariat_email = form.secretariat_email.strip()
        council.secretariat_person = form.secretariat_person.strip()
        council.seal_omitted = form.seal_omitted
        council.notice_lead_days = int(form.notice_lead_days.strip())
        council.chair_title = form.chair_title.strip()
        council.minutes_title = " ".join(form.minutes_title.split())
        council.attendee_order = form.attendee_order
        council.wave_dash = form.wave_dash
        bodies = []
        for setting in form.bodies:
            body = session.get_one(Body, setting.id)
            if body.version != setting.version:
                raise EditConflict(Record.COUNCIL, load_form(db), form)
            body.minutes_style = setting.minutes_style
            bodies.append(body)
        session.flush()
        return replace(
            form,
            id=council.id,
            version=council.version,
            bodies=tuple(
                replace(setting, version=body.version)
                for setting, body in zip(form.bodies, bodies, strict=True)
            ),
        )


def over(form: CouncilForm, theirs: CouncilForm | None) -> CouncilForm:
    """``form`` saved over ``theirs``: their versions (the council's and each body's)."""
    if theirs is None:
        return form
    versions = {body.id: body.version for body in theirs.bodies}
    return replace(
        form,
        version=theirs.version,
        bodies=tuple(replace(b, version=versions.get(b.id, b.version)) for b in form.bodies),
    )
