"""Role awareness (Woo policy): office holders acting in office stay visible.

A name stays visible when the organisation lists it (office holders, public-facing officials)
or when the text names the office right next to it ("wethouder L. de Wilde",
"A.M. Koolhoven, burgemeester").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "OFFICE_ROLES",
    "civil_servant_near",
    "listed",
    "name_key",
    "role_near",
    "surname_mentions",
]

OFFICE_ROLES = (
    "burgemeester",
    "loco-burgemeester",
    "wethouder",
    "wethouders",
    "portefeuillehouder",
    "raadslid",
    "raadsleden",
    "gemeenteraadslid",
    "commissielid",
    "fractievoorzitter",
    "griffier",
    "raadsgriffier",
    "plaatsvervangend griffier",
    "gemeentesecretaris",
    "secretaris",
    "voorzitter",
    "rekenkamercommissie",
    "rekenkamer",
    "lid van de rekenkamercommissie",
    "commissaris van de koning",
    "gedeputeerde",
    "minister",
    "staatssecretaris",
)
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in OFFICE_ROLES), key=len, reverse=True))
_BEFORE = re.compile(rf"(?:{_ROLE_ALT})\s*(?:\([A-Za-z-]+\)\s*)?[:,]?\s*$", re.IGNORECASE)
_AFTER = re.compile(rf"^\s*(?:\([^)]{{1,30}}\)\s*)?,?\s*(?:{_ROLE_ALT})\b", re.IGNORECASE)
_PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op", "la", "le"}


def name_key(name: str) -> str:
    """Surname key for comparisons: the last capitalised word, lower case ('De Vries' → 'vries')."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    surname = [w for w in words if len(w) > 1 and w.lower() not in _PARTICLES]
    return surname[-1].lower() if surname else name.strip().lower()


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"\b[A-Z](?=\.)", name))


def listed(name: str, people: Iterable[str]) -> bool:
    """Whether `name` is one of `people` (same surname; initials must agree when both have them)."""
    key = name_key(name)
    mine = _initials(name)
    for person in people:
        if name_key(person) != key:
            continue
        theirs = _initials(person)
        if not mine or not theirs or mine[0] == theirs[0]:
            return True
    return False


def role_near(text: str, start: int, end: int) -> str:
    """The office named right before or after the name at text[start:end], or ''."""
    before = text[max(0, start - 40) : start]
    match = _BEFORE.search(before)
    if match:
        return match.group(0).strip(" :,").lower()
    after = text[end : end + 40]
    match = _AFTER.search(after)
    if match:
        return match.group(0).strip(" :,").lower()
    return ""


_CIVIL_BEFORE = re.compile(
    r"(?:behandeld door|contactpersoon|contact op met|behandelaar|medewerker|"
    r"beleidsmedewerker|consulent|adviseur|teamleider|casemanager|ambtenaar)\s*:?\s*$",
    re.IGNORECASE,
)
_CIVIL_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,30}\)\s*)?,?\s*(?:afdeling|team|medewerker|beleidsmedewerker|"
    r"adviseur|teamleider|consulent|behandelaar|van de gemeente)\b",
    re.IGNORECASE,
)


def civil_servant_near(text: str, start: int, end: int) -> bool:
    """Whether the text presents the name at text[start:end] as a civil servant."""
    return bool(
        _CIVIL_BEFORE.search(text[max(0, start - 40) : start])
        or _CIVIL_AFTER.search(text[end : end + 40])
    )


def surname_mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Spans of the surname of `name` elsewhere in `text`, with its particles ("Ten Have")."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and re.fullmatch(r"(?:[A-Z]\.)+", words[0]):
        words.pop(0)
    if len(words) >= 2 and words[0][0].isupper() and words[0].lower() not in _PARTICLES:
        words.pop(0)  # a first name: "Karin Hoogendoorn" -> "Hoogendoorn"
    if not words or len(words[-1]) < 3 or not words[-1][0].isupper():
        return []
    particles = [re.escape(w) for w in words[:-1]]
    surname = re.escape(words[-1])
    if particles:
        lead = r"\s+".join(particles)
        pattern = rf"(?<![\w.])(?i:{lead})\s+{surname}(?![\w])"
    else:
        pattern = rf"(?<![\w.])(?:(?i:{'|'.join(sorted(_PARTICLES))})\s+)*{surname}(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]
