"""The trained text model: build, save, load (once per process) and explain.

A scikit-learn pipeline: word n-grams (1-2) and character n-grams (3-5) as TF-IDF, plus the cue
features, into a multinomial logistic regression over the 17 art. 3.3 codes and "geen" (none of
the above). Its probabilities are the layer's confidences; a temperature fitted on out-of-group
predictions of the training part keeps them honest. The explanation of an answer names the word
n-grams and cues that pushed most towards the chosen class.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer

from woo.errors import ConfigError
from woo_categorieen.features import CueFeatures, model_texts

MODEL_FILE = "tekstmodel.joblib"
NONE_LABEL = "geen"
MAX_WORDS = 3


def build_pipeline(c: float = 30.0) -> Pipeline:
    """An untrained pipeline (fixed hyper-parameters, so training is reproducible).

    C was chosen by 3-fold group cross-validation inside the training part (0.5: 0.917,
    2: 0.928, 8: 0.939, 30: 0.943 top-1 on unseen families), never on the held-out part.
    Classes are weighted inversely to their frequency ("balanced"): since 2026-11-29 the
    training part has more "geen" families than any category has, and we do not want the
    larger class to win on prior alone (same group cross-validation: 0.942 unweighted,
    0.945 balanced).
    """
    words = Pipeline(
        [
            ("text", FunctionTransformer(model_texts)),
            (
                "tfidf",
                TfidfVectorizer(
                    ngram_range=(1, 2), min_df=2, max_features=12000, sublinear_tf=True,
                    token_pattern=r"(?u)\b[^\W\d_][\w&'-]+\b", dtype=np.float32,
                ),
            ),
        ]
    )  # fmt: skip
    chars = Pipeline(
        [
            ("text", FunctionTransformer(model_texts)),
            (
                "tfidf",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=3, max_features=15000,
                    sublinear_tf=True, dtype=np.float32,
                ),
            ),
        ]
    )  # fmt: skip
    union = FeatureUnion([("words", words), ("chars", chars), ("cues", CueFeatures())])
    classifier = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    return Pipeline([("features", union), ("classifier", classifier)])


@dataclass(frozen=True, slots=True)
class TextModel:
    """A fitted pipeline, its temperature, what it was trained on, and the offset added to the
    calibrated logit of "geen" (see `train.NONE_OFFSET`)."""

    pipeline: Pipeline
    temperature: float
    info: Mapping[str, Any]
    none_offset: float = 0.0

    @property
    def labels(self) -> list[str]:
        return [str(label) for label in self.pipeline.classes_]

    def probabilities(self, docs: Sequence[Mapping[str, Any]]) -> np.ndarray:
        """Calibrated class probabilities, one row per document, columns as `labels`."""
        logits = np.atleast_2d(self.pipeline.decision_function(list(docs))) / self.temperature
        if self.none_offset and NONE_LABEL in self.labels:
            logits[:, self.labels.index(NONE_LABEL)] += self.none_offset
        return softmax(logits)

    def explain(self, doc: Mapping[str, Any], label: str) -> list[str]:
        """The word n-grams that pushed most towards `label` (weight times TF-IDF value)."""
        return self.explain_many([doc], [label])[0]

    def explain_many(
        self, docs: Sequence[Mapping[str, Any]], labels: Sequence[str]
    ) -> list[list[str]]:
        """`explain` for many documents at once (one vectoriser pass)."""
        union: FeatureUnion = self.pipeline.named_steps["features"]
        classifier: LogisticRegression = self.pipeline.named_steps["classifier"]
        words = union.transformer_list[0][1]
        matrix = words.transform(list(docs)).tocsr()
        names = words.named_steps["tfidf"].get_feature_names_out()
        known = self.labels
        result = []
        for row, label in enumerate(labels):
            weights = classifier.coef_[known.index(label)]
            start, end = matrix.indptr[row], matrix.indptr[row + 1]
            indices, values = matrix.indices[start:end], matrix.data[start:end]
            contributions = values * weights[indices]
            order = np.argsort(-contributions)[:MAX_WORDS]
            result.append([str(names[indices[i]]) for i in order if contributions[i] > 0])
        return result


def softmax(logits: np.ndarray) -> np.ndarray:
    logits = np.atleast_2d(logits)
    shifted = logits - logits.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=1, keepdims=True)


def save(model: TextModel, path: Any) -> None:
    joblib.dump(
        {
            "pipeline": model.pipeline,
            "temperature": model.temperature,
            "info": dict(model.info),
            "none_offset": model.none_offset,
        },
        path,
        compress=("xz", 6),
    )


def _checked(raw: Any, origin: str) -> TextModel:
    """A loaded model, refused when it is not one of ours or knows a label we do not."""
    from woo_categorieen.register import categories

    if not isinstance(raw, Mapping) or not {"pipeline", "temperature", "info"} <= set(raw):
        raise ConfigError(f"tekstmodel {origin} is geen model van woo classifier train")
    model = _model_of(raw)
    known = {c.code for c in categories()} | {NONE_LABEL}
    unknown = sorted(set(model.labels) - known)
    if unknown:
        raise ConfigError(f"tekstmodel {origin} kent onbekende labels: {', '.join(unknown)}")
    return model


@cache
def _load_model_file(path: str, modified: float) -> TextModel:
    try:
        raw = joblib.load(path)
    except Exception as exc:  # a truncated or foreign file: say which and why
        raise ConfigError(f"tekstmodel {path} is niet te lezen ({type(exc).__name__})") from exc
    return _checked(raw, path)


def load_model_file(path: Any) -> TextModel:
    """A model trained for this organisation (`woo classifier train`), loaded once per process
    and again when the file changes."""
    from pathlib import Path

    file = Path(path)
    if not file.is_file():
        raise ConfigError(
            f"tekstmodel {file} bestaat niet; train het met: woo classifier train, "
            "of laat classification.model leeg voor het meegeleverde model"
        )
    return _load_model_file(str(file.resolve()), file.stat().st_mtime)


@cache
def load_model() -> TextModel:
    """The shipped model, loaded once per process."""
    resource = resources.files("woo_categorieen.data").joinpath(MODEL_FILE)
    if not resource.is_file():
        raise ConfigError(
            f"tekstmodel {MODEL_FILE} ontbreekt; bouw het met: python -m woo_categorieen.train"
        )
    with resources.as_file(resource) as path:
        raw = joblib.load(path)
    return _model_of(raw)


def _model_of(raw: Mapping[str, Any]) -> TextModel:
    """The model of a loaded file; files from before the offset existed have none."""
    return TextModel(
        raw["pipeline"],
        float(raw["temperature"]),
        raw["info"],
        float(raw.get("none_offset", 0.0)),
    )
