"""実施報告 of an event (行事): what was held (日時・場所・主催・テーマ), who came (by role,
applications against attendance, walk-ins, the number of companies), the fees received
by category, the timetable as held and the notes."""

from __future__ import annotations

from app.documents.inputs import EventReportInput, FeeCount
from app.documents.model import Align, Block, Document, Fit, Heading, Paragraph, Table, Title

_RIGHT = Align.RIGHT


def _yen(amount: int | None) -> str:
    return "" if amount is None else f"{amount:,}円"


def _people(data: EventReportInput) -> list[Block]:
    attended = "出席" if data.checked_in else "参加"
    parts = [f"申込 {data.applied}名"]
    if data.walk_ins:
        parts.append(f"当日参加 {data.walk_ins}名")
    parts.append(f"{attended} {data.attended}名")
    if data.organizations:
        parts.append(f"{data.organizations}企業・団体参加")
    aside = [f"取消 {data.cancelled}名"] if data.cancelled else []
    if data.left_waiting:
        aside.append(f"キャンセル待ちのまま {data.left_waiting}名")
    summary = "、".join(parts) + (f"(このほか{'、'.join(aside)})" if aside else "") + "。"
    blocks: list[Block] = [Heading("参加状況"), Paragraph(summary, indent=1.0)]
    if data.roles:
        rows = tuple(
            (r.role, f"{r.applied}名", f"{r.walk_ins}名", f"{r.attended}名") for r in data.roles
        )
        total = (
            "計",
            f"{sum(r.applied for r in data.roles)}名",
            f"{data.walk_ins}名",
            f"{data.attended}名",
        )
        blocks.append(
            Table(
                ("区分", "申込", "当日参加", attended),
                (*rows, total),
                (2.0, 1.0, 1.0, 1.0),
                align=(Align.LEFT, _RIGHT, _RIGHT, _RIGHT),
                fit=(Fit.WHOLE, Fit.WHOLE, Fit.WHOLE, Fit.WHOLE),
            )
        )
    if not data.checked_in and data.attended:
        blocks.append(
            Paragraph(
                "※受付の記録がないため、参加は申込(当日参加を含む)の人数です。",
                indent=1.0,
            )
        )
    return blocks


def _fee_row(fee: FeeCount) -> tuple[str, ...]:
    return (
        fee.category,
        _yen(fee.amount),
        f"{fee.people}名",
        f"{fee.received}名",
        f"{fee.waived}名",
        f"{fee.unpaid}名",
        _yen(fee.collected),
    )


def _fees(fees: tuple[FeeCount, ...]) -> list[Block]:
    if not fees:
        return []
    total = (
        "計",
        "",
        f"{sum(f.people for f in fees)}名",
        f"{sum(f.received for f in fees)}名",
        f"{sum(f.waived for f in fees)}名",
        f"{sum(f.unpaid for f in fees)}名",
        _yen(sum(f.collected for f in fees)),
    )
    return [
        Heading("参加費"),
        Table(
            ("区分", "金額", "人数", "受領", "免除", "未収", "受領額"),
            (*(_fee_row(fee) for fee in fees), total),
            (2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.4),
            align=(Align.LEFT, *(_RIGHT,) * 6),
            fit=(Fit.WORDS, *(Fit.WHOLE,) * 6),
        ),
        Paragraph(
            f"参加費の受領額は合計 {_yen(sum(f.collected for f in fees))}です。",
            indent=1.0,
        ),
    ]


def build(data: EventReportInput) -> Document:
    title = f"実施報告({data.title})"
    blocks: list[Block] = [Title(f"{data.title}\n実施報告")]
    facts = [
        ("事業名", f"{data.title}({data.kind})" if data.kind else data.title),
        ("日時", data.when),
        ("場所", data.venue),
        ("主催", data.organiser),
        ("テーマ", data.theme),
    ]
    for caption, text in facts:
        if text:
            blocks += [Heading(caption), Paragraph(text, indent=1.0)]
    blocks += _people(data)
    blocks += _fees(data.fees)
    if data.timetable:
        blocks.append(Heading("当日のスケジュール"))
        blocks.append(
            Table(
                ("時間", "内容", "講師等"),
                data.timetable,
                (1.2, 3.0, 2.4),
                fit=(Fit.WHOLE, Fit.WRAP, Fit.WORDS),
            )
        )
    if data.notes:
        blocks += [Heading("備考"), Paragraph(data.notes, indent=1.0, first_line=1.0)]
    return Document(
        title=title,
        blocks=tuple(blocks),
        header=data.council_name,
        subject="実施報告",
        author=data.council_name,
        units=_units(data),
    )


def _units(data: EventReportInput) -> tuple[str, ...]:
    """The speakers' names and affiliations: 「佐藤 花子(綾瀬工業大学)」 gives both parts."""
    units: dict[str, None] = {}
    for _, _, speaker in data.timetable:
        name, _, rest = speaker.partition("(")
        units[name.strip()] = None
        units[rest.rstrip(")").strip()] = None
    return tuple(unit for unit in units if unit)
