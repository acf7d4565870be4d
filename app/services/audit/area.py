"""The audit area declares itself: the change history (変更履歴) travels in a data
package, so a correction made on the laptop (unlock, change, approve) is visible at the
office. Entries are only ever added, so they never conflict."""

from app.services.areas import QT_TRANSLATE_NOOP, Area, CarriedTable

AREA = Area(
    name="audit",
    carried=(CarriedTable("audit_entry", QT_TRANSLATE_NOOP("interchange", "Change history")),),
)
