"""argparse's complaints in the UI language.

argparse words its errors in English (through ``gettext``, which this app does not
use): ``the following arguments are required: QUERY``. The parser hands each message
here and prints what comes back; a message not known here is shown as argparse said it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.texts.i18n import translate

_Rule = tuple[str, Callable[[re.Match[str]], str]]


def _rules() -> tuple[_Rule, ...]:
    return (
        (
            r"the following arguments are required: (?P<names>.+)",
            lambda m: translate("cli", "missing: %1").replace("%1", m["names"]),
        ),
        (
            r"unrecognized arguments: (?P<args>.+)",
            lambda m: translate("cli", "not understood: %1").replace("%1", m["args"]),
        ),
        (
            r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
            lambda m: (
                translate("cli", "%1 is not one of %2")
                .replace("%1", m["value"])
                .replace("%2", m["choices"])
            ),
        ),
        (
            r"invalid int value: (?P<value>.+)",
            lambda m: translate("cli", "not a whole number: %1").replace("%1", m["value"]),
        ),
        (
            r"invalid fromisoformat value: (?P<value>.+)",
            lambda m: translate("cli", "not a date (write e.g. 2025-06-01): %1").replace(
                "%1", m["value"]
            ),
        ),
        (
            r"invalid \S+ value: (?P<value>.+)",
            lambda m: translate("cli", "not a valid value: %1").replace("%1", m["value"]),
        ),
        (
            r"expected (one|at least one) argument",
            lambda m: translate("cli", "a value is needed after it"),
        ),
        (
            r"expected at most one argument",
            lambda m: translate("cli", "at most one value may follow it"),
        ),
        (
            r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)",
            lambda m: (
                translate("cli", "%1 could mean %2: write it in full")
                .replace("%1", m["option"])
                .replace("%2", m["matches"])
            ),
        ),
        (
            r"ignored explicit argument (?P<value>.+)",
            lambda m: translate("cli", "this option takes no value: %1").replace("%1", m["value"]),
        ),
    )


def usage_error_text(message: str, prog: str = "") -> str:
    """argparse's error ``message`` in the UI language, as far as it is known here."""
    text = _translated(message)
    if prog.endswith(" search"):  # "search -word": an option to argparse, a word to the user
        hint = translate("cli", "To search for words that start with -, put -- before them:")
        text += f"\n{hint} jimukyoku search -- -word"
    return text


def _translated(message: str) -> str:
    prefix = ""
    argument = re.fullmatch(r"argument (?P<name>[^:]+): (?P<rest>.*)", message, re.DOTALL)
    if argument:
        prefix = translate("cli", "%1: ").replace("%1", argument["name"])
        message = argument["rest"]
    for pattern, words in _rules():
        if match := re.fullmatch(pattern, message, re.DOTALL):
            return prefix + words(match)
    return prefix + message
