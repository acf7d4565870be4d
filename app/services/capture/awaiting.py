"""Whether a new remark waits for a response (前回意見への対応): a member's or a guest's
opinion or proposal at a meeting does; the secretariat's own remarks (「事務局」 or one of
its staff), other kinds and a visit's impressions do not."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Member
from app.models.enums import CouncilRole, RemarkKind, ResponseStatus
from app.services.capture.secretariat import SECRETARIAT_NAME


def default_response(
    session: Session, kind: RemarkKind, member_id: int | None, name: str
) -> ResponseStatus:
    """The response state a remark of ``kind`` by this speaker starts in."""
    if kind not in (RemarkKind.OPINION, RemarkKind.PROPOSAL):
        return ResponseStatus.NOT_NEEDED
    if member_id is None:
        secretariat = name.strip() == SECRETARIAT_NAME
    else:
        member = session.get(Member, member_id)
        secretariat = member is not None and member.council_role is CouncilRole.SECRETARIAT
    return ResponseStatus.NOT_NEEDED if secretariat else ResponseStatus.PENDING
