"""実施事業報告, in the layout of seed 001: the council's own activities, then each
organization → each pillar → this year's activities (実施) and next year's (予定),
with the events the council and the organizations held (their counts, from the
records), followed by the year in figures from the records."""

from __future__ import annotations

from app.documents.inputs import ActivityReportInput
from app.documents.model import Block, Document, Heading, ItemList, ListItem, Paragraph, Title

_OTHER = "その他の事業"  # the council's events filed under no pillar


def _year_lines(label: str, texts: tuple[str, ...]) -> list[ListItem]:
    """「平成28年度：…」, and 「：…」 for further items of the same year, as in the seed."""
    return [
        ListItem(f"{label}：" if number == 0 else "：", text) for number, text in enumerate(texts)
    ]


def build(data: ActivityReportInput) -> Document:
    title = f"{data.council_name} {data.year_label} 実施事業報告"
    blocks: list[Block] = [Title(f"{data.council_name}\n{data.year_label} 実施事業報告")]
    if data.pillars:
        quoted = "「" + "」「".join(data.pillars) + "」"
        blocks.append(
            Paragraph(
                f"{data.council_name}は、{quoted}の方向性を踏まえた施策を推進しています。",
                first_line=1.0,
            )
        )
    blocks.append(Heading(f"1 {data.council_name}全体の{data.year_label}実施事業"))
    for activity_title, description in data.council_wide:
        blocks.append(Paragraph(f"●{activity_title}", space_after=0.1))
        if description:
            blocks.append(Paragraph(description, indent=1.0, first_line=1.0))
    for pillar in data.council_events:  # the council's own events held this year
        caption = f"●{_OTHER}" if pillar.caption == _OTHER else f"●「{pillar.caption}」関連"
        blocks.append(Paragraph(caption, space_after=0.1))
        blocks.append(ItemList(tuple(_year_lines(data.year_label, pillar.done)), indent=1.0))
    if not data.council_wide and not data.council_events:
        blocks.append(Paragraph("(記録なし)", indent=1.0))
    blocks.append(
        Heading(f"2 各団体の{data.year_label}実施事業及び{data.next_year_label}実施予定事業")
    )
    for organization in data.organizations:
        blocks.append(Heading(organization.name, level=2))
        for pillar in organization.pillars:
            blocks.append(Paragraph(f"●「{pillar.caption}」関連", indent=0.5, space_after=0.1))
            lines = _year_lines(data.year_label, pillar.done)
            lines += _year_lines(data.next_year_label, pillar.planned)
            blocks.append(ItemList(tuple(lines), indent=1.0))
    if data.summary:
        blocks.append(Heading(f"3 {data.year_label}の活動実績(記録から集計)"))
        blocks.append(ItemList(tuple(ListItem("・", line) for line in data.summary), indent=1.0))
    return Document(
        title=title,
        blocks=tuple(blocks),
        header=data.council_name,
        subject="実施事業報告",
        author=data.council_name,
    )
