"""開催通知: a 公用文 letter. Number and date at the top right, the addressee at the left,
the sender at the right, the subject centred 「…の開催について(通知)」, a body indented one
character with no seasonal greeting (a 通知 has none), then 記書き and 以上."""

from __future__ import annotations

from app.documents.builders.common import when
from app.documents.inputs import DateStyle, NoticeInput
from app.documents.model import Align, Document, Notation, Paragraph
from app.japanese.wareki import format_date

BODY = (
    "標記について、下記のとおり開催いたしますので、ご多忙のところ恐縮ですが、"
    "ご出席くださいますようお願い申し上げます。"
)


def build(data: NoticeInput, dates: DateStyle | None = None) -> Document:
    dates = dates or DateStyle()
    header = data.header
    subject = f"{header.title}の開催について(通知)"
    dated = format_date(data.dated_on, weekday=False, western=dates.western)
    agenda = "\n".join(data.items) or "(未定)"
    return Document(
        title=subject,
        blocks=(
            # one character of space at the right edge, as 公用文 letters keep it
            Paragraph(f"{data.document_number}\u3000\n{dated}\u3000", align=Align.RIGHT),
            Paragraph(data.addressee, space_after=0.8),
            Paragraph("\n".join(data.sender_lines), align=Align.RIGHT, space_after=1.2),
            Paragraph(subject, align=Align.CENTER, bold=True, space_after=1.0),
            Paragraph(BODY, first_line=1.0),
            Notation(
                (("日時", when(header, dates)), ("場所", header.place or "—"), ("議題", agenda))
            ),
            Paragraph("\n".join(data.contact_lines), indent=18.0),
        ),
        page_numbers=False,
        subject="開催通知",
        author=header.council_name,
    )
