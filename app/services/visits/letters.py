"""The letters of a visit: 依頼状 to the organization visited, and 礼状 afterwards. Each is
issued once (the next outgoing number, recorded in the register); the 依頼状 sends the
list of visitors as its 別紙."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.documents.builders import letter as letter_builder
from app.documents.inputs import Enclosure, LetterDocument
from app.documents.model import Document
from app.japanese.honorifics import respectful_you
from app.japanese.text import addressee
from app.models import Council, Visit
from app.models.enums import VisitOrganizationRole
from app.services.correspondence.issuing import contact_lines, issue_once, sender_lines
from app.services.correspondence.register import LetterInput
from app.services.documents.request import DocumentRequest
from app.services.visits.documents import dates_of
from app.storage.database import Database

REQUEST, THANKS = "request-letter", "thank-you-letter"


def _visitors(visit: Visit) -> Enclosure:
    """別紙 訪問者名簿: our participants, in the visit's order."""
    rows = []
    for participant in sorted(visit.participants, key=lambda p: p.position):
        member = participant.member
        if member is not None:
            organization = member.organization.name if member.organization else ""
            rows.append((member.full_name, organization, member.position_title))
        else:
            rows.append((participant.name, participant.affiliation, ""))
    return Enclosure("訪問者名簿", ("氏名", "所属", "役職"), tuple(rows), (3, 5, 3))


def issue_letter(
    db: Database, visit_id: int, kind: str, dated_on: date, *, reissue: bool = False
) -> LetterDocument:
    """依頼状 (``kind`` REQUEST) or 礼状 (THANKS) to the visit's destination or host."""
    with db.transaction() as session:
        visit = session.get_one(Visit, visit_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).one()
        links = sorted(
            visit.organizations, key=lambda link: link.role is not VisitOrganizationRole.DESTINATION
        )
        target = links[0].organization if links else None
        name = target.name if target is not None else visit.region or "ご担当者"
        you = respectful_you(target.kind.value if target is not None else None, name)
        label = "依頼" if kind == REQUEST else "お礼"
        subject = f"{visit.title}について({label})"
        letter = issue_once(
            session, kind, LetterInput(dated_on, name, subject, visit_id=visit.id), reissue=reissue
        )
        dates = dates_of(visit)
        enclosure = None
        notation: tuple[tuple[str, str], ...] = ()
        if kind == REQUEST:
            body: tuple[str, ...] = (
                # the purpose is a sentence of its own: it goes in the 記, not in this one
                f"さて、当会では、下記のとおり{you}を訪問させていただきたく存じます。",
                "つきましては、ご多忙のところ誠に恐縮ですが、ご高配を賜りますよう"
                "お願い申し上げます。",
            )
            count = len(visit.participants)
            notation = (
                ("日時", dates),
                ("訪問者", f"{count}名(別紙のとおり)" if count else "(調整中)"),
                ("目的", visit.purpose or "視察及び意見交換"),
            )
            enclosure = _visitors(visit) if count else None  # 別紙のとおり only with the 別紙
        else:
            body = (
                f"さて、先般({dates})の{visit.title}に際しましては、ご多忙の中にも"
                "かかわらず格別のご高配を賜り、誠にありがとうございました。",
                "おかげさまで、参加者一同大変有意義な時間を過ごすことができました。"
                "今後ともご指導ご鞭撻を賜りますようお願い申し上げます。",
                "まずは略儀ながら書中をもちましてお礼申し上げます。",
            )
        return LetterDocument(
            document_number=letter.document_number,
            dated_on=letter.dated_on,
            addressee=addressee(name, organization=target is not None, dono=council.uses_dono),
            sender_lines=sender_lines(session, council),
            subject=subject,
            body=body,
            greeting=True,  # 書簡: 拝啓 + 時候の挨拶 … 敬具
            notation=notation,
            contact_lines=contact_lines(council),
            author=council.name,
            seal_omitted=council.seal_omitted,
            enclosure=enclosure,
        )


def request_letter(db: Database, request: DocumentRequest) -> Document:
    """依頼状 to the organization visited, with the visitors as its 別紙."""
    visit_id = request.require_visit()
    dated_on = request.dated_on or request.today
    letter = issue_letter(db, visit_id, REQUEST, dated_on, reissue=request.reissue)
    return letter_builder.build(letter)


def thank_you_letter(db: Database, request: DocumentRequest) -> Document:
    """礼状 after the visit."""
    visit_id = request.require_visit()
    dated_on = request.dated_on or request.today
    letter = issue_letter(db, visit_id, THANKS, dated_on, reissue=request.reissue)
    return letter_builder.build(letter)
