"""The members area declares itself: members are searchable, members and their
organizations travel in a data package, and the roster is its document."""

from app.services.areas import (
    QT_TRANSLATE_NOOP,
    Area,
    CarriedTable,
    DocumentOption,
    DocumentSpec,
    Scope,
    SearchKind,
    Subject,
)

AREA = Area(
    name="members",
    search=(
        SearchKind(
            "member",
            QT_TRANSLATE_NOOP("search", "Members"),
            rank=60,
            source="app.services.members.search:MEMBERS",
        ),
    ),
    carried=(
        CarriedTable("organization", QT_TRANSLATE_NOOP("interchange", "Organizations")),
        CarriedTable("member", QT_TRANSLATE_NOOP("interchange", "Members")),
    ),
    scope=Scope(
        "members",
        ("organization", "member"),
        QT_TRANSLATE_NOOP("interchange", "Members and organizations"),
        rank=20,
    ),
    documents=(
        DocumentSpec(
            "roster",
            QT_TRANSLATE_NOOP("DocumentDialog", "Member roster"),
            Subject.COUNCIL,
            rank=60,
            make="app.services.members.roster_document:roster",
            options=frozenset({DocumentOption.CONTACT}),
        ),
    ),
)
