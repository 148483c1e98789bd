"""Layer 1 of the classifier: the organisation's own mapping from source metadata to category.

A rule says: when source metadata field `field` has value `value`, the document belongs to
`category`. Values compare case-insensitively with whitespace normalised. The mapping is
configuration, so a rule naming an unknown category is a `ConfigError`, hit or not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from woo.errors import ConfigError
from woo.settings import CategoryMappingRule
from woo_categorieen.register import Category, resolve

MAPPING_CONFIDENCE = 0.98


@dataclass(frozen=True, slots=True)
class MappingHit:
    """A rule that matched: the category and the Dutch reason naming field and value."""

    rule: CategoryMappingRule
    category: Category
    value: str

    @property
    def reason(self) -> str:
        return f"{self.rule.field} '{self.value}' → {self.category.label}"


def normalise_value(value: str) -> str:
    return " ".join(value.replace("\u2019", "'").split()).casefold()


def resolve_rules(
    rules: Sequence[CategoryMappingRule],
) -> list[tuple[CategoryMappingRule, Category]]:
    """Each rule with its category; a rule with an unknown category raises `ConfigError`."""
    resolved = []
    for number, rule in enumerate(rules, start=1):
        try:
            resolved.append((rule, resolve(rule.category)))
        except ConfigError as exc:
            raise ConfigError(
                f"category_mapping regel {number} ({rule.field} = '{rule.value}'): {exc.message}"
            ) from exc
    return resolved


def _field_values(metadata: Mapping[str, Any], field: str) -> list[str]:
    """The metadata value(s) under `field` (exact key first, else case-insensitive) as text."""
    if field in metadata:
        raw = metadata[field]
    else:
        wanted = field.strip().casefold()
        matches = [v for k, v in metadata.items() if str(k).strip().casefold() == wanted]
        if not matches:
            return []
        raw = matches[0]
    items = raw if isinstance(raw, list | tuple | set | frozenset) else [raw]
    return [str(item) for item in items if item is not None and not isinstance(item, dict)]


def match_mapping(
    metadata: Mapping[str, Any] | None, rules: Sequence[CategoryMappingRule]
) -> list[MappingHit]:
    """All rules that match `metadata`, one hit per category, in rule order."""
    resolved = resolve_rules(rules)
    if not metadata:
        return []
    hits: list[MappingHit] = []
    seen: set[str] = set()
    for rule, category in resolved:
        wanted = normalise_value(rule.value)
        for value in _field_values(metadata, rule.field):
            if normalise_value(value) == wanted and category.uri not in seen:
                seen.add(category.uri)
                hits.append(MappingHit(rule=rule, category=category, value=" ".join(value.split())))
    return hits
