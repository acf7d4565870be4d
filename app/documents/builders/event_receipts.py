"""領収書: two to an A4 page, a dashed line between them to cut along. Each has its
number, the 宛名 with 様, the amount as Japanese receipts print it (¥1,000-), the 但し書き,
the date, the issuer, and a 収入印紙 box when the amount is 5万円 or more (印紙税法:
a receipt of 50,000円 or more bears a revenue stamp)."""

from __future__ import annotations

from app.documents.builders.event_common import day
from app.documents.event_inputs import ReceiptLine, ReceiptsInput
from app.documents.inputs import DateStyle
from app.documents.model import (
    Align,
    Block,
    Document,
    Face,
    LabelGrid,
    LabelLine,
    Paragraph,
    Sheet,
    Title,
)

# A4 halved: 15 mm margins at the sides, 10 mm at the top and bottom; the cut at 148.5 mm
SHEET = Sheet(columns=1, rows=2, width=180.0, height=138.5, top=10.0, left=15.0, padding=10.0)
STAMP_FROM = 50_000  # 円: from here a receipt needs a revenue stamp
STAMP_NOTE = "収入印紙"


def amount_text(amount: int) -> str:
    """¥1,000- (the dash closes the figure: nothing can be added after it)."""
    return f"¥{amount:,}-"


def receipt(line: ReceiptLine, issuer: tuple[str, ...], dates: DateStyle) -> tuple[LabelLine, ...]:
    lines = [
        LabelLine(f"No. {line.number}", 9, align=Align.RIGHT, space_after=0.2),
        LabelLine("領　収　書", 20, Face.GOTHIC, space_after=0.6),
        LabelLine(f"{line.addressee} 様", 14, align=Align.LEFT, underline=True, space_after=0.6),
        LabelLine(amount_text(line.amount), 24, Face.GOTHIC, underline=True, space_after=0.4),
        LabelLine(f"但し {line.purpose}", 11, align=Align.LEFT, space_after=0.2),
        LabelLine(
            f"上記の金額{line.amount:,}円を正に領収いたしました。",
            10.5,
            align=Align.LEFT,
            space_after=0.6,
        ),
        LabelLine(day(line.dated_on, dates, weekday=False), 10.5, align=Align.RIGHT),
    ]
    for number, text in enumerate(issuer):
        size, face = (12.0, Face.GOTHIC) if number == 0 else (9.5, Face.MINCHO)
        lines.append(LabelLine(text, size, face, align=Align.RIGHT, space_after=0.1))
    if line.amount >= STAMP_FROM:
        lines.append(LabelLine(f"【{STAMP_NOTE}】", 9, align=Align.LEFT, space_after=0))
    return tuple(lines)


NONE_PAID = "参加費を受領した参加者がいないため、発行する領収書はありません。"


def build(data: ReceiptsInput) -> Document:
    """The receipts; with none to issue, a page that says so (never a blank page)."""
    blocks: tuple[Block, ...] = (
        (
            LabelGrid(
                SHEET,
                tuple(receipt(line, data.issuer, data.header.dates) for line in data.receipts),
                cut_lines=True,
            ),
        )
        if data.receipts
        else (Title(f"{data.header.title} 領収書"), Paragraph(NONE_PAID))
    )
    return Document(
        title=f"{data.header.title} 領収書",
        blocks=blocks,
        page_numbers=False,
        subject="領収書",
        author=data.header.council_name,
    )
