"""受付名簿 and 参加者一覧 of an event. Contact columns (personal information) only when
chosen, as in the roster."""

from __future__ import annotations

from app.documents.builders.event_common import place, when, yen
from app.documents.event_inputs import ParticipantLine, ParticipantListInput
from app.documents.model import (
    Align,
    Block,
    Cell,
    CellText,
    Document,
    Fit,
    Heading,
    Paragraph,
    Table,
    Title,
)
from app.japanese.kana import reading_sort_key
from app.japanese.organisations import proper_name

_NAME = Cell("氏名", "ふりがな")
_BOX = "□"


def _name(line: ParticipantLine) -> Cell:
    return Cell(line.name, line.reading)


def _organization(line: ParticipantLine) -> str:
    return "\n".join(part for part in (line.organization, line.title) if part)


def _fee(line: ParticipantLine) -> str:
    """What the door collects: 「1,000円」, 「1,000円 受領済」, 「免除」."""
    if line.waived:
        return "免除"
    if line.fee is None:
        return ""
    if line.fee == 0:
        return "無料"
    return f"{yen(line.fee)} 受領済" if line.paid else yen(line.fee)


def _contact(data: ParticipantListInput, line: ParticipantLine) -> tuple[str, ...]:
    return (line.email, line.phone) if data.with_contact else ()


def _contact_columns(
    data: ParticipantListInput,
) -> tuple[tuple[str, ...], tuple[float, ...], tuple[Fit, ...]]:
    if not data.with_contact:
        return (), (), ()
    return ("メール", "電話"), (3.6, 2.6), (Fit.WHOLE, Fit.WHOLE)


def _units(data: ParticipantListInput) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            text
            for line in data.participants
            for text in (line.name, line.reading, line.organization)
            if text
        )
    ) + tuple(text for text in (data.header.venue_name, data.header.venue_room) if text)


def _by_reading(lines: list[ParticipantLine]) -> list[ParticipantLine]:
    return sorted(lines, key=lambda p: (reading_sort_key(p.reading or p.name), p.number or 0))


def _reception_table(data: ParticipantListInput, lines: list[ParticipantLine]) -> Table:
    header: tuple[CellText, ...] = ("番号", "所属", _NAME, "区分", "参加費", "受付", "領収")
    widths: tuple[float, ...] = (1.0, 4.0, 3.0, 1.6, 2.2, 1.0, 1.0)
    fit: tuple[Fit, ...] = (Fit.WHOLE, Fit.WRAP, Fit.WHOLE, Fit.WHOLE, Fit.WHOLE, Fit.WHOLE)
    more, more_widths, more_fit = _contact_columns(data)
    align = (Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.CENTER)
    rows: tuple[tuple[CellText, ...], ...] = tuple(
        (
            str(line.number or ""),
            _organization(line),
            _name(line),
            line.category or line.role,
            _fee(line),
            _BOX,
            _BOX if line.fee and not line.waived else "",
            *_contact(data, line),
        )
        for line in lines
    )
    return Table(
        (*header, *more),
        rows,
        (*widths, *more_widths),
        align=(*align, Align.CENTER),
        fit=(*fit, Fit.WHOLE, *more_fit),
    )


def _waiting_table(data: ParticipantListInput, lines: list[ParticipantLine]) -> Table:
    more, more_widths, more_fit = _contact_columns(data)
    rows: tuple[tuple[CellText, ...], ...] = tuple(
        (
            str(line.waitlist_number or ""),
            _organization(line),
            _name(line),
            line.category,
            *_contact(data, line),
        )
        for line in lines
    )
    return Table(
        ("順位", "所属", _NAME, "区分", *more),
        rows,
        (1.0, 4.0, 3.0, 1.6, *more_widths),
        align=(Align.RIGHT,),
        fit=(Fit.WHOLE, Fit.WRAP, Fit.WHOLE, Fit.WHOLE, *more_fit),
    )


def _heading(data: ParticipantListInput, kind: str) -> list[Block]:
    header = data.header
    where = place(header)
    return [
        Title(f"{header.title} {kind}"),
        Paragraph("\n".join(line for line in (when(header), where) if line), align=Align.RIGHT),
    ]


_ORDER = {False: "氏名の五十音順", True: "所属の五十音順"}


def _by_organization(lines: list[ParticipantLine]) -> list[ParticipantLine]:
    """By the reading of the organisation, then of the name; organisations of no known
    reading (typed, on the roster, or the name in kana) come after, by their name as
    written without its legal form, then people of none."""

    def key(p: ParticipantLine) -> tuple[int, str, str, int]:
        place = 0 if p.organization_reading else (1 if p.organization else 2)
        organization = reading_sort_key(p.organization_reading) or proper_name(p.organization)
        return place, organization, reading_sort_key(p.reading or p.name), p.number or 0

    return sorted(lines, key=key)


def reception(data: ParticipantListInput, *, by_organization: bool = False) -> Document:
    """受付名簿: those with a place, by the reading of their name (how the door finds a
    person who gives a name) or of their organisation (a door that asks the company);
    the waitlist apart after them, in its order, without check boxes (they have no
    place unless one frees up)."""
    seated = [p for p in data.participants if p.attending]
    attending = _by_organization(seated) if by_organization else _by_reading(seated)
    waiting = sorted(
        (p for p in data.participants if p.waitlist_number is not None and not p.attending),
        key=lambda p: p.waitlist_number or 0,
    )
    blocks: list[Block] = [
        *_heading(data, "受付名簿"),
        _reception_table(data, attending),
        Paragraph(
            f"(参加{len(attending)}名・{_ORDER[by_organization]}、敬称略)", align=Align.RIGHT
        ),
    ]
    if waiting:
        blocks += [Heading("キャンセル待ち"), _waiting_table(data, waiting)]
    return _document(data, "受付名簿", blocks)


def participants(data: ParticipantListInput) -> Document:
    """参加者一覧 for the organisers: everyone who applied, by 受付番号, with state,
    role, category and payment."""
    more, more_widths, more_fit = _contact_columns(data)
    rows: tuple[tuple[CellText, ...], ...] = tuple(
        (
            str(line.number or ""),
            _name(line),
            _organization(line),
            line.role,
            line.state,
            line.category,
            line.payment if line.fee or line.waived else "",
            *_contact(data, line),
        )
        for line in data.participants
    )
    table = Table(
        ("番号", _NAME, "所属・役職", "役割", "状態", "区分", "支払", *more),
        rows,
        (1.0, 3.0, 4.0, 1.6, 2.4, 1.6, 1.2, *more_widths),
        align=(Align.RIGHT,),
        fit=(
            Fit.WHOLE,
            Fit.WHOLE,
            Fit.WRAP,
            Fit.WHOLE,
            Fit.WHOLE,
            Fit.WHOLE,
            Fit.WHOLE,
            *more_fit,
        ),
    )
    counted = sum(1 for line in data.participants if line.attending)
    blocks: list[Block] = [
        *_heading(data, "参加者一覧"),
        table,
        Paragraph(f"(申込{len(data.participants)}件・うち参加{counted}名)", align=Align.RIGHT),
    ]
    return _document(data, "参加者一覧", blocks)


def _document(data: ParticipantListInput, kind: str, blocks: list[Block]) -> Document:
    return Document(
        title=f"{data.header.title} {kind}",
        blocks=tuple(blocks),
        header=data.header.council_name,
        subject=kind,
        author=data.header.council_name,
        body_size=9.5,
        units=_units(data),
    )
