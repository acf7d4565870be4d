"""Detail panes: beside each list, the selected record's details (one short read each)."""
