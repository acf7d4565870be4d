"""実施報告 of an event (行事): what was held (日時・場所・主催・テーマ), who came (by role,
applications against attendance, walk-ins, the number of companies), the fees received
by category, the timetable as held and the notes."""

from __future__ import annotations

from app.documents.inputs import EventReportInput, FeeCount
from app.documents.model import (
    Align,
    Block,
    Cell,
    Document,
    Fit,
    Heading,
    ItemList,
    ListItem,
    Paragraph,
    Table,
    Title,
)

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
        sides = (
            f"(発注側{data.buyer_companies}社・受注側{data.supplier_companies}社)"
            if data.buyer_companies or data.supplier_companies
            else ""
        )
        parts.append(f"{data.organizations}企業・団体参加{sides}")
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


def _fees(fees: tuple[FeeCount, ...], counted: FeeCount | None) -> list[Block]:
    if not fees:
        return []
    counted = counted or FeeCount(
        "計",
        None,
        sum(f.people for f in fees),
        sum(f.received for f in fees),
        sum(f.waived for f in fees),
        sum(f.unpaid for f in fees),
        sum(f.collected for f in fees),
    )
    total = ("計", "", *_fee_row(counted)[2:])
    return [
        Heading("参加費"),
        Table(
            ("区分", "金額", "人数", "受領", "免除", "未収", "受領額"),
            (*(_fee_row(fee) for fee in fees), total),
            (2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.4),
            align=(Align.LEFT, *(_RIGHT,) * 6),
            fit=(Fit.WORDS, *(Fit.WHOLE,) * 6),
        ),
    ]


def _timetable(rows: tuple[tuple[str, str, str, str], ...]) -> Table:
    """時間・内容, and 講師等 (the name, its affiliation small above) when anyone speaks."""
    if not any(speaker or affiliation for _, _, speaker, affiliation in rows):
        return Table(
            ("時間", "内容"),
            tuple((time, title) for time, title, _, _ in rows),
            (1.0, 4.0),
            fit=(Fit.WRAP, Fit.WRAP),
        )
    return Table(
        ("時間", "内容", "講師等"),
        tuple(
            (time, title, Cell(speaker, above=affiliation) if speaker else affiliation)
            for time, title, speaker, affiliation in rows
        ),
        (1.0, 3.0, 2.2),
        fit=(Fit.WRAP, Fit.WRAP, Fit.WHOLE),  # the speaker's name, its affiliation above
    )


def build(data: EventReportInput) -> Document:
    title = f"実施報告({data.title})"
    # The title names the event; its kind heads the second line (「交流会 実施報告」)
    # unless the title says it already (「ものづくりDXセミナー」).
    kind = "" if data.kind in data.title else data.kind
    blocks: list[Block] = [Title(f"{data.title}\n{kind} 実施報告".replace("\n ", "\n"))]
    # As the seed's notices print them (「日 時: …」「場 所: …」): one line each, aligned.
    facts = (
        ("日\u3000時：", data.when),
        ("場\u3000所：", data.venue),
        ("主\u3000催：", data.organiser),
        ("テーマ：", data.theme),
    )
    blocks.append(
        ItemList(tuple(ListItem(label, text) for label, text in facts if text), indent=0.0)
    )
    blocks += _people(data)
    blocks += _fees(data.fees, data.fees_total)
    if data.timetable:
        blocks += [Heading("当日のスケジュール"), _timetable(data.timetable)]
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
    """The speakers' names and affiliations, never broken inside."""
    units = dict.fromkeys(part for row in data.timetable for part in row[2:])
    return tuple(unit for unit in units if unit)
