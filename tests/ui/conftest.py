"""Fixtures for the window tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.texts import i18n
from app.ui.app import make_application


@pytest.fixture
def japanese_ui() -> Iterator[None]:
    """The windows built in the test speak Japanese, as the users see them; English
    again after it."""
    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    yield
    for translator in installed:
        app.removeTranslator(translator)
    i18n.load("en")
