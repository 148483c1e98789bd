"""Text from sources made safe for one log line, report or terminal.

File names, titles and ids come from source systems and may hold newlines, escape sequences or
bidirectional overrides: written as-is they forge log lines or hide text on a terminal. They are
shown with those characters escaped (`\\n`, `\\x1b`, `\\u202e`), never dropped, so the real id stays
recognisable.
"""

from __future__ import annotations

import logging
import unicodedata

__all__ = ["PrintableFilter", "printable"]


def _escape(char: str) -> str:
    code = ord(char)
    if char in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object) -> str:
    """`value` as text with control, format and separator characters escaped."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(
        char
        if char == " " or unicodedata.category(char)[0] not in "CZ" or char.isprintable()
        else _escape(char)
        for char in text
    )


class PrintableFilter(logging.Filter):
    """Escapes the finished message of every record of the logger it is attached to."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        safe = printable(message)
        if safe != message:
            record.msg, record.args = safe, None
        return True
