"""The documents of a visit: 視察報告書, 依頼状 and 礼状 (letters take the next outgoing
number and are recorded in the register)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.documents.builders import letter as letter_builder
from app.documents.builders import visit_report as visit_report_builder
from app.documents.inputs import LetterDocument, VisitReportInput
from app.documents.model import Document
from app.japanese.text import addressee
from app.japanese.wareki import format_date
from app.models import ActionItem, Council, Member, Remark, Visit
from app.models.enums import (
    CorrespondenceDirection,
    CouncilRole,
    VisitDirection,
    VisitOrganizationRole,
)
from app.services.correspondence import register
from app.services.documents.request import DocumentRequest
from app.storage.database import Database

REQUEST, THANKS = "request", "thanks"


def _dates(visit: Visit) -> str:
    start = format_date(visit.start_on)
    if visit.end_on and visit.end_on != visit.start_on:
        return f"{start}～{format_date(visit.end_on)}"
    return start


def _person(member: Member | None, name: str, affiliation: str) -> str:
    if member is not None:
        organization = member.organization.name if member.organization else ""
        return f"{member.full_name}({organization})" if organization else member.full_name
    return f"{name}({affiliation})" if affiliation else name


def report_input(db: Database, visit_id: int) -> VisitReportInput:
    with db.session() as session:
        visit = session.get_one(Visit, visit_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        remarks = session.scalars(
            select(Remark).where(Remark.visit_id == visit_id).order_by(Remark.position)
        ).all()
        actions = session.scalars(
            select(ActionItem).where(ActionItem.visit_id == visit_id).order_by(ActionItem.position)
        ).all()
        return VisitReportInput(
            council_name=council.name if council else "",
            title=visit.title,
            direction_label="視察・訪問"
            if visit.direction is VisitDirection.OUTGOING
            else "受入れ",
            dates=_dates(visit),
            region=visit.region,
            organizations=tuple(link.organization.name for link in visit.organizations),
            purpose=visit.purpose,
            participants=tuple(
                _person(p.member, p.name, p.affiliation) for p in visit.participants
            ),
            host_attendees=tuple(
                " ".join(part for part in (h.affiliation, h.title, h.name) if part)
                for h in visit.host_attendees
            ),
            itinerary=tuple(
                (
                    " ".join(p for p in (format_date(i.day) if i.day else "", i.time_text) if p),
                    i.place,
                    i.content,
                )
                for i in visit.itinerary
            ),
            findings=visit.findings,
            impressions=tuple(
                (r.speaker.family_name if r.speaker else r.speaker_name, r.text) for r in remarks
            ),
            outcomes=visit.outcomes,
            figures=tuple(f"{f.label}: {f.value:,}{f.unit}" for f in visit.outcome_figures),
            next_steps=tuple(a.text for a in actions),
        )


def issue_letter(db: Database, visit_id: int, kind: str, dated_on: date) -> LetterDocument:
    """依頼状 (``kind`` "request") or 礼状 ("thanks") to the visit's destination or host."""
    with db.transaction() as session:
        visit = session.get_one(Visit, visit_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).one()
        links = sorted(
            visit.organizations, key=lambda link: link.role is not VisitOrganizationRole.DESTINATION
        )
        target = links[0].organization.name if links else visit.region or "ご担当者"
        label = "依頼" if kind == REQUEST else "お礼"
        subject = f"{visit.title}について({label})"
        registered = register.register(
            session,
            CorrespondenceDirection.OUTGOING,
            register.LetterInput(dated_on, target, subject, visit_id=visit.id),
        )
        chair = session.scalars(
            select(Member).where(
                Member.council_role == CouncilRole.CHAIR, Member.archived_at.is_(None)
            )
        ).first()
        sender = [council.name] + (
            [f"{council.chair_title}\u3000{chair.full_name}"] if chair else []
        )
        dates = _dates(visit)
        body: tuple[str, ...]
        if kind == REQUEST:
            body = (
                # the purpose is a sentence of its own: it goes in the 記, not in this one
                "さて、当会では、下記のとおり貴会を訪問させていただきたく存じます。",
                "つきましては、ご多忙のところ誠に恐縮ですが、ご高配を賜りますよう"
                "お願い申し上げます。",
            )
            notation: tuple[tuple[str, str], ...] = (
                ("日時", dates),
                ("訪問者", f"{len(visit.participants)}名(別紙のとおり)"),
                ("目的", visit.purpose or "視察及び意見交換"),
            )
        else:
            body = (
                f"さて、先般({dates})の{visit.title}に際しましては、ご多忙の中にも"
                "かかわらず格別のご高配を賜り、誠にありがとうございました。",
                "おかげさまで、参加者一同大変有意義な時間を過ごすことができました。"
                "今後ともご指導ご鞭撻を賜りますようお願い申し上げます。",
                "まずは略儀ながら書中をもちましてお礼申し上げます。",
            )
            notation = ()
        contact = [f"担当: {council.secretariat_name}"] if council.secretariat_name else []
        if council.secretariat_phone:
            contact.append(f"電話: {council.secretariat_phone}")
        return LetterDocument(
            document_number=registered.document_number,
            dated_on=dated_on,
            addressee=addressee(target, organization=bool(links), dono=council.uses_dono),
            sender_lines=tuple(sender),
            subject=subject,
            body=body,
            greeting=True,  # 書簡: 拝啓 + 時候の挨拶 … 敬具
            notation=notation,
            contact_lines=tuple(contact),
            author=council.name,
        )


def report(db: Database, request: DocumentRequest) -> Document:
    """視察報告書."""
    return visit_report_builder.build(report_input(db, request.require_visit()))


def request_letter(db: Database, request: DocumentRequest) -> Document:
    """依頼状 to the host: takes the next outgoing number."""
    return letter_builder.build(issue_letter(db, request.require_visit(), REQUEST, request.today))


def thank_you_letter(db: Database, request: DocumentRequest) -> Document:
    """礼状 after the visit: takes the next outgoing number."""
    return letter_builder.build(issue_letter(db, request.require_visit(), THANKS, request.today))
