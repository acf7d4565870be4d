"""Data interchange for the field-laptop round trip (持ち出し・持ち帰り): its entry points
are in :mod:`app.services.interchange.api`. This file stays empty so that reading the
area's declaration (``area.py``) loads none of it."""
