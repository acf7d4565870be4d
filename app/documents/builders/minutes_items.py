"""One agenda item of the minutes, in the body's style (DOCUMENTS.md, 議事録):

- 要点筆記: the explanation, the points, 「→」 results and decisions, 質疑応答 as pairs
  (each question followed by its answers), 委員からの意見, then 決定事項・宿題; the
  chair's procedure (議事進行) is left out;
- 発言順: every remark in the order spoken, with its speaker;
- 簡易: the results, decisions and 宿題 only.
"""

from __future__ import annotations

from app.documents.inputs import (
    ActionLine,
    AgendaSection,
    LabelStyle,
    MinutesOptions,
    MinutesStyle,
    RemarkLine,
    RemarkPart,
)
from app.documents.model import Block, Heading, ItemList, ListItem, Paragraph
from app.japanese.numbering import circled
from app.japanese.wareki import format_date

BULLET = "・"
SPOKEN = "○"  # marks a speaker's turn in 発言順 minutes


def item_label(label: str, number: int, style: LabelStyle) -> str:
    """The agenda label as entered, or renumbered in one style (the same in every document)."""
    if style is LabelStyle.CIRCLED:
        return circled(number)
    if style is LabelStyle.PARENTHESIZED:
        return f"({number})"
    if style is LabelStyle.PLAIN:
        return f"{number} "
    return label


def _without_arrow(line: str) -> str:
    """Decisions are printed after 「→」; one typed with its own arrow keeps only ours."""
    return line.strip().removeprefix("→").removeprefix("->").strip()


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


def _outcome(item: AgendaSection) -> list[Block]:
    decisions = [_without_arrow(line) for line in item.decisions]
    lines = ([item.result] if item.result else []) + [d for d in decisions if d]
    return [ItemList(tuple(ListItem("→", line) for line in lines), indent=1)] if lines else []


def _actions(item: AgendaSection, options: MinutesOptions) -> list[Block]:
    if not item.actions:
        return []
    lines = tuple(ListItem(BULLET, _action_text(a, options)) for a in item.actions)
    return [Paragraph("決定事項・宿題", indent=1, space_after=0.1), ItemList(lines, indent=1)]


def _who(remark: RemarkLine, options: MinutesOptions) -> str:
    """Who speaks in 質疑応答: 「（委員）」; with names shown, the credit itself
    (「三浦 健（三浦委員代理）」) before a space; "" when nobody is known."""
    if options.show_speakers and remark.speaker:
        return f"{remark.speaker}\u3000"
    return f"（{remark.side}）" if remark.side else ""


def _named(remark: RemarkLine, options: MinutesOptions) -> str:
    """The text, after its speaker when names are shown: 「今委員\u3000…」."""
    if options.show_speakers and remark.speaker:
        return f"{remark.speaker}\u3000{remark.text}"
    return remark.text


def _pairs(remarks: tuple[RemarkLine, ...], options: MinutesOptions) -> list[ListItem]:
    """Each question, then the answers that answer it; an answer to no question on its own."""
    answers: dict[int | None, list[RemarkLine]] = {}
    for remark in remarks:
        if remark.part is RemarkPart.ANSWER:
            answers.setdefault(remark.answers, []).append(remark)

    def line(remark: RemarkLine) -> ListItem:
        who = _who(remark, options)
        if who.endswith("\u3000"):  # a name: no hanging label, the name leads the text
            return ListItem("", who + remark.text)
        return ListItem(who, remark.text)

    lines = [line(r) for r in answers.get(None, [])]
    for index, remark in enumerate(remarks):
        if remark.part is RemarkPart.QUESTION:
            lines.append(line(remark))
            lines += [line(a) for a in answers.get(index, [])]
    return lines


def _summary(item: AgendaSection, options: MinutesOptions) -> list[Block]:
    remarks = item.remarks
    blocks: list[Block] = []
    for remark in remarks:
        if remark.part is RemarkPart.EXPLANATION:
            blocks.append(Paragraph(_named(remark, options), indent=1, first_line=1))
    points = [ListItem(BULLET, r.text) for r in remarks if r.part is RemarkPart.POINT]
    if points:  # a list of points needs no heading of ours
        blocks.append(ItemList(tuple(points), indent=1))
    blocks += _outcome(item)
    pairs = _pairs(remarks, options)
    if pairs:
        blocks += [
            Paragraph("質疑応答", indent=1, space_after=0.1),
            ItemList(tuple(pairs), indent=1),
        ]
    opinions = [
        ListItem(BULLET, _named(r, options)) for r in remarks if r.part is RemarkPart.OPINION
    ]
    if opinions:
        blocks += [
            Paragraph("委員からの意見", indent=1, space_after=0.1),
            ItemList(tuple(opinions), indent=1),
        ]
    return blocks + _actions(item, options)


def _verbatim(item: AgendaSection, options: MinutesOptions) -> list[Block]:
    """Every remark in the order spoken: 「○浜田委員長　…」; a point without a speaker as a
    bullet."""
    lines = tuple(
        ListItem(SPOKEN, f"{r.speaker}\u3000{r.text}") if r.speaker else ListItem(BULLET, r.text)
        for r in item.remarks
    )
    blocks: list[Block] = [ItemList(lines, indent=1)] if lines else []
    return blocks + _outcome(item) + _actions(item, options)


def item_blocks(
    item: AgendaSection, number: int, style: MinutesStyle, options: MinutesOptions
) -> list[Block]:
    """The blocks of one agenda item of the minutes."""
    label = item_label(item.label, number, options.labels)
    blocks: list[Block] = [Heading(f"{label}{item.title}", level=2)]
    if style is MinutesStyle.BRIEF:
        return blocks + _outcome(item) + _actions(item, options)
    if item.presenter:
        blocks.append(Paragraph(f"説明: {item.presenter}", indent=1))
    if item.proposal:
        blocks.append(Paragraph(item.proposal, indent=1, first_line=1))
    if style is MinutesStyle.VERBATIM:
        return blocks + _verbatim(item, options)
    return blocks + _summary(item, options)
