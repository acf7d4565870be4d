"""Each area of the app declares itself once, in its package's ``area.py``: the kinds of
record it makes searchable, the tables it carries in a data package (and those it keeps
local, with the reason), its ``--only`` scope, and its documents, each with its label.

The search index, the interchange, the documents, the command line and the window
collect these declarations through :func:`areas` instead of keeping lists of their own,
so a new area (``app/services/events/area.py``) is found without editing any of them.

Declarations are plain data and import nothing heavy: ``jimukyoku --help`` lists the
search kinds and documents without loading SQLAlchemy. The code behind a declaration (a
search query, a document reader) is named by its dotted path, ``"package.module:name"``,
and imported when first used (:func:`load`).
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

import app.services


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing text: its English source and Qt Linguist context (``app.texts``
    translates it; the services never do)."""

    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark a text for translation where it is declared; ``pyside6-lupdate`` collects
    every call of this name into the ``.ts`` file."""
    return Text(context, source)


@dataclass(frozen=True, slots=True)
class SearchKind:
    """Records an area makes searchable."""

    kind: str  # the key of its index entries, of ``search --kind`` and of the result group
    title: Text  # the heading of its results: 発言, 委員 …
    rank: int  # where its results come among the other kinds (smaller first)
    source: str  # ``module:name`` of its :class:`app.services.search.sources.SearchSource`


@dataclass(frozen=True, slots=True)
class CarriedTable:
    """A table whose rows travel in a data package (持ち出し・持ち帰り)."""

    name: str
    label: Text
    # ``module:name`` of its :class:`app.services.interchange.rules.TableRules`, when the
    # table merges by rules of its own (fields recorded on each side, numbers to keep
    # unique); empty: the record-wise merge of every table
    rules: str = ""


@dataclass(frozen=True, slots=True)
class LocalTable:
    """A table that never leaves its database, and why."""

    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class Scope:
    """A part of the data that ``data export --only`` can carry alone."""

    key: str
    roots: tuple[str, ...]  # its tables; what belongs to them and what they refer to follow
    label: Text
    rank: int


class Subject(StrEnum):
    """What a document is made from (the choice the document dialog and CLI ask for)."""

    COUNCIL = "council"  # nothing to choose (the roster)
    MEETING = "meeting"
    VISIT = "visit"
    EVENT = "event"
    FISCAL_YEAR = "fiscal-year"


class DocumentOption(StrEnum):
    """A choice of the document dialog that a document kind takes."""

    MINUTES_LAYOUT = "minutes-layout"  # speakers shown, signature lines, agenda labels
    CONTACT = "contact"  # e-mail and phone (personal information)
    LABEL_SHEET = "label-sheet"  # 名札: the label sheet they are printed on (10面, 12面)


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """A document the app makes (議事録, 開催通知 …)."""

    kind: str  # its key: ``export KIND`` on the command line
    title: Text  # what the document dialog offers
    subject: Subject
    rank: int  # its place in the document dialog and ``--help``
    make: str  # ``module:name`` of ``(db, DocumentRequest) -> Document``
    numbered: bool = False  # takes the next outgoing number and is recorded in the register
    writes: bool = False  # records what it prints (領収書 take their numbers): needs a writable db
    options: frozenset[DocumentOption] = frozenset()
    gaps: str = ""  # ``module:name`` of ``(db, kind, DocumentRequest) -> tuple[Gap, ...]``
    letter_date: str = ""  # a numbered letter's default date: ``(db, DocumentRequest) -> date``


@dataclass(frozen=True, slots=True)
class Area:
    name: str
    search: tuple[SearchKind, ...] = ()
    carried: tuple[CarriedTable, ...] = ()
    local: tuple[LocalTable, ...] = ()
    scope: Scope | None = None
    documents: tuple[DocumentSpec, ...] = ()


@cache
def areas() -> tuple[Area, ...]:
    """Every area's declaration: the ``AREA`` of each ``app/services/<area>/area.py``."""
    found: list[Area] = []
    for module in sorted(pkgutil.iter_modules(app.services.__path__), key=lambda m: m.name):
        if not module.ispkg:
            continue
        name = f"{app.services.__name__}.{module.name}.area"
        if importlib.util.find_spec(name) is None:
            continue
        declared = importlib.import_module(name).AREA
        assert isinstance(declared, Area), f"{name}.AREA is not an Area"
        found.append(declared)
    return tuple(found)


def search_kinds() -> tuple[SearchKind, ...]:
    """Every searchable kind, in the order results are shown."""
    return tuple(sorted((k for a in areas() for k in a.search), key=lambda k: k.rank))


def search_kind(kind: str) -> SearchKind:
    for declared in search_kinds():
        if declared.kind == kind:
            return declared
    raise KeyError(kind)


def carried_tables() -> tuple[CarriedTable, ...]:
    return tuple(table for area in areas() for table in area.carried)


def local_tables() -> tuple[LocalTable, ...]:
    return tuple(table for area in areas() for table in area.local)


def scopes() -> tuple[Scope, ...]:
    return tuple(sorted((a.scope for a in areas() if a.scope), key=lambda s: s.rank))


def document_kinds() -> tuple[DocumentSpec, ...]:
    """Every document kind, in the order the document dialog offers them."""
    return tuple(sorted((d for a in areas() for d in a.documents), key=lambda d: d.rank))


def document_kind(kind: str) -> DocumentSpec:
    for declared in document_kinds():
        if declared.kind == kind:
            return declared
    raise KeyError(kind)


@cache
def load(path: str) -> Any:
    """The object a declaration names (``"app.services.members.search:SOURCE"``)."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)
