"""Feature extraction of the text model: what the model reads of a document.

A document is a mapping with `title`, `text` and `file_name`. The model reads the title (twice,
so it weighs more), the words of the file name and the first `BODY_LIMIT` characters of the
body, as word and character n-grams, plus the cue table of `cues.py` as 17 transparent
features (the cue score per category). Everything here is a module-level function or class so
a trained pipeline can be pickled and loaded again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from woo_categorieen.cues import BODY_LIMIT, CUE_TABLE, _file_name_text, find_cues, normalise_text

CUE_CODES: tuple[str, ...] = tuple(sorted({code for code, *_ in CUE_TABLE}))
CUE_SCALE = 10.0  # cue scores (3..20) to the scale of TF-IDF values


def model_text(doc: Mapping[str, Any]) -> str:
    """The text the n-gram features read: title twice, file name words, start of the body."""
    title = str(doc.get("title") or "")
    file_words = _file_name_text(str(doc.get("file_name") or ""))
    body = str(doc.get("text") or "")[:BODY_LIMIT]
    return normalise_text(f"{title}\n{title}\n{file_words}\n{body}")


def model_texts(docs: Iterable[Mapping[str, Any]]) -> list[str]:
    return [model_text(doc) for doc in docs]


def cue_scores(doc: Mapping[str, Any]) -> dict[str, float]:
    """Summed cue score per category code (title hits weigh more, as in the cue layer)."""
    scores: dict[str, float] = {}
    hits = find_cues(
        title=str(doc.get("title") or ""),
        text=str(doc.get("text") or ""),
        file_name=str(doc.get("file_name") or ""),
    )
    for hit in hits:
        scores[hit.code] = scores.get(hit.code, 0.0) + hit.score
    return scores


class CueFeatures(TransformerMixin, BaseEstimator):
    """The cue table as features: one column per category (its capped, scaled cue score)."""

    def fit(self, docs: Any, y: Any = None) -> CueFeatures:
        return self

    def transform(self, docs: Iterable[Mapping[str, Any]]) -> sparse.csr_matrix:
        rows = []
        for doc in docs:
            scores = cue_scores(doc)
            row = [min(scores.get(code, 0.0), 2 * CUE_SCALE) / CUE_SCALE for code in CUE_CODES]
            rows.append(row)
        return sparse.csr_matrix(np.asarray(rows, dtype=np.float64).reshape(-1, len(CUE_CODES)))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray([f"cue:{code}" for code in CUE_CODES], dtype=object)
