"""The search area declares itself: its index stays in each database, which rebuilds it
from the records."""

from app.services.areas import Area, LocalTable

AREA = Area(
    name="search",
    local=(
        LocalTable("search_entry", "the search index, rebuilt from the records by each database"),
    ),
)
