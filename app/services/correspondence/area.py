"""The correspondence area declares itself: letters are searchable and travel in a data
package with their attachments; its documents are the registers (文書収受簿・文書発送簿)."""

from app.services.areas import (
    QT_TRANSLATE_NOOP,
    Area,
    CarriedTable,
    DocumentSpec,
    Scope,
    SearchKind,
    Subject,
)

AREA = Area(
    name="correspondence",
    search=(
        SearchKind(
            "letter",
            QT_TRANSLATE_NOOP("search", "Correspondence"),
            rank=50,
            source="app.services.correspondence.search:LETTERS",
        ),
    ),
    carried=(
        CarriedTable("correspondence", QT_TRANSLATE_NOOP("interchange", "Letters")),
        CarriedTable("attachment", QT_TRANSLATE_NOOP("interchange", "Attachments")),
    ),
    scope=Scope(
        "correspondence", ("correspondence",), QT_TRANSLATE_NOOP("interchange", "Letters"), rank=50
    ),
    documents=(
        DocumentSpec(
            "register-in",
            QT_TRANSLATE_NOOP("DocumentDialog", "Register of letters received"),
            Subject.FISCAL_YEAR,
            rank=110,
            make="app.services.correspondence.documents:incoming_register",
        ),
        DocumentSpec(
            "register-out",
            QT_TRANSLATE_NOOP("DocumentDialog", "Register of letters sent"),
            Subject.FISCAL_YEAR,
            rank=120,
            make="app.services.correspondence.documents:outgoing_register",
        ),
    ),
)
