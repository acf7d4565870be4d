"""開催通知: a 公用文 通知 (no seasonal greeting) with 記書き of date, place and agenda."""

from __future__ import annotations

from app.documents.builders import letter
from app.documents.builders.common import when
from app.documents.inputs import DateStyle, LetterDocument, NoticeInput
from app.documents.model import Document
from app.japanese.wareki import format_date

BODY = (
    "標記について、下記のとおり開催いたしますので、ご多忙のところ恐縮ですが、"
    "ご出席くださいますようお願い申し上げます。"
)


def _reply(data: NoticeInput, dates: DateStyle) -> str:
    """「なお、出欠については、令和8年2月10日(火)までにメール又はFAXにより…」."""
    if data.reply_by is None:
        return ""
    due = format_date(data.reply_by, western=dates.western, full_width=dates.full_width)
    method = f"{data.reply_method}により" if data.reply_method else ""
    return (
        f"なお、出欠については、{due}までに{method}事務局までご回答くださいますよう"
        "お願いいたします。"
    )


def build(data: NoticeInput, dates: DateStyle | None = None) -> Document:
    dates = dates or DateStyle()
    header = data.header
    reply = _reply(data, dates)
    notation = [("日時", when(header, dates))]
    if header.place:  # an unknown place is left out, never printed as a fact
        notation.append(("場所", header.place))
    notation.append(("議題", "\n".join(data.items) or "(未定)"))
    return letter.build(
        LetterDocument(
            document_number=data.document_number,
            dated_on=data.dated_on,
            addressee=data.addressee,
            sender_lines=data.sender_lines,
            subject=f"{header.title}の開催について(通知)",
            body=(BODY, reply) if reply else (BODY,),
            greeting=False,  # a 通知 has no 時候の挨拶
            notation=tuple(notation),
            contact_lines=data.contact_lines,
            author=header.council_name,
            seal_omitted=data.seal_omitted,
        )
    )
