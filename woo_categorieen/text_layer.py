"""Layer 2 (default): the trained text model, with the cue table as features and as evidence.

`ModelLayer.score()` returns every class the model gives at least `MIN_SHOWN` probability,
"geen" (none of the above) included, each with the words that decided. `score_many()` scores a
batch in one pass, which is what the batch command and the benchmark use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from woo_categorieen.cues import score_text
from woo_categorieen.model import NONE_LABEL, TextModel, load_model, load_model_file

MIN_SHOWN = 0.05
# A text model is never surer than the organisation's own mapping (0.98) says a rule is.
MAX_CONFIDENCE = 0.97


@dataclass(frozen=True, slots=True)
class ModelScore:
    """One class as the model sees it: probability and the deciding words and cues."""

    code: str  # infocatNNN or "geen"
    confidence: float
    words: tuple[str, ...] = ()
    cue_evidence: str = ""

    @property
    def evidence(self) -> str:
        """Dutch summary, e.g. "tekstmodel: woorden 'besluitenlijst', 'college'"."""
        parts = []
        if self.words:
            parts.append("woorden " + ", ".join(f"'{w}'" for w in self.words))
        if self.cue_evidence:
            parts.append(f"signaalwoorden {self.cue_evidence}")
        return "tekstmodel: " + ("; ".join(parts) if parts else "algemeen taalgebruik")


class ModelLayer:
    """The trained model behind the `TextLayer` protocol; loads the model lazily, once."""

    method: Literal["text", "rules"] = "text"

    def __init__(self, model: TextModel | None = None) -> None:
        self._model = model

    @property
    def model(self) -> TextModel:
        if self._model is None:
            self._model = load_model()
        return self._model

    def score(self, *, title: str, text: str, file_name: str) -> Sequence[ModelScore]:
        return self.score_many([{"title": title, "text": text, "file_name": file_name}])[0]

    def score_many(
        self, docs: Sequence[Mapping[str, Any]], *, explain: bool = True
    ) -> list[list[ModelScore]]:
        """Scores for many documents with one model call; explanations for the top class.

        `explain=False` skips the explanation (for evaluation, where only the labels count).
        """
        if not docs:
            return []
        model = self.model
        probabilities = np.minimum(model.probabilities(docs), MAX_CONFIDENCE)
        labels = model.labels
        tops = [labels[int(row.argmax())] for row in probabilities]
        words = model.explain_many(docs, tops) if explain else [[] for _ in docs]
        results = []
        for doc, row, top_words in zip(docs, probabilities, words, strict=True):
            order = sorted(range(len(labels)), key=lambda i: -row[i])
            scores = []
            for rank, index in enumerate(order):
                if rank > 0 and row[index] < MIN_SHOWN:
                    break
                if rank == 0:
                    cue_evidence = _cue_evidence(doc, labels[index]) if explain else ""
                    scores.append(
                        ModelScore(labels[index], float(row[index]), tuple(top_words), cue_evidence)
                    )
                else:
                    scores.append(ModelScore(labels[index], float(row[index])))
            results.append(scores)
        return results


def _cue_evidence(doc: Mapping[str, Any], code: str) -> str:
    """The cue words for `code` found in the document (the transparent part of the answer)."""
    if code == NONE_LABEL:
        return ""
    for score in score_text(
        title=str(doc.get("title") or ""),
        text=str(doc.get("text") or ""),
        file_name=str(doc.get("file_name") or ""),
    ):
        if score.code == code:
            return score.evidence
    return ""


MODEL_LAYER = ModelLayer()


def layer_for(model_path: Path | None) -> ModelLayer:
    """The text layer of the configured model: the organisation's own (trained with its
    labelled documents, `woo classifier train`) or, without one, the shipped model."""
    if model_path is None:
        return MODEL_LAYER
    return ModelLayer(load_model_file(model_path))


__all__ = [
    "MAX_CONFIDENCE",
    "MIN_SHOWN",
    "MODEL_LAYER",
    "NONE_LABEL",
    "ModelLayer",
    "ModelScore",
    "layer_for",
]
