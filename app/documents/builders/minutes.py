"""議事録: the sections in the order councils write them (DOCUMENTS.md)."""

from __future__ import annotations

from app.documents.inputs import (
    ActionLine,
    AgendaSection,
    Attendee,
    LabelStyle,
    MinutesInput,
    MinutesOptions,
)
from app.documents.model import (
    Block,
    Document,
    Heading,
    ItemList,
    ListItem,
    Paragraph,
    SignatureBlock,
)
from app.documents.model import Title as TitleBlock
from app.japanese.numbering import circled
from app.japanese.wareki import format_date, format_date_time_range

SEPARATOR = "、"


def attendee_text(person: Attendee) -> str:
    """「斉藤」, 「今(代理 今 花子)」, 「野口(オンライン)」."""
    if person.proxy:
        return f"{person.name}(代理 {person.proxy})"
    return f"{person.name}({person.note})" if person.note else person.name


def _group(caption: str, people: tuple[Attendee, ...]) -> str:
    return f"{caption}({len(people)}名) " + SEPARATOR.join(attendee_text(p) for p in people)


def _action_text(action: ActionLine, options: MinutesOptions) -> str:
    details = [f"担当: {action.owner}"] if action.owner else []
    if action.due_on is not None:
        due = format_date(
            action.due_on,
            western=options.dates.western,
            full_width=options.dates.full_width,
        )
        details.append(f"期限: {due}")
    return f"{action.text}({'、'.join(details)})" if details else action.text


def _without_arrow(line: str) -> str:
    """Decisions are printed after 「→」; one typed with its own arrow keeps only ours."""
    return line.strip().removeprefix("→").removeprefix("->").strip()


def item_label(label: str, number: int, style: LabelStyle) -> str:
    """The agenda label as entered, or renumbered in one style (the same in every document)."""
    if style is LabelStyle.CIRCLED:
        return circled(number)
    if style is LabelStyle.PARENTHESIZED:
        return f"({number})"
    if style is LabelStyle.PLAIN:
        return f"{number} "
    return label


def _item_blocks(item: AgendaSection, number: int, options: MinutesOptions) -> list[Block]:
    label = item_label(item.label, number, options.labels)
    blocks: list[Block] = [Heading(f"{label}{item.title}", level=2)]
    if item.presenter:
        blocks.append(Paragraph(f"説明: {item.presenter}", indent=1))
    if item.proposal:
        blocks.append(Paragraph(item.proposal, indent=1, first_line=1))
    decisions = [_without_arrow(line) for line in item.decisions]
    outcome = ([item.result] if item.result else []) + [d for d in decisions if d]
    if outcome:
        blocks.append(ItemList(tuple(ListItem("→", line) for line in outcome), indent=1))
    if item.remarks:
        blocks.append(Paragraph("委員からの意見", indent=1, space_after=0.1))
        lines = tuple(
            ListItem("・", f"{r.text}({r.speaker})" if options.show_speakers else r.text)
            for r in item.remarks
        )
        blocks.append(ItemList(lines, indent=1))
    if item.actions:
        blocks.append(Paragraph("決定事項・宿題", indent=1, space_after=0.1))
        blocks.append(
            ItemList(
                tuple(ListItem("・", _action_text(a, options)) for a in item.actions), indent=1
            )
        )
    return blocks


def build(data: MinutesInput, options: MinutesOptions | None = None) -> Document:
    options = options or MinutesOptions()
    dates = options.dates
    when = format_date_time_range(
        data.held_on,
        data.start,
        data.end,
        twelve_hour=dates.twelve_hour,
        full_width=dates.full_width,
        western=dates.western,
    )
    present = [
        _group(caption, people)
        for caption, people in (
            ("委員", data.members),
            ("事務局", data.secretariat),
            ("その他", data.others),
        )
        if people
    ]
    absent = SEPARATOR.join(attendee_text(p) for p in data.absent) or "なし"
    blocks: list[Block] = [
        TitleBlock(f"{data.title} 議事録"),
        Heading("開催日時"),
        Paragraph(when, indent=1),
        Heading("開催場所"),
        Paragraph(data.place or "—", indent=1),
        Heading("出席者(敬称略)"),
        Paragraph("\n".join(present) or "—", indent=1),
        Heading("欠席者(敬称略)"),
        Paragraph(absent, indent=1),
    ]
    if data.materials:
        blocks += [
            Heading("配布資料"),
            ItemList(tuple(ListItem("・", m) for m in data.materials), indent=1),
        ]
    blocks.append(Heading("議題"))
    for number, item in enumerate(data.items, start=1):
        blocks += _item_blocks(item, number, options)
    if data.next_meeting:
        blocks += [Heading("次回開催予定"), Paragraph(data.next_meeting, indent=1)]
    if data.recorder:
        blocks += [Heading("記録者"), Paragraph(data.recorder, indent=1)]
    if options.signature_block and data.signers:
        blocks.append(
            SignatureBlock(
                "上記のとおり相違ないことを確認します。\n議事録署名人", tuple(data.signers)
            )
        )
    return Document(
        title=f"{data.title} 議事録",
        blocks=tuple(blocks),
        header=data.council_name,
        subject="議事録",
        author=data.council_name,
    )
