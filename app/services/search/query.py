"""Search across the records: remarks, agenda items, action items, visits, letters, members.

Matching is substring matching on folded text (NFKC, katakana → hiragana, case-folded:
``app.services.search.folding``), every space-separated term required. Terms of three or
more characters go through the trigram index (FTS5 on SQLite, ``pg_trgm`` on
PostgreSQL); shorter terms cannot use a trigram index and are checked by a scan of
the folded text, so every query gives exactly the records a plain scan would.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, and_, func, select, text

from app.models import SearchEntry
from app.services.search.folding import fold_with_offsets, query_terms
from app.services.search.rows import Hit, HitGroup, SearchFilters, SearchResult
from app.services.search.sources import SourceDoc, kinds, read, sources
from app.storage.database import Database

TRIGRAM = 3  # the shortest term a trigram index can answer
SNIPPET_BEFORE = 24
SNIPPET_LENGTH = 90

__all__ = [
    "find",
    "fiscal_years",
    "kinds",
    "search",
]


def _owner_id() -> ColumnElement[int]:
    columns = [SearchEntry.__table__.c[s.owner_column] for s in sources().values()]
    return func.coalesce(*columns)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conditions(
    conn: Connection, terms: list[str], filters: SearchFilters
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if conn.dialect.name == "sqlite":
        long_terms = [term for term in terms if len(term) >= TRIGRAM]
        if long_terms:
            phrase = " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
            fts = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :phrase")
            conditions.append(SearchEntry.id.in_(fts.bindparams(phrase=phrase)))
        conditions += [
            func.instr(SearchEntry.folded, term) > 0 for term in terms if len(term) < TRIGRAM
        ]
    else:  # PostgreSQL: LIKE is answered by the pg_trgm index for 3+ characters
        conditions += [
            SearchEntry.folded.like(f"%{_escape_like(term)}%", escape="\\") for term in terms
        ]
    if filters.kinds:
        conditions.append(SearchEntry.kind.in_(sorted(filters.kinds)))
    if filters.fiscal_year is not None:
        conditions.append(SearchEntry.fiscal_year == filters.fiscal_year)
    if filters.date_from is not None:
        conditions.append(SearchEntry.happened_on >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(SearchEntry.happened_on <= filters.date_to)
    if filters.body_id is not None:
        conditions.append(SearchEntry.body_id == filters.body_id)
    if filters.person_id is not None:
        conditions.append(SearchEntry.person_id == filters.person_id)
    if filters.status:
        conditions.append(SearchEntry.status == filters.status)
    return conditions


def _ranked(
    conn: Connection, terms: list[str], filters: SearchFilters, limit: int | None
) -> tuple[dict[str, list[int]], dict[str, int]]:
    """Record ids per kind (newest first, at most ``limit`` each) and the total per kind.

    One count grouped by kind, then one ordered, limited query per kind that has hits:
    cheaper than ranking every match with window functions when a word is common.
    """
    matching = and_(*_conditions(conn, terms, filters))
    counted = select(SearchEntry.kind, func.count()).where(matching).group_by(SearchEntry.kind)
    totals = {kind: int(total) for kind, total in conn.execute(counted)}
    ids: dict[str, list[int]] = {}
    for kind in sorted(totals):
        query = (
            select(_owner_id())
            .where(matching, SearchEntry.kind == kind)
            .order_by(SearchEntry.happened_on.desc().nulls_last(), SearchEntry.id.desc())
        )
        if limit is not None:
            query = query.limit(limit)
        ids[kind] = list(conn.scalars(query))
    return ids, totals


def find(
    db: Database, query: str, filters: SearchFilters | None = None, limit: int | None = None
) -> dict[str, list[int]]:
    """The ids of the matching records per kind, newest first (all of them by default)."""
    terms = query_terms(query)
    if not terms:
        return {}
    with db.engine.connect() as conn:
        ids, _totals = _ranked(conn, terms, filters or SearchFilters(), limit)
    return ids


def _snippet(doc: SourceDoc, terms: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    folded, offsets = fold_with_offsets(doc.text)
    first = min((p for p in (folded.find(term) for term in terms) if p >= 0), default=0)
    begin = max(0, offsets[first] - SNIPPET_BEFORE)
    end = min(len(doc.text), begin + SNIPPET_LENGTH)
    spans: list[tuple[int, int]] = []
    for term in terms:
        position = folded.find(term)
        while position >= 0:
            start, stop = offsets[position], offsets[position + len(term)]
            if start >= begin and stop <= end:
                spans.append((start - begin, stop - begin))
            position = folded.find(term, position + 1)
    snippet = " ".join(doc.text[begin:end].splitlines())  # one line, same length
    snippet = snippet.ljust(end - begin)[: end - begin]
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(doc.text) else ""
    shifted = sorted((start + len(prefix), stop + len(prefix)) for start, stop in spans)
    return prefix + snippet + suffix, tuple(shifted)


def search(
    db: Database, query: str, filters: SearchFilters | None = None, per_kind: int = 50
) -> SearchResult:
    """Matches grouped by kind (in the areas' order), each group newest first, with snippets."""
    terms = query_terms(query)
    if not terms:
        return SearchResult(query=query, terms=())
    groups: list[HitGroup] = []
    with db.engine.connect() as conn:
        ids, totals = _ranked(conn, terms, filters or SearchFilters(), per_kind)
        for kind in kinds():
            if kind not in ids:
                continue
            docs = {doc.owner_id: doc for doc in read(conn, kind, ids[kind])}
            hits = []
            for record_id in ids[kind]:
                doc = docs[record_id]
                snippet, highlights = _snippet(doc, terms)
                hits.append(
                    Hit(
                        kind=kind,
                        record_id=record_id,
                        happened_on=doc.happened_on,
                        context=doc.context,
                        person=doc.person,
                        status=doc.status,
                        snippet=snippet,
                        highlights=highlights,
                        meeting_id=doc.meeting_id,
                        visit_id=doc.visit_id,
                        event_id=doc.event_id,
                    )
                )
            groups.append(HitGroup(kind=kind, total=totals[kind], hits=tuple(hits)))
    return SearchResult(query=query, terms=tuple(terms), groups=tuple(groups))


def fiscal_years(db: Database) -> list[int]:
    """The fiscal years that have searchable records, newest first (for the filter)."""
    with db.engine.connect() as conn:
        query = (
            select(SearchEntry.fiscal_year)
            .where(SearchEntry.fiscal_year.isnot(None))
            .distinct()
            .order_by(SearchEntry.fiscal_year.desc())
        )
        return [int(year) for year in conn.scalars(query) if year is not None]
