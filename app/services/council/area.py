"""The council area declares itself: the council's own record, its bodies (会議体) and
its pillars (方針) travel in a data package."""

from app.services.areas import QT_TRANSLATE_NOOP, Area, CarriedTable, Scope

AREA = Area(
    name="council",
    carried=(
        CarriedTable("council", QT_TRANSLATE_NOOP("interchange", "Council")),
        CarriedTable("body", QT_TRANSLATE_NOOP("interchange", "Bodies")),
        CarriedTable("pillar", QT_TRANSLATE_NOOP("interchange", "Pillars")),
    ),
    scope=Scope(
        "council",
        ("council", "body", "pillar"),
        QT_TRANSLATE_NOOP("interchange", "Council, bodies and pillars"),
        rank=10,
    ),
)
