"""視察報告書: purpose, dates, destination, participants, hosts, itinerary, findings,
impressions per participant, outcomes, next steps."""

from __future__ import annotations

from app.documents.inputs import VisitReportInput
from app.documents.model import (
    Block,
    Document,
    Heading,
    ItemList,
    ListItem,
    Paragraph,
    Table,
    Title,
)


def _bullets(lines: tuple[str, ...]) -> ItemList:
    return ItemList(tuple(ListItem("・", line) for line in lines), indent=1.0)


def build(data: VisitReportInput) -> Document:
    title = f"視察報告書({data.title})"
    blocks: list[Block] = [Title(title)]
    facts = [
        ("区分", data.direction_label),
        ("日程", data.dates),
        ("地域", data.region),
        ("訪問先・受入先", "、".join(data.organizations)),
    ]
    for caption, text in facts:
        if text:
            blocks += [Heading(caption), Paragraph(text, indent=1.0)]
    if data.purpose:
        blocks += [Heading("目的"), Paragraph(data.purpose, indent=1.0, first_line=1.0)]
    if data.participants:
        blocks += [Heading(f"参加者({len(data.participants)}名)"), _bullets(data.participants)]
    if data.host_attendees:
        blocks += [Heading("先方出席者(敬称略)"), _bullets(data.host_attendees)]
    if data.itinerary:
        blocks += [
            Heading("行程"),
            Table(("日時", "場所", "内容"), data.itinerary, (3.0, 4.0, 8.0)),
        ]
    if data.findings:
        blocks += [Heading("所見"), Paragraph(data.findings, indent=1.0, first_line=1.0)]
    if data.impressions:
        blocks.append(Heading("参加者の感想"))
        blocks.append(
            ItemList(
                tuple(ListItem("・", f"{text}({who})") for who, text in data.impressions),
                indent=1.0,
            )
        )
    if data.outcomes or data.figures:
        blocks.append(Heading("成果"))
        if data.outcomes:
            blocks.append(Paragraph(data.outcomes, indent=1.0, first_line=1.0))
        if data.figures:
            blocks.append(_bullets(data.figures))
    if data.next_steps:
        blocks += [Heading("今後の取組み"), _bullets(data.next_steps)]
    return Document(
        title=title,
        blocks=tuple(blocks),
        header=data.council_name,
        subject="視察報告書",
        author=data.council_name,
    )
