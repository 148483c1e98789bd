"""Names of natural persons: deduce (offline Dutch de-identification) plus our own cues.

The deduce model is loaded once per process (`load_model`) and its lookup cache is built at
install time (`python -m publicatie.warmup`), never in the middle of a run.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["NameHit", "find_names", "load_model"]

_PARTICLE = r"(?:van|de|der|den|ten|ter|te|het|'t|in 't|op|la|le|du|da|di|von)"
_SURNAME_WORD = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_SURNAME = rf"(?:(?:{_PARTICLE}|[VD]an|De|Der|Den|Ten|Ter|Van)\s+)*{_SURNAME_WORD}"
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"
_FIRST = r"[A-Z][a-zé]+"
_TITLE = (
    r"(?:de heer|heer|mevrouw|mevr\.|mw\.|mr\.|dhr\.|dr\.|ir\.|drs\.|ing\.|prof\.|"
    r"Geachte heer|Geachte mevrouw|Beste)"
)
# "de heer P. ten Have", "Mevrouw A. Hoogendoorn", "Geachte heer Ten Have"
_TITLED = re.compile(rf"(?<![\w])(?i:{_TITLE})\s+(?P<name>(?:{_INITIALS}|{_FIRST}\s+)?{_SURNAME})")
# "J.P. Bakhuizen", "A. ten Have", "N. van der Berg"
_INITIALLED = re.compile(rf"(?<![\w.])(?P<name>{_INITIALS}{_SURNAME})(?![\w])")
# "Karin Hoogendoorn" in a signature or e-mail header: "Van: Karin Hoogendoorn"
_HEADER = re.compile(
    rf"(?:(?:^|\n|\s)(?:Van|Aan|CC|Cc|From|To):|Namens|Met vriendelijke groet,?|Hoogachtend,?)"
    rf"\s+(?P<name>{_FIRST}\s+{_SURNAME})"
)
_STOP_WORDS = {
    "gemeente",
    "college",
    "raad",
    "heer",
    "mevrouw",
    "burgemeester",
    "wethouder",
    "datum",
    "onderwerp",
    "geachte",
    "artikel",
    "bijlage",
    "pagina",
    "team",
    "afdeling",
    "postbus",
}


@functools.cache
def _places() -> frozenset[str]:
    lines = resources.files("publicatie").joinpath("data/plaatsnamen.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in lines.splitlines() if line and not line.startswith("#")
    )


_PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "op", "in"}


def _is_place(name: str) -> bool:
    """A place or municipality name; initials or a particle ("van der") make it a person."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if any(re.fullmatch(r"(?:[A-Z]\.)+", w) or w.lower() in _PARTICLES for w in words):
        return False
    return all(w.strip(".,").lower() in _places() for w in words)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    origin: str  # "rule" or "model"
    confidence: float


_MODEL_LOCK = threading.Lock()


@functools.cache
def _load() -> Any:
    import deduce

    return deduce.Deduce()


def load_model() -> Any:
    """The deduce model, loaded once per process (slow the first time after install).

    Thread-safe: task runners call detection from several threads at once.
    """
    with _MODEL_LOCK:
        return _load()


def find_names(text: str, *, use_model: bool = True) -> list[NameHit]:
    """Candidate person names in `text` (no role decision yet), sorted, not overlapping."""
    hits: list[NameHit] = []
    for pattern, confidence in ((_TITLED, 0.9), (_HEADER, 0.85), (_INITIALLED, 0.8)):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            name = _trim(text[start:end])
            if not name or name.split()[0].lower() in _STOP_WORDS or _is_place(name):
                continue
            hits.append(NameHit(start, start + len(name), name, "rule", confidence))
    if use_model:
        hits.extend(_model_names(text))
    return _merge(hits)


def _trim(name: str) -> str:
    name = name.strip()
    words = name.split()
    while words and words[-1].lower() in _STOP_WORDS:
        words.pop()
    return " ".join(words) if words and len(words[-1]) > 1 else ""


_TITLE_PREFIX = re.compile(rf"^{_TITLE}\s+", re.IGNORECASE)


def _model_names(text: str) -> list[NameHit]:
    hits = []
    for annotation in load_model().deidentify(text).annotations:
        if not annotation.tag.startswith("persoon") and annotation.tag not in (
            "patient",
            "naam",
        ):
            continue
        start, end = annotation.start_char, annotation.end_char
        value = text[start:end]
        prefix = _TITLE_PREFIX.match(value)
        if prefix:
            start += prefix.end()
            value = text[start:end]
        value = value.strip()
        words = [w.lower() for w in re.split(r"[\s-]+", value) if w]
        if (
            len(value) < 2
            or _is_place(value)
            or any(w in _STOP_WORDS or w in _places() for w in words)
        ):
            continue  # deduce also tags place names and headings ("Artikel") as persons
        hits.append(NameHit(start, start + len(value), value, "model", 0.75))
    return hits


def _merge(hits: list[NameHit]) -> list[NameHit]:
    """Longest hit wins where hits overlap; rules win ties."""
    hits.sort(key=lambda h: (-(h.end - h.start), h.origin != "rule", h.start))
    chosen: list[NameHit] = []
    for hit in hits:
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)
