"""Small pieces of Qt rich text for the detail panes: every value is escaped here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

MUTED = "#666666"


def heading(title: str, subtitle: str = "") -> str:
    """The record's name, and a muted line under it."""
    text = f"<p style='font-size: large; font-weight: bold; margin: 0;'>{escape(title)}</p>"
    if subtitle:
        text += f"<p style='color: {MUTED}; margin-top: 2px;'>{escape(subtitle)}</p>"
    return text


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    """Caption: value lines, as a two-column table; empty values are left out."""
    rows = "".join(
        f"<tr><td style='color: {MUTED}; padding-right: 10px; white-space: pre;'>"
        f"{escape(caption)}</td><td>{_lines(value)}</td></tr>"
        for caption, value in pairs
        if value
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>" if rows else ""


def section(title: str, lines: Sequence[str], *, empty: str = "", more: str = "") -> str:
    """A titled list. ``lines`` are rich text made here (use :func:`line`); ``empty`` is
    said when there are none, ``more`` after them (「ほか3件」)."""
    text = section_title(title)
    if not lines:
        return text + (
            f"<p style='color: {MUTED}; margin: 0;'>{escape(empty)}</p>" if empty else ""
        )
    return text + bullets(lines) + _muted(more)


def bullets(lines: Sequence[str]) -> str:
    """A plain list of entries made by :func:`line`."""
    items = "".join(f"<li>{entry}</li>" for entry in lines)
    return f"<ul style='margin-top: 0; margin-left: 0; -qt-list-indent: 1;'>{items}</ul>"


def subheading(text: str) -> str:
    """A muted line that heads a group of entries (a day of an itinerary)."""
    return f"<p style='color: {MUTED}; margin: 0;'>{escape(text)}</p>"


def section_title(title: str) -> str:
    return (
        f"<p style='font-weight: bold; margin-top: 10px; margin-bottom: 2px;'>{escape(title)}</p>"
    )


def line(main: str, *muted: str) -> str:
    """One list entry: its text, then muted notes (a date, a status) after it."""
    notes = "　".join(escape(note) for note in muted if note)
    return _lines(main) + (f" <span style='color: {MUTED};'>{notes}</span>" if notes else "")


def text_section(title: str, text: str) -> str:
    """A titled block of the record's own text (a summary, a purpose); nothing if empty."""
    return section_title(title) + f"<p style='margin-top: 0;'>{_lines(text)}</p>" if text else ""


def _muted(text: str) -> str:
    return subheading(text) if text else ""


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")
