"""The activities area (実施事業) declares itself: activities travel in a data package,
and the fiscal year's 実施事業報告 is its document."""

from app.services.areas import (
    QT_TRANSLATE_NOOP,
    Area,
    CarriedTable,
    DocumentSpec,
    Scope,
    Subject,
)

AREA = Area(
    name="activities",
    carried=(CarriedTable("activity", QT_TRANSLATE_NOOP("interchange", "Activities")),),
    scope=Scope(
        "activities", ("activity",), QT_TRANSLATE_NOOP("interchange", "Activities"), rank=60
    ),
    documents=(
        DocumentSpec(
            "activity-report",
            QT_TRANSLATE_NOOP("DocumentDialog", "Activity report of the fiscal year"),
            Subject.FISCAL_YEAR,
            rank=100,
            make="app.services.activities.report:activity_report",
        ),
    ),
)
