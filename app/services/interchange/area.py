"""The interchange declares its own bookkeeping, which never leaves its database."""

from app.services.areas import Area, LocalTable

AREA = Area(
    name="interchange",
    local=(LocalTable("exchange_base", "this database's own merge bookkeeping"),),
)
