"""開催通知: a 公用文 通知 (no seasonal greeting) with 記書き of date, place and agenda."""

from __future__ import annotations

from app.documents.builders import letter
from app.documents.builders.common import when
from app.documents.inputs import DateStyle, LetterDocument, NoticeInput
from app.documents.model import Document

BODY = (
    "標記について、下記のとおり開催いたしますので、ご多忙のところ恐縮ですが、"
    "ご出席くださいますようお願い申し上げます。"
)


def build(data: NoticeInput, dates: DateStyle | None = None) -> Document:
    dates = dates or DateStyle()
    header = data.header
    return letter.build(
        LetterDocument(
            document_number=data.document_number,
            dated_on=data.dated_on,
            addressee=data.addressee,
            sender_lines=data.sender_lines,
            subject=f"{header.title}の開催について(通知)",
            body=(BODY,),
            greeting=False,  # a 通知 has no 時候の挨拶
            notation=(
                ("日時", when(header, dates)),
                ("場所", header.place or "—"),
                ("議題", "\n".join(data.items) or "(未定)"),
            ),
            contact_lines=data.contact_lines,
            author=header.council_name,
        )
    )
