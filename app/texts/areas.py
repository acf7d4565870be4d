"""The words the areas declare (search headings, table and scope names, document titles),
in the UI language, for the CLI and the GUI alike."""

from __future__ import annotations

from app.services import areas
from app.services.areas import Text
from app.texts.i18n import translate


def text(declared: Text) -> str:
    """A declared text in the UI language."""
    return translate(declared.context, declared.source)


def search_kind_title(kind: str) -> str:
    """発言, 議題・決定事項 … : the heading of a kind of search result."""
    try:
        return text(areas.search_kind(kind).title)
    except KeyError:
        return kind


def table_label(table: str) -> str:
    """委員, 会議, 視察・訪問 … for a table of a data package."""
    for carried in areas.carried_tables():
        if carried.name == table:
            return text(carried.label)
    return table


def scope_label(scope: str) -> str:
    """What ``data export --only SCOPE`` carries, in words."""
    for declared in areas.scopes():
        if declared.key == scope:
            return text(declared.label)
    return scope


def document_title(kind: str) -> str:
    """議事録, 開催通知 … : a document kind as the document dialog offers it."""
    try:
        return text(areas.document_kind(kind).title)
    except KeyError:
        return kind
