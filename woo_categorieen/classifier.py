"""Classifier v0: which Woo information categories a document belongs to, and how sure we are.

Layer 1 is the organisation's mapping (source metadata -> category); when a rule hits, it wins.
Layer 2 is a text layer (v0: the cue table in `cues.py`; later a trained model behind the same
`TextLayer` protocol). The decision is the same for both: fail closed, so an unsure, contested
or empty answer always has `needs_review=True` and is never published by accident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from schemas.records import CategoryScore, Classification
from woo.errors import ConfigError
from woo.settings import CategoryMappingRule
from woo_categorieen.cues import TextScore, score_text
from woo_categorieen.mapping import MAPPING_CONFIDENCE, match_mapping
from woo_categorieen.register import Category, by_code

NO_CATEGORY_REASON = "geen informatiecategorie herkend (geen van de categorieën)"
SECONDARY_MIN_RATIO = 0.5  # a second category is shown when at least half as sure as the top
MAX_CATEGORIES = 3


class TextLayer(Protocol):
    """What the classifier needs from a text layer (cue table now, trained model later)."""

    method: Literal["text", "rules"]

    def score(self, *, title: str, text: str, file_name: str) -> Sequence[TextScore]: ...


class CueLayer:
    """The v0 text layer: the transparent cue table."""

    method: Literal["text", "rules"] = "rules"

    def score(self, *, title: str, text: str, file_name: str) -> Sequence[TextScore]:
        return score_text(title=title, text=text, file_name=file_name)


CUE_LAYER = CueLayer()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One category with its confidence and the Dutch reason for it."""

    category: Category
    confidence: float
    reason: str


def _number(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _check_limits(threshold: float, margin: float) -> None:
    for name, value in (("drempel", threshold), ("marge", margin)):
        if not 0.0 <= value <= 1.0:
            raise ConfigError(f"classificatie-{name} moet tussen 0 en 1 liggen, niet {value}")


def decide(
    candidates: Sequence[Candidate],
    *,
    method: Literal["mapping", "text", "rules"],
    threshold: float,
    margin: float,
) -> Classification:
    """Turn ranked candidates into a Classification, flagging anything unsure for review."""
    ranked = sorted(candidates, key=lambda c: (-c.confidence, c.category.order))
    if not ranked:
        return Classification(
            categories=[], needs_review=True, reason=NO_CATEGORY_REASON, method="none"
        )
    top = ranked[0]
    shown = [top] + [c for c in ranked[1:] if c.confidence >= SECONDARY_MIN_RATIO * top.confidence]
    shown = shown[:MAX_CATEGORIES]

    doubts = []
    if top.confidence < threshold:
        doubts.append(
            f"zekerheid {_number(top.confidence)} is lager dan de drempel {_number(threshold)}"
        )
    if len(ranked) > 1 and top.confidence - ranked[1].confidence < margin:
        runner = ranked[1]
        doubts.append(
            f"twijfel met {runner.category.label} ({_number(runner.confidence)}; "
            f"verschil kleiner dan de marge {_number(margin)})"
        )

    reason = "; ook ".join(c.reason for c in shown)
    if doubts:
        reason += " — ter beoordeling: " + "; ".join(doubts)
    return Classification(
        categories=[
            CategoryScore(
                uri=c.category.uri,
                code=c.category.code,
                label=c.category.label,
                confidence=round(min(max(c.confidence, 0.0), 1.0), 4),
            )
            for c in shown
        ],
        needs_review=bool(doubts),
        reason=reason,
        method=method,
    )


def classify(
    *,
    title: str,
    text: str,
    file_name: str = "",
    metadata: Mapping[str, Any] | None = None,
    mapping: Sequence[CategoryMappingRule] = (),
    threshold: float = 0.70,
    margin: float = 0.15,
    text_layer: TextLayer = CUE_LAYER,
) -> Classification:
    """Classify one document: the organisation's mapping first, else the text layer."""
    _check_limits(threshold, margin)
    hits = match_mapping(metadata, mapping)
    if hits:
        candidates = [Candidate(hit.category, MAPPING_CONFIDENCE, hit.reason) for hit in hits]
        return decide(candidates, method="mapping", threshold=threshold, margin=margin)

    scores = text_layer.score(title=title, text=text, file_name=file_name)
    candidates = []
    for score in scores:
        category = by_code(score.code)
        candidates.append(
            Candidate(category, score.confidence, f"{score.evidence} → {category.label}")
        )
    return decide(candidates, method=text_layer.method, threshold=threshold, margin=margin)
