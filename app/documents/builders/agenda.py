"""会議次第: date, place, the 開会 / 議事 / その他 / 閉会 frame with the agenda inside it
(the same labels as the minutes, each presenter on a line of its own), handouts,
前回からの継続事項 and 前回意見への対応."""

from __future__ import annotations

from app.documents.builders.common import date_and_place
from app.documents.inputs import AgendaInput, DateStyle
from app.documents.model import Block, Document, Heading, ItemList, ListItem, Paragraph, Title
from app.japanese.wareki import format_date

OTHER = "その他"


def _frame(data: AgendaInput) -> list[Block]:
    """1 開会, 2 議事 (the items, each presenter under its item), 3 その他 (unless the
    agenda has its own その他), then 閉会."""
    has_other = any(title.strip() == OTHER for _label, title, _presenter in data.items)
    steps = ["開会", "議事"] + ([] if has_other else [OTHER]) + ["閉会"]
    blocks: list[Block] = [Heading("次第")]
    for number, step in enumerate(steps, start=1):
        blocks.append(Paragraph(f"{number} {step}", indent=1, space_after=0.2))
        if step != "議事":
            continue
        for label, title, presenter in data.items:
            blocks.append(ItemList((ListItem(label or "・", title),), indent=2.5))
            if presenter:
                blocks.append(Paragraph(f"説明: {presenter}", indent=4.5, space_after=0.2))
    return blocks


def build(data: AgendaInput, dates: DateStyle | None = None) -> Document:
    dates = dates or DateStyle()
    header = data.header
    blocks: list[Block] = [Title(f"{header.title} 次第"), *date_and_place(header, dates)]
    blocks += _frame(data)
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
