"""名札: one badge per participant with a place, on a standard A4 label sheet. Each badge
has the role for 講師 and 来賓, the organisation, the reading small above the name and
the name large (shrunk to fit, never broken)."""

from __future__ import annotations

from app.documents import labels
from app.documents.event_inputs import ParticipantLine, ParticipantListInput
from app.documents.model import Document, Face, LabelGrid, LabelLine, Sheet
from app.japanese.kana import reading_sort_key

# The label sheets a badge can be printed on (millimetres; A4 is 210 × 297):
# 10面 86.4×50.8 (エーワン 28179 type): 18.6 + 2 × 86.4 + 18.6 = 210, 21.5 + 5 × 50.8 + 21.5 = 297
# 12面 86.4×42.3 (エーワン 28173 type): 18.6 + 2 × 86.4 + 18.6 = 210, 21.6 + 6 × 42.3 + 21.6 = 297
SHEETS: dict[str, Sheet] = {
    "10": Sheet(columns=2, rows=5, width=86.4, height=50.8, top=21.5, left=18.6, padding=4.0),
    "12": Sheet(columns=2, rows=6, width=86.4, height=42.3, top=21.6, left=18.6, padding=3.5),
}
DEFAULT_SHEET = "10"
NAME_SIZE = 26.0  # points: read from a few steps away


def sheet(key: str) -> Sheet:
    """The label sheet ``key`` (「10」, 「12」); the default one for a key not known."""
    return SHEETS.get(key, SHEETS[DEFAULT_SHEET])


def _organization(text: str, width: float) -> list[LabelLine]:
    """The organisation on one line, or on two split at the space nearest the middle when
    one line would have to be printed much smaller (「…推進機構」/「関東支部 事務局」)."""
    whole = LabelLine(text, 11, space_after=0.35)
    if labels.fitted(whole, width).size >= 0.8 * whole.size or " " not in text.strip():
        return [whole]
    words = text.split()
    cut = min(range(1, len(words)), key=lambda n: abs(len(" ".join(words[:n])) - len(text) / 2))
    head, tail = " ".join(words[:cut]), " ".join(words[cut:])
    return [LabelLine(head, 10, space_after=0.05), LabelLine(tail, 10, space_after=0.35)]


def badge(
    line: ParticipantLine, width: float, name_size: float = NAME_SIZE
) -> tuple[LabelLine, ...]:
    """One badge, ``width`` points of room across."""
    lines = []
    if line.special_role:
        lines.append(LabelLine(line.special_role, 11, Face.GOTHIC, space_after=0.3))
    lines += _organization(line.organization, width)
    lines.append(LabelLine(line.reading, 8.5, space_after=0.05))
    lines.append(LabelLine(line.name, name_size, Face.GOTHIC, space_after=0))
    return tuple(lines)


def build(data: ParticipantListInput, chosen: Sheet) -> Document:
    """The badges of those with a place, by reading (as the reception table lays them out)."""
    attending = sorted(
        (p for p in data.participants if p.attending),
        key=lambda p: (reading_sort_key(p.reading or p.name), p.number or 0),
    )
    size = NAME_SIZE if chosen.height >= 50 else NAME_SIZE * 0.85
    width = labels.inner_width(chosen)
    grid = LabelGrid(chosen, tuple(badge(line, width, size) for line in attending))
    return Document(
        title=f"{data.header.title} 名札",
        blocks=(grid,),
        page_numbers=False,
        subject="名札",
        author=data.header.council_name,
    )
