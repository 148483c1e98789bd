"""Train the text model with the organisation's own labelled documents, and measure the gain.

The shipped model learnt from templates and hand-written examples; on real documents of other
organisations it is right about two times in three (EVALUATION.md). An organisation has what it
lacks: its own documents with the category a person gave them (exported from its document
system, or decided by the contactfunctionaris in the review queue). `train_with_own` adds those
to the training part of the shipped corpus, with more weight, and fits the temperature anew;
`cross_validate` says, before anyone relies on it, how the result does on the organisation's
own documents that it did not see (group k-fold), side by side with the shipped model.

An example is a mapping with `id`, `label` (`infocatNNN` or `geen`) and `text`, optionally
`title`, `file_name` and `group` (documents of one group, e.g. one dossier or one series, stay on
one side of a fold; default: each document its own group).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

from woo.errors import ConfigError
from woo_categorieen.evaluate import evaluate
from woo_categorieen.model import NONE_LABEL, TextModel, build_pipeline, load_model
from woo_categorieen.register import categories
from woo_categorieen.text_layer import ModelLayer
from woo_categorieen.train import (
    NONE_OFFSET,
    fit_temperature,
    out_of_group_logits,
    sample_weights,
)
from woo_categorieen.training.split import load_corpus, split

# An own document counts three times a templated one, as the hand-written ones do. Measured on
# real documents of other organisations (leave one set out, 325-380 own documents): weights 1, 3
# and 10 gave 0.66-0.81, 0.70-0.82 and 0.70-0.81 top-1; 3 was never worse than 1 and had the
# lowest calibration error on most sets (EVALUATION.md, seventh round).
OWN_WEIGHT = 3.0
OWN_GROUP = "eigen-"
MIN_EXAMPLES = 20
Progress = Callable[[str], None]


def read_examples(path: Path) -> list[dict[str, Any]]:
    """The labelled documents of a JSONL file; a bad line is a configuration error that names
    the line (nothing is trained on half a file)."""
    known = {c.code for c in categories()} | {NONE_LABEL}
    examples: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"voorbeelden {path} zijn niet te lezen: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}, regel {number}"
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise ConfigError(f"{where}: geen geldige JSON ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: verwacht een object met id, label en text")
        examples.append(example(item, known, where))
    return examples


def example(item: Mapping[str, Any], known: set[str], where: str) -> dict[str, Any]:
    """One checked example: a known label and a text long enough to learn from."""
    label = str(item.get("label") or "").strip()
    text = item.get("text")
    if label not in known:
        raise ConfigError(f"{where}: onbekend label '{label}' (infocatNNN of geen)")
    if not isinstance(text, str) or len(text.strip()) < 50:
        raise ConfigError(f"{where}: 'text' ontbreekt of is korter dan 50 tekens")
    identifier = str(item.get("id") or where)
    return {
        "id": identifier,
        "label": label,
        "text": text,
        "title": str(item.get("title") or ""),
        "file_name": str(item.get("file_name") or ""),
        "metadata": {},
        "group": OWN_GROUP + str(item.get("group") or identifier),
    }


def _weights(docs: Sequence[Mapping[str, Any]], weight: float) -> np.ndarray:
    """The shipped corpus's weights, and `weight` for every own example."""
    return np.asarray(
        [
            weight if d["group"].startswith(OWN_GROUP) else shipped
            for d, shipped in zip(docs, sample_weights(docs), strict=True)
        ]
    )


def _fit(docs: Sequence[Mapping[str, Any]], weight: float) -> Any:
    y = [d["label"] for d in docs]
    return build_pipeline().fit(docs, y, classifier__sample_weight=_weights(docs, weight))


def _require_enough(own: Sequence[Mapping[str, Any]]) -> None:
    if len(own) < MIN_EXAMPLES:
        raise ConfigError(
            f"te weinig eigen voorbeelden om op te trainen: {len(own)} (minstens {MIN_EXAMPLES})"
        )


def train_with_own(
    own: Sequence[Mapping[str, Any]],
    *,
    weight: float = OWN_WEIGHT,
    corpus: Sequence[Mapping[str, Any]] | None = None,
    progress: Progress | None = None,
) -> TextModel:
    """The text model trained on the shipped corpus's training part and the own examples, with
    its temperature fitted on out-of-group predictions (the own groups included)."""
    _require_enough(own)
    shipped = list(corpus) if corpus is not None else split(load_corpus())[0]
    docs = [*shipped, *own]
    labels = sorted({d["label"] for d in docs})
    if progress:
        progress("temperatuur bepalen (3 deelmodellen)")
    logits = out_of_group_logits(docs, labels, _weights(docs, weight))
    truth = np.asarray([labels.index(d["label"]) for d in docs])
    temperature = fit_temperature(logits, truth)
    if progress:
        progress("eindmodel trainen")
    pipeline = _fit(docs, weight)
    info = {
        "trained_on": len(docs),
        "own_examples": len(own),
        "own_weight": weight,
        "temperature_fitted_on": "3-fold group split of shipped training part and own examples",
    }
    return TextModel(pipeline, temperature, info, NONE_OFFSET)


@dataclass(frozen=True)
class CrossValidation:
    """How the shipped model and the model with own examples do on unseen own documents."""

    documents: int
    folds: int
    shipped_top1: float
    own_top1: float
    shipped_review_rate: float
    own_review_rate: float
    own_accuracy_accepted: float

    def summary(self) -> str:
        return (
            f"Op {self.documents} eigen documenten die het model niet zag ({self.folds}-voudige "
            f"kruisvalidatie): juist {self.shipped_top1:.0%} met het meegeleverde model, "
            f"{self.own_top1:.0%} met de eigen voorbeelden; ter beoordeling "
            f"{self.shipped_review_rate:.0%} → {self.own_review_rate:.0%}; juist van wat niet "
            f"ter beoordeling gaat: {self.own_accuracy_accepted:.0%}."
        )


def cross_validate(
    own: Sequence[Mapping[str, Any]],
    *,
    weight: float = OWN_WEIGHT,
    folds: int = 5,
    corpus: Sequence[Mapping[str, Any]] | None = None,
    base: TextModel | None = None,
    progress: Progress | None = None,
) -> CrossValidation:
    """Group k-fold over the own examples: each fold is classified by a model trained on the
    shipped corpus and the other folds (temperature of the shipped model), and by `base`."""
    _require_enough(own)
    groups = np.asarray([d["group"] for d in own])
    folds = max(2, min(folds, len(set(groups.tolist()))))
    shipped = list(corpus) if corpus is not None else split(load_corpus())[0]
    base_model = base if base is not None else load_model()
    # each own document scored by the model that did not see its fold, in the folds' order
    tested: list[Mapping[str, Any]] = []
    scores: list[Any] = []
    for number, (train_idx, test_idx) in enumerate(
        GroupKFold(n_splits=folds).split(own, groups=groups), start=1
    ):
        if progress:
            progress(f"kruisvalidatie: deel {number} van {folds}")
        pipeline = _fit([*shipped, *(own[i] for i in train_idx)], weight)
        layer = ModelLayer(TextModel(pipeline, base_model.temperature, {}, NONE_OFFSET))
        test = [own[i] for i in test_idx]
        tested.extend(test)
        scores.extend(layer.score_many(test, explain=False))
    shipped_figures = evaluate(tested, with_metadata=False, layer=ModelLayer(base_model))
    own_figures = evaluate(tested, with_metadata=False, scores=scores)
    return CrossValidation(
        documents=len(tested),
        folds=folds,
        shipped_top1=shipped_figures.top1,
        own_top1=own_figures.top1,
        shipped_review_rate=shipped_figures.review_rate,
        own_review_rate=own_figures.review_rate,
        own_accuracy_accepted=own_figures.accuracy_accepted,
    )


__all__ = [
    "MIN_EXAMPLES",
    "OWN_WEIGHT",
    "CrossValidation",
    "cross_validate",
    "example",
    "read_examples",
    "train_with_own",
]
