"""The sample's running books: the correspondence register (文書収受簿), numbered per
direction and fiscal year, and the activities (活動実績) per organization and year.

Both come last: letters refer to the meetings and visits they concern.
"""

from __future__ import annotations

from collections import defaultdict

from app.demo.records import DemoRecords
from app.demo.staging import NOTICE_SUBJECT_END, fiscal_year_of
from app.models import Activity, Correspondence, Council
from app.models.enums import CorrespondenceDirection


def add_correspondence(records: DemoRecords, council: Council) -> None:
    """Letters in date order; serial numbers run per direction and fiscal year."""
    records.session.flush()  # letters refer to meetings and visits by id
    serials: defaultdict[tuple[CorrespondenceDirection, int], int] = defaultdict(int)
    ordered = sorted(
        records.sample.correspondence, key=lambda spec: (spec.direction, spec.dated_on)
    )
    for spec in ordered:
        fiscal_year = fiscal_year_of(spec.dated_on)
        serials[spec.direction, fiscal_year] += 1
        serial = serials[spec.direction, fiscal_year]
        outgoing = spec.direction is CorrespondenceDirection.OUTGOING
        records.session.add(
            Correspondence(
                direction=spec.direction,
                fiscal_year=fiscal_year,
                serial_number=serial,
                document_number=council.document_number_format.format(
                    short=council.short_name, n=serial
                )
                if outgoing
                else "",
                their_number=spec.their_number,
                dated_on=spec.dated_on,
                counterparty_organization=records.organizations.get(spec.counterparty),
                counterparty_name=spec.counterparty_name,
                subject=spec.subject,
                medium=spec.medium,
                summary=spec.summary,
                reply_needed=spec.reply_needed,
                reply_due=spec.reply_due,
                status=spec.status,
                meeting_id=records.meetings[spec.meeting].id if spec.meeting else None,
                document_kind="notice"
                if spec.meeting and spec.subject.endswith(NOTICE_SUBJECT_END)
                else "",
                visit_id=records.visits[spec.visit].id if spec.visit else None,
            )
        )


def add_activities(records: DemoRecords) -> None:
    """Activities in the sample's order, numbered per organization and fiscal year."""
    positions: defaultdict[tuple[str, int], int] = defaultdict(int)
    for spec in records.sample.activities:
        group = (spec.organization, spec.fiscal_year)
        records.session.add(
            Activity(
                organization=records.organizations[spec.organization]
                if spec.organization
                else None,
                fiscal_year=spec.fiscal_year,
                pillar=records.pillars[spec.pillar],
                state=spec.state,
                title=spec.title,
                description=spec.description,
                position=positions[group],
            )
        )
        positions[group] += 1
