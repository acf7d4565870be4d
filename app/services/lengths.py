"""How long a text may be: the ``String(n)`` lengths of the models, checked before the
database sees the value.

SQLite stores any length and PostgreSQL refuses with ``StringDataRightTruncation``
mid-transaction; neither is a message. Forms and imports check their fields here
(:func:`too_long`), and :func:`before_flush` refuses what any other path would write,
naming the field with :attr:`Problem.TOO_LONG`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from sqlalchemy import String, inspect
from sqlalchemy.orm import Session, UOWTransaction

from app.models import Entity
from app.services.problems import Invalid, Problem


@cache
def max_lengths(model: type[Entity]) -> Mapping[str, int]:
    """Attribute → the most characters its column holds (columns with a length only)."""
    lengths: dict[str, int] = {}
    for attribute in inspect(model).column_attrs:
        column_type = attribute.columns[0].type
        if isinstance(column_type, String) and column_type.length:
            lengths[attribute.key] = column_type.length
    return lengths


def too_long(model: type[Entity], values: Mapping[str, object]) -> dict[str, Problem]:
    """Field → TOO_LONG for each text of ``values`` longer than ``model``'s column."""
    limits = max_lengths(model)
    return {
        field: Problem.TOO_LONG
        for field, value in values.items()
        if isinstance(value, str) and field in limits and len(value) > limits[field]
    }


def before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """The session hook: refuse (:class:`Invalid`) a new or changed text that is too long."""
    for entity in (*session.new, *session.dirty):
        if isinstance(entity, Entity):
            loaded = inspect(entity).dict  # what was not loaded was not changed: no query
            values = {key: loaded[key] for key in max_lengths(type(entity)) if key in loaded}
            if problems := too_long(type(entity), values):
                raise Invalid(problems)
