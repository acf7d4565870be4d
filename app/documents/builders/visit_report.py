"""視察報告書: purpose, dates, destination, participants, hosts, itinerary by day, findings,
impressions per participant, outcomes, next steps. A 受入 (incoming) visit lists the
visiting delegation as 来訪者 and our side as 対応者."""

from __future__ import annotations

from app.documents.inputs import ItineraryDay, VisitReportInput
from app.documents.model import (
    Block,
    Document,
    Fit,
    Heading,
    ItemList,
    ListItem,
    Paragraph,
    Table,
    Title,
)


def _bullets(lines: tuple[str, ...]) -> ItemList:
    return ItemList(tuple(ListItem("・", line) for line in lines), indent=1.0)


def _itinerary(days: tuple[ItineraryDay, ...]) -> list[Block]:
    """行程, one table per day under the day's date (a one-day visit needs no date line)."""
    blocks: list[Block] = [Heading("行程")]
    for day in days:
        if day.day and len(days) > 1:
            blocks.append(Heading(day.day, level=2))
        fit = (Fit.WHOLE, Fit.WORDS, Fit.WRAP)  # a date and time, a place never break inside
        blocks.append(Table(("時間", "場所", "内容"), day.stops, (1.0, 1.0, 6.0), fit=fit))
    return blocks


def build(data: VisitReportInput) -> Document:
    title = f"{'視察受入報告書' if data.incoming else '視察報告書'}({data.title})"
    blocks: list[Block] = [Title(title)]
    facts = [
        ("区分", "受入れ" if data.incoming else "視察・訪問"),
        ("日程", data.dates),
        ("地域", data.region),
        ("受入先" if data.incoming else "訪問先", "、".join(data.organizations)),
    ]
    for caption, text in facts:
        if text:
            blocks += [Heading(caption), Paragraph(text, indent=1.0)]
    if data.purpose:
        blocks += [Heading("目的"), Paragraph(data.purpose, indent=1.0, first_line=1.0)]
    ours = (f"対応者({len(data.participants)}名)", data.participants)
    theirs = (
        f"来訪者({len(data.host_attendees)}名・敬称略)" if data.incoming else "先方出席者(敬称略)",
        data.host_attendees,
    )
    if not data.incoming:
        ours = (f"参加者({len(data.participants)}名)", data.participants)
    # Receiving, the visitors come first: the report is about them.
    for caption, people in (theirs, ours) if data.incoming else (ours, theirs):
        if people:
            blocks += [Heading(caption), _bullets(people)]
    if data.itinerary:
        blocks += _itinerary(data.itinerary)
    if data.findings:
        blocks += [Heading("所見"), Paragraph(data.findings, indent=1.0, first_line=1.0)]
    if data.impressions:
        blocks.append(Heading("対応者の感想" if data.incoming else "参加者の感想"))
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
        units=_people(data),
    )


def _people(data: VisitReportInput) -> tuple[str, ...]:
    """Names and organizations: 「浜田 隆之(株式会社浜田精機)」 gives both parts."""
    units: dict[str, None] = dict.fromkeys(data.organizations)
    for line in (*data.participants, *data.host_attendees):
        name, _, rest = line.partition("(")
        units[name.strip()] = None
        if rest:
            units[rest.rstrip(")").strip()] = None
    units.update(dict.fromkeys(who for who, _ in data.impressions))
    return tuple(u for u in units if u)
