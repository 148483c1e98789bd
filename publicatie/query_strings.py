"""URL-encoded form data in a text (a web server's access log, a form's POST body), decoded.

"naam=Geert+Tjalema&straat=Farmsumerweg+41&email=g.tjalema%40home.nl" hides a name, an address
and a mailbox from every pattern: the words are joined by "+" and the "@" is written "%40". The
detector reads such a query string as the form it came from ("naam: Geert Tjalema",
"straat: Farmsumerweg 41", one field a line) and maps what it finds back onto the encoded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Two or more key=value pairs after "?" or at the start of a word; a key is a form field's name.
_PAIRS = re.compile(
    r"(?:(?<=\?)|(?<![^\s\"'(]))"
    r"(?P<pairs>[A-Za-z_][\w.\[\]-]{0,40}=[^\s&\"'#<>]*(?:&[A-Za-z_][\w.\[\]-]{0,40}=[^\s&\"'#<>]*)+)"
)
# ... and a query string encoded once more inside another's value, as a redirect or a logged
# URL carries it: "%3Ffid%3DAK-01%26naam%3DS.%2520Bergsma%26bsn%3D268138801"
_ENCODED_VALUE = r"(?:[^\s&\"'#<>%]|%(?!26)[0-9A-Fa-f]{2})*"
_ENCODED_PAIRS = re.compile(
    rf"(?P<pairs>[A-Za-z_][\w.-]{{0,40}}%3[Dd]{_ENCODED_VALUE}"
    rf"(?:%26[A-Za-z_][\w.-]{{0,40}}%3[Dd]{_ENCODED_VALUE})+)"
)
_PAIR_SEPARATOR = re.compile(r"&|%26")
_KEY_SEPARATOR = re.compile(r"=|%3[Dd]")
_PERCENT_RUN = re.compile(r"(?:%25[0-9A-Fa-f]{2}|%[0-9A-Fa-f]{2})+")
_DOUBLE_PERCENT = re.compile(r"%25([0-9A-Fa-f]{2})")
# "@", also as a query string ("%40") or a list archive ("wybe.hellema at icloud.com") writes it
_AT_SIGN = re.compile(r"@|%40|[ ]at[ ]")


def mailbox_parts(address: str) -> tuple[str, str]:
    """The local part and the domain of an e-mail address, also as a query string writes it
    ("g.tjalema%40home.nl") or a list archive ("g.tjalema at home.nl"); the domain is empty
    when the text holds no "@"."""
    local, _, domain = _AT_SIGN.sub("@", address, count=1).partition("@")
    return local, domain


@dataclass(frozen=True, slots=True)
class DecodedForm:
    """One query string: where it stands, its decoded form and, for each decoded character,
    the characters of the original text it was written as."""

    start: int
    end: int
    text: str
    origins: tuple[tuple[int, int], ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The part of the original text that decoded characters `start:end` came from."""
        return self.origins[start][0], self.origins[end - 1][1]


def _decode_value(value: str, offset: int) -> tuple[str, list[tuple[int, int]]]:
    chars: list[str] = []
    origins: list[tuple[int, int]] = []
    index = 0
    while index < len(value):
        run = _PERCENT_RUN.match(value, index)
        if run:
            # "%2520" is "%20" encoded once more: a space
            once = _DOUBLE_PERCENT.sub(r"%\1", run.group(0))
            decoded = bytes.fromhex(once.replace("%", "")).decode("utf-8", "replace")
            chars.extend(decoded)
            origins.extend([(offset + run.start(), offset + run.end())] * len(decoded))
            index = run.end()
            continue
        chars.append(" " if value[index] == "+" else value[index])
        origins.append((offset + index, offset + index + 1))
        index += 1
    return "".join(chars), origins


def decoded_forms(text: str) -> list[DecodedForm]:
    """Every URL-encoded query string in `text`, decoded to one "field: value" line per pair
    (so that "postcode=1396JL" reads as a labelled postcode)."""
    forms: list[DecodedForm] = []
    for match in [*_PAIRS.finditer(text), *_ENCODED_PAIRS.finditer(text)]:
        pairs = match.group("pairs")
        chars: list[str] = []
        origins: list[tuple[int, int]] = []
        position = match.start("pairs")
        pair_start = 0
        for separator in [*_PAIR_SEPARATOR.finditer(pairs), None]:
            pair_end = separator.start() if separator else len(pairs)
            pair = pairs[pair_start:pair_end]
            equals_sign = _KEY_SEPARATOR.search(pair)
            key = pair[: equals_sign.start()] if equals_sign else pair
            value = pair[equals_sign.end() :] if equals_sign else ""
            chars.append(key)
            origins.extend((position + i, position + i + 1) for i in range(len(key)))
            equals = position + len(key)
            sign_length = len(equals_sign.group(0)) if equals_sign else 1
            chars.append(": ")
            origins.extend([(equals, equals + sign_length)] * 2)
            decoded, value_origins = _decode_value(value, equals + sign_length)
            chars.append(decoded)
            origins.extend(value_origins)
            position = equals + sign_length + len(value)
            chars.append("\n")
            separator_length = len(separator.group(0)) if separator else 1
            origins.append((position, min(position + separator_length, match.end("pairs"))))
            position += separator_length
            pair_start = separator.end() if separator else len(pairs)
        forms.append(
            DecodedForm(match.start("pairs"), match.end("pairs"), "".join(chars), tuple(origins))
        )
    return forms
