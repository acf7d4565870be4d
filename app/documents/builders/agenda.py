"""会議次第: date, place, the numbered agenda (the same labels as the minutes), handouts,
前回からの継続事項 and 前回意見への対応."""

from __future__ import annotations

from app.documents.builders.common import date_and_place
from app.documents.inputs import AgendaInput, DateStyle
from app.documents.model import Block, Document, Heading, ItemList, ListItem, Paragraph, Title
from app.japanese.wareki import format_date


def build(data: AgendaInput, dates: DateStyle | None = None) -> Document:
    dates = dates or DateStyle()
    header = data.header
    blocks: list[Block] = [Title(f"{header.title} 次第"), *date_and_place(header, dates)]
    blocks.append(Heading("議題"))
    blocks.append(
        ItemList(
            tuple(
                ListItem(label or "・", f"{title}({presenter})" if presenter else title)
                for label, title, presenter in data.items
            )
            or (ListItem("・", "(未定)"),),
            indent=1,
        )
    )
    if data.materials:
        blocks += [
            Heading("配布資料"),
            ItemList(tuple(ListItem("・", m) for m in data.materials), indent=1),
        ]
    if data.carried:
        lines = []
        for action in data.carried:
            details = [action.owner] if action.owner else []
            if action.due_on is not None:
                details.append(f"期限 {format_date(action.due_on, western=dates.western)}")
            suffix = f"({'・'.join(details)})" if details else ""
            lines.append(ListItem("・", f"{action.text}{suffix}〔{action.meeting_title}〕"))
        blocks += [Heading("前回からの継続事項"), ItemList(tuple(lines), indent=1)]
    if data.pending:
        lines = []
        for remark in data.pending:
            response = f" → {remark.response}" if remark.response else ""
            lines.append(
                ListItem(
                    "・",
                    f"{remark.text}({remark.speaker}委員・{remark.meeting_title})"
                    f" 【{remark.status_label}】{response}",
                )
            )
        blocks += [Heading("前回意見への対応"), ItemList(tuple(lines), indent=1)]
    if not data.carried and not data.pending:
        blocks.append(Paragraph(""))
    return Document(
        title=f"{header.title} 次第",
        blocks=tuple(b for b in blocks if not (isinstance(b, Paragraph) and not b.text)),
        header=header.council_name,
        subject="会議次第",
        author=header.council_name,
    )
