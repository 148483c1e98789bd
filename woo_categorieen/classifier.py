"""Which Woo information categories a document belongs to, and how sure we are.

Layer 1 is the organisation's mapping (source metadata -> category); when a rule hits, it wins.
Layer 2 is a text layer: by default the trained model (`text_layer.py`), which reads the cue
table of `cues.py` as features and names its cue words in the reason; the cue table alone
(`CUE_LAYER`) fits the same `TextLayer` protocol. A text layer may answer "geen" (none of the
above) with a confidence. The decision is the same for every layer: fail closed, so an unsure,
contested, empty or "none of the above" answer always has `needs_review=True`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from schemas.records import CategoryScore, Classification
from woo.errors import ConfigError
from woo.settings import CategoryMappingRule
from woo_categorieen.cues import score_text
from woo_categorieen.mapping import MAPPING_CONFIDENCE, match_mapping
from woo_categorieen.register import Category, by_code
from woo_categorieen.text_layer import MODEL_LAYER, NONE_LABEL

NO_CATEGORY_REASON = "geen informatiecategorie herkend (geen van de categorieën)"
NONE_OF_THE_ABOVE = "geen van de categorieën"
SECONDARY_MIN_RATIO = 0.5  # a second category is shown when at least half as sure as the top
MAX_CATEGORIES = 3


class LayerScore(Protocol):
    """One class as a text layer sees it: `code` is infocatNNN or "geen" (none of the above)."""

    @property
    def code(self) -> str: ...
    @property
    def confidence(self) -> float: ...
    @property
    def evidence(self) -> str: ...


class TextLayer(Protocol):
    """What the classifier needs from a text layer (the trained model, or the cue table)."""

    method: Literal["text", "rules"]

    def score(self, *, title: str, text: str, file_name: str) -> Sequence[LayerScore]: ...


class CueLayer:
    """The v0 text layer: the transparent cue table."""

    method: Literal["text", "rules"] = "rules"

    def score(self, *, title: str, text: str, file_name: str) -> Sequence[LayerScore]:
        return score_text(title=title, text=text, file_name=file_name)


CUE_LAYER = CueLayer()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One category (None: none of the above) with its confidence and the Dutch reason."""

    category: Category | None
    confidence: float
    reason: str

    @property
    def label(self) -> str:
        return self.category.label if self.category else NONE_OF_THE_ABOVE

    @property
    def order(self) -> int:
        return self.category.order if self.category else 10**6


@dataclass(frozen=True, slots=True)
class Outcome:
    """A classification plus the confidence of "none of the above" (None if not considered)."""

    classification: Classification
    none_confidence: float | None


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
    return decide_outcome(
        candidates, method=method, threshold=threshold, margin=margin
    ).classification


def decide_outcome(
    candidates: Sequence[Candidate],
    *,
    method: Literal["mapping", "text", "rules"],
    threshold: float,
    margin: float,
) -> Outcome:
    """As `decide`, keeping the confidence of "none of the above" beside the answer."""
    ranked = sorted(candidates, key=lambda c: (-c.confidence, c.order))
    none = next((c for c in ranked if c.category is None), None)
    none_confidence = round(none.confidence, 4) if none else None
    real = [c for c in ranked if c.category is not None]
    if not ranked:
        empty = Classification(
            categories=[], needs_review=True, reason=NO_CATEGORY_REASON, method="none"
        )
        return Outcome(empty, none_confidence)
    top = ranked[0]
    doubts = []
    if top.category is None:
        reason = (
            f"{NO_CATEGORY_REASON}, zekerheid {_number(top.confidence)}: {top.reason}"
            if top.reason
            else f"{NO_CATEGORY_REASON}, zekerheid {_number(top.confidence)}"
        )
        shown = [c for c in real if c.confidence >= SECONDARY_MIN_RATIO * top.confidence]
        if shown:
            reason += "; mogelijk " + ", ".join(
                f"{c.label} ({_number(c.confidence)})" for c in shown[:MAX_CATEGORIES]
            )
        doubts.append("niet openbaar maken zonder beoordeling")
    else:
        shown = [top] + [
            c for c in real[1:] if c.confidence >= SECONDARY_MIN_RATIO * top.confidence
        ]
        reason = "; ook ".join(c.reason for c in shown[:MAX_CATEGORIES])
        if top.confidence < threshold:
            doubts.append(
                f"zekerheid {_number(top.confidence)} is lager dan de drempel {_number(threshold)}"
            )
        if len(ranked) > 1 and top.confidence - ranked[1].confidence < margin:
            runner = ranked[1]
            doubts.append(
                f"twijfel met {runner.label} ({_number(runner.confidence)}; "
                f"verschil kleiner dan de marge {_number(margin)})"
            )
    shown = shown[:MAX_CATEGORIES]
    if doubts:
        reason += " — ter beoordeling: " + "; ".join(doubts)
    classification = Classification(
        categories=[
            CategoryScore(
                uri=c.category.uri,
                code=c.category.code,
                label=c.category.label,
                confidence=round(min(max(c.confidence, 0.0), 1.0), 4),
            )
            for c in shown
            if c.category is not None
        ],
        needs_review=bool(doubts),
        reason=reason,
        method=method,
    )
    return Outcome(classification, none_confidence)


def candidates_from(scores: Sequence[LayerScore]) -> list[Candidate]:
    """Text-layer scores as candidates; "geen" becomes the none-of-the-above candidate."""
    candidates = []
    for score in scores:
        if score.code == NONE_LABEL:
            candidates.append(Candidate(None, score.confidence, score.evidence))
            continue
        category = by_code(score.code)
        candidates.append(
            Candidate(category, score.confidence, f"{score.evidence} → {category.label}")
        )
    return candidates


def classify(
    *,
    title: str,
    text: str,
    file_name: str = "",
    metadata: Mapping[str, Any] | None = None,
    mapping: Sequence[CategoryMappingRule] = (),
    threshold: float = 0.70,
    margin: float = 0.15,
    text_layer: TextLayer | None = None,
) -> Classification:
    """Classify one document: the organisation's mapping first, else the text layer."""
    return classify_outcome(
        title=title,
        text=text,
        file_name=file_name,
        metadata=metadata,
        mapping=mapping,
        threshold=threshold,
        margin=margin,
        text_layer=text_layer,
    ).classification


def classify_outcome(
    *,
    title: str,
    text: str,
    file_name: str = "",
    metadata: Mapping[str, Any] | None = None,
    mapping: Sequence[CategoryMappingRule] = (),
    threshold: float = 0.70,
    margin: float = 0.15,
    text_layer: TextLayer | None = None,
    scores: Sequence[LayerScore] | None = None,
) -> Outcome:
    """As `classify`, with the none-of-the-above confidence; `scores` may be precomputed."""
    _check_limits(threshold, margin)
    hits = match_mapping(metadata, mapping)
    if hits:
        candidates = [Candidate(hit.category, MAPPING_CONFIDENCE, hit.reason) for hit in hits]
        return decide_outcome(candidates, method="mapping", threshold=threshold, margin=margin)
    layer = text_layer if text_layer is not None else MODEL_LAYER
    if scores is None:
        scores = layer.score(title=title, text=text, file_name=file_name)
    return decide_outcome(
        candidates_from(scores), method=layer.method, threshold=threshold, margin=margin
    )
