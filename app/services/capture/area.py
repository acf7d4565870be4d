"""The capture area declares itself: remarks are searchable and travel in a data
package; the draft being typed stays on its machine."""

from app.services.areas import QT_TRANSLATE_NOOP, Area, CarriedTable, LocalTable, SearchKind

AREA = Area(
    name="capture",
    search=(
        SearchKind(
            "remark",
            QT_TRANSLATE_NOOP("search", "Remarks"),
            rank=10,
            source="app.services.capture.search:REMARKS",
        ),
    ),
    carried=(CarriedTable("remark", QT_TRANSLATE_NOOP("interchange", "Remarks")),),
    local=(
        LocalTable(
            "capture_draft",
            "the remark being typed on one machine; it becomes a remark when committed",
        ),
    ),
)
