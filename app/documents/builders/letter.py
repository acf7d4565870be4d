"""公用文 letters: 依頼状 and 礼状 (書簡: 拝啓 + 時候の挨拶 … 敬具), or a 通知 (no greeting).

Number and date at the top right with one character of space at the edge, the addressee
at the left, the sender at the right, the subject centred, body paragraphs indented one
character, then 記書き and 以上 when there are items, and the contact at the foot.
"""

from __future__ import annotations

from app.documents.inputs import Enclosure, LetterDocument
from app.documents.model import (
    Align,
    Block,
    Document,
    Notation,
    PageBreak,
    Paragraph,
    Table,
    Title,
)
from app.japanese.greetings import CLOSING, opening
from app.japanese.wareki import format_date


def build(letter: LetterDocument) -> Document:
    dated = format_date(letter.dated_on, weekday=False)
    sender = list(letter.sender_lines) + (["(公印省略)"] if letter.seal_omitted else [])
    blocks: list[Block] = [
        Paragraph(f"{letter.document_number}\u3000\n{dated}\u3000", align=Align.RIGHT),
        Paragraph(letter.addressee, space_after=0.8),
        Paragraph("\n".join(sender), align=Align.RIGHT, space_after=1.2),
        Paragraph(letter.subject, align=Align.CENTER, bold=True, space_after=1.0),
    ]
    if letter.greeting:  # 拝啓 starts flush left; the body's paragraphs are indented
        to_organization = "御中" in letter.addressee
        blocks.append(Paragraph(opening(letter.dated_on, to_organization=to_organization)))
    blocks += [Paragraph(text, first_line=1.0) for text in letter.body]
    if letter.greeting:
        blocks.append(Paragraph(CLOSING, align=Align.RIGHT))
    if letter.notation:
        blocks.append(Notation(letter.notation))
    if letter.contact_lines:
        blocks.append(Paragraph("\n".join(letter.contact_lines), indent=18.0))
    if letter.enclosure is not None:
        blocks += _enclosure(letter.enclosure)
    return Document(
        title=letter.subject,
        blocks=tuple(blocks),
        page_numbers=False,
        subject=letter.subject,
        author=letter.author,
    )


def _enclosure(enclosure: Enclosure) -> list[Block]:
    """The 別紙 on a page of its own: 「別紙」 at the top right, its title, its table."""
    return [
        PageBreak(),
        Paragraph("別紙", align=Align.RIGHT),
        Title(enclosure.title),
        Table(enclosure.header, enclosure.rows, enclosure.widths),
    ]
