"""開催案内: the flyer of an event in the layout of the councils' own notices (日時・場所・
参加費・テーマ, the スケジュール, 申込方法 and 申込先), ending with a FAX 申込書 to tear
off along a dashed cut line. A typical seminar fits one A4 page."""

from __future__ import annotations

from app.documents.builders.event_common import day, place, when, yen
from app.documents.event_inputs import EventNoticeInput, FeeLine
from app.documents.model import (
    Align,
    Block,
    CutLine,
    Document,
    Fit,
    Form,
    Heading,
    Paragraph,
    Table,
    Title,
)

GREETING = "時下ますますご清栄のこととお喜び申し上げます。"
PRIVACY = "※ご記入いただいた個人情報は、本行事の運営及びご連絡にのみ使用します。"


def _fee(fee: FeeLine) -> str:
    paid = "当日払い" if fee.on_the_day else "事前払い"
    amount = "無料" if fee.amount == 0 else f"{yen(fee.amount)}({paid})"
    return f"{fee.category} {amount}" if fee.category else amount


def _place(data: EventNoticeInput) -> str:
    lines = [place(data.header), data.venue_address, data.venue_access]
    return "\n".join(line for line in lines if line)


def _details(data: EventNoticeInput) -> Form:
    """日時・場所・参加費・テーマ … as a ruled table, captions shaded (the flyer's box)."""
    items = [("日時", when(data.header))]
    if _place(data):
        items.append(("場所", _place(data)))
    if data.fees:
        items.append(("参加費", "、".join(_fee(fee) for fee in data.fees)))
    if data.theme:
        items.append(("テーマ", data.theme))
    if data.capacity is not None:
        items.append(("定員", f"{data.capacity}名(先着順)"))
    if data.deadline is not None:
        items.append(("申込締切", day(data.deadline, data.header.dates)))
    items.append(("申込方法", _how(data)))
    items.append(("申込先", _contact(data)))
    items.append(("主催", data.organiser))
    return Form(tuple(items), (1.0, 6.4), height=0, align=Align.LEFT)


def _schedule(data: EventNoticeInput) -> list[Block]:
    if not data.schedule:
        return []
    rows = tuple(
        (
            line.time_text,
            line.title,
            " ".join(
                p for p in (line.affiliation, f"{line.speaker}氏" if line.speaker else "") if p
            ),
        )
        for line in data.schedule
    )
    table = Table(
        ("時間", "内容", "講師等"),
        rows,
        (1.0, 3.2, 2.6),
        fit=(Fit.WHOLE, Fit.WRAP, Fit.WORDS),
    )
    return [Heading("スケジュール"), table]


def _contact(data: EventNoticeInput) -> str:
    """申込先: 〇〇事務局 担当 田中 TEL … FAX … E-mail …."""
    parts = [data.organiser]
    if data.contact_person:
        parts.append(f"担当 {data.contact_person}")
    line = " ".join(p for p in parts if p)
    numbers = [
        f"{caption} {value}"
        for caption, value in (
            ("TEL", data.contact_phone),
            ("FAX", data.contact_fax),
            ("E-mail", data.contact_email),
        )
        if value
    ]
    return "\n".join(part for part in (line, " ".join(numbers)) if part)


def _how(data: EventNoticeInput) -> str:
    """「下記の申込書により、申込締切までにFAX又は電子メールでお申し込みください。」: only
    the ways the event has (no number is promised that is not set)."""
    by = [
        means
        for means, given in (
            ("FAX", data.contact_fax),
            ("電子メール", data.contact_email),
            ("電話", data.contact_phone),
        )
        if given
    ]
    form = "下記の申込書により、" if data.contact_fax else ""
    due = "申込締切までに" if data.deadline is not None else ""
    if not by:
        return f"{due}申込先までお申し込みください。"
    # 公用文: 「A又はB」, 「A、B又はC」
    means = by[0] if len(by) == 1 else f"{'、'.join(by[:-1])}又は{by[-1]}"
    return f"{form}{due}{means}でお申し込みください。"


def _tear_off(data: EventNoticeInput) -> list[Block]:
    """The 申込書 under the cut line: the FAX number large (when the event has one), the
    addressee, then the ruled form."""
    rows: list[tuple[str, ...]] = [
        ("会社名", ""),
        ("氏名", "", "役職", ""),
        ("電話", "", "E-mail", ""),
    ]
    if data.reception_fee:
        rows.append(("懇親会", "出 ・ 欠"))
    fax: list[Block] = [Title(f"FAX {data.contact_fax}")] if data.contact_fax else []
    return [
        CutLine(),
        *fax,
        Paragraph(f"{data.organiser} 行", space_after=0.2),
        Paragraph(f"「{data.header.title}」参加申込書", align=Align.CENTER, bold=True),
        Form(tuple(rows), (1.2, 3.0, 1.0, 3.0), height=1.5),
        Paragraph(PRIVACY, space_after=0),
    ]


def build(data: EventNoticeInput) -> Document:
    """開催案内 of one event."""
    header = data.header
    body = (
        f"{GREETING}さて、このたび下記のとおり開催いたします。"
        "ご多忙のところ恐縮ですが、多数ご参加くださいますようご案内申し上げます。"
    )
    blocks: list[Block] = [
        Title(f"「{header.title}」開催のご案内"),
        Paragraph(body, first_line=1.0),
        _details(data),
        *_schedule(data),
        *_tear_off(data),
    ]
    return Document(
        title=f"{header.title} 開催案内",
        blocks=tuple(blocks),
        header=header.council_name,
        page_numbers=False,  # a one-page flyer
        body_size=9.0,  # a flyer: the notice and its form on one page
        subject="開催案内",
        author=header.council_name,
        units=tuple(
            dict.fromkeys(
                u
                for line in data.schedule
                for u in (line.speaker, line.affiliation, line.time_text)
                if u
            )
        ),
    )
