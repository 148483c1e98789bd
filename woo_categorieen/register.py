"""The register of Woo information categories (TOOI list), shipped as package data.

`informatiecategorieen.csv` is a copy of the TOOI value list; `verplicht_vanaf.json` holds the date
from which active publication of each art. 3.3 category is mandatory (set per category by decree);
`toelichting.json` holds a plain-Dutch explanation and typical document kinds per category. All
are data, so a refresh of the official list does not touch code. An organisation that publishes
a category earlier (or learns of a new decree) overrides dates with `with_mandatory_dates()`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources

from woo.errors import ConfigError

CATEGORIES_FILE = "informatiecategorieen.csv"
MANDATORY_FILE = "verplicht_vanaf.json"
EXPLANATION_FILE = "toelichting.json"
ART_3_1_KEY = "art3.1"
TOOI_URI_PREFIX = "https://identifier.overheid.nl/tooi/def/thes/kern/"


@dataclass(frozen=True, slots=True)
class Category:
    """One Woo information category. `code` is '' for the art. 3.1 effort duty."""

    uri: str
    code: str
    label: str
    label_singular: str
    article: str
    order: int
    description: str
    mandatory_from: date | None
    explanation: str = ""
    typical_documents: tuple[str, ...] = ()

    @property
    def is_art_3_3(self) -> bool:
        return bool(self.code)

    def is_mandatory_on(self, day: date) -> bool:
        """True when art. 3.3 requires active publication of this category on `day`."""
        return self.mandatory_from is not None and day >= self.mandatory_from


def _read_data(name: str) -> str:
    return resources.files("woo_categorieen.data").joinpath(name).read_text(encoding="utf-8")


def _load_mandatory_dates(codes: set[str]) -> dict[str, date | None]:
    raw = json.loads(_read_data(MANDATORY_FILE)).get("verplicht_vanaf")
    if not isinstance(raw, dict):
        raise ConfigError(f"{MANDATORY_FILE}: sleutel 'verplicht_vanaf' ontbreekt")
    missing, unknown = codes - raw.keys(), raw.keys() - codes
    if missing or unknown:
        raise ConfigError(
            f"{MANDATORY_FILE} past niet bij {CATEGORIES_FILE}: "
            f"ontbrekend {sorted(missing)}, onbekend {sorted(unknown)}"
        )
    try:
        return {code: date.fromisoformat(value) if value else None for code, value in raw.items()}
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{MANDATORY_FILE}: ongeldige datum ({exc})") from exc


def _load_explanations() -> dict[str, tuple[str, tuple[str, ...]]]:
    raw = json.loads(_read_data(EXPLANATION_FILE)).get("categorieen")
    if not isinstance(raw, dict):
        raise ConfigError(f"{EXPLANATION_FILE}: sleutel 'categorieen' ontbreekt")
    return {key: (str(value[0]), tuple(value[1])) for key, value in raw.items()}


@cache
def _load() -> tuple[Category, ...]:
    rows = list(csv.DictReader(io.StringIO(_read_data(CATEGORIES_FILE))))
    codes = {row["sitemapindex_code"] for row in rows if row["sitemapindex_code"]}
    mandatory = _load_mandatory_dates(codes)
    explanations = _load_explanations()
    categories = [
        Category(
            uri=row["uri"],
            code=row["sitemapindex_code"],
            label=row["label"],
            label_singular=row["label_enkelvoud"],
            article=row["woo_artikel"],
            order=int(row["tooi_order"]),
            description=row["definitie"],
            mandatory_from=mandatory.get(row["sitemapindex_code"]),
            explanation=explanations.get(row["sitemapindex_code"] or ART_3_1_KEY, ("", ()))[0],
            typical_documents=explanations.get(row["sitemapindex_code"] or ART_3_1_KEY, ("", ()))[
                1
            ],
        )
        for row in rows
    ]
    return tuple(sorted(categories, key=lambda category: category.order))


@cache
def _index() -> dict[str, Category]:
    """Lookup keys (normalised code, URI, plural and singular label) -> category."""
    index: dict[str, Category] = {}
    for category in _load():
        keys = {category.uri, _normalise(category.label), _normalise(category.label_singular)}
        if category.code:
            keys.add(category.code)
        for key in keys:
            index.setdefault(key, category)
    return index


def _normalise(value: str) -> str:
    value = value.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(value.split()).casefold()


def categories() -> list[Category]:
    """All 18 categories (17 of art. 3.3, then art. 3.1) in TOOI order."""
    return list(_load())


def by_code(code: str) -> Category:
    """The art. 3.3 category with this `infocatNNN` code (art. 3.1 has none: use `by_uri`)."""
    key = code.strip().lower()
    for category in _load():
        if category.code and category.code == key:
            return category
    raise ConfigError(f"onbekende informatiecategorie-code {code!r} (verwacht infocat001 t/m 017)")


def by_uri(uri: str) -> Category:
    """The category with this TOOI URI."""
    key = uri.strip()
    for category in _load():
        if category.uri == key:
            return category
    raise ConfigError(f"onbekende informatiecategorie-URI {uri!r} (geen TOOI-begrip uit de lijst)")


def resolve(code_or_uri_or_label: str) -> Category:
    """A category from its code, TOOI URI or (plural or singular) label, case-insensitive."""
    if not isinstance(code_or_uri_or_label, str) or not code_or_uri_or_label.strip():
        raise ConfigError(
            f"lege of ongeldige informatiecategorie {code_or_uri_or_label!r}: "
            "geef een code (infocatNNN), TOOI-URI of naam"
        )
    value = code_or_uri_or_label.strip()
    found = _index().get(value) or _index().get(_normalise(value))
    if found is None:
        raise ConfigError(
            f"onbekende informatiecategorie {value!r}: geen code (infocatNNN), TOOI-URI "
            "of naam uit de TOOI-lijst informatiecategorieën"
        )
    return found


def with_mandatory_dates(overrides: dict[str, date | str | None]) -> list[Category]:
    """All categories, with the organisation's own mandatory dates (code -> date or None)."""
    parsed: dict[str, date | None] = {}
    for code, value in overrides.items():
        category = by_code(code)
        try:
            parsed[category.code] = date.fromisoformat(value) if isinstance(value, str) else value
        except ValueError as exc:
            raise ConfigError(f"verplicht_vanaf voor {code}: ongeldige datum {value!r}") from exc
    return [
        replace(category, mandatory_from=parsed[category.code])
        if category.code in parsed
        else category
        for category in _load()
    ]
