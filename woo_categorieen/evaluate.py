"""Evaluate the shipped classifier on the held-out groups of the corpus.

    python -m woo_categorieen.evaluate [--json]

Prints top-1 accuracy, macro-F1, the review rate, calibration and the confusion matrix, once
from text alone and once with source metadata and an example organisation mapping
(`EVALUATION_MAPPING`). The held-out part consists of whole template families and real
sources the model never saw in training (see `training/generate.py`). A third run classifies the
35 documents of `sample_corpus/` (written by another author, read from their PDF/DOCX files).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score

from woo.settings import CategoryMappingRule
from woo_categorieen.classifier import CUE_LAYER, Outcome, classify_outcome
from woo_categorieen.model import NONE_LABEL
from woo_categorieen.text_layer import MODEL_LAYER, ModelLayer
from woo_categorieen.training.split import load_corpus, split

# An organisation's mapping as it might look: some document types mapped, others not.
EVALUATION_MAPPING: tuple[CategoryMappingRule, ...] = tuple(
    CategoryMappingRule(field="informatieobjecttype", value=value, category=category)
    for value, category in (
        ("Verordening", "infocat001"), ("APV", "infocat001"),
        ("Beleidsregel", "infocat002"), ("Verkeersbesluit", "infocat002"),
        ("Aanwijzingsbesluit", "infocat002"), ("Adviesaanvraag", "infocat003"),
        ("Ontwerpbesluit", "infocat003"), ("Mandaatbesluit", "infocat004"),
        ("Organogram", "infocat004"), ("Contactgegevens", "infocat005"),
        ("Lijst ingekomen stukken", "infocat006"), ("Ingekomen stuk", "infocat006"),
        ("Kamerstuk", "infocat007"), ("Raadsvoorstel", "infocat008"), ("Motie", "infocat008"),
        ("Amendement", "infocat008"), ("Besluitenlijst B&W", "infocat009"),
        ("Agenda college", "infocat009"), ("Advies", "infocat010"),
        ("Convenant", "infocat011"), ("Jaarverslag", "infocat012"),
        ("Begroting", "infocat012"), ("Jaarplan", "infocat012"),
        ("Subsidieregeling", "infocat013"), ("Subsidieovereenkomst", "infocat013"),
        ("Woo-besluit", "infocat014"), ("Woo-verzoek", "infocat014"),
        ("Onderzoeksrapport", "infocat015"), ("Besluit omgevingsvergunning", "infocat016"),
        ("Beschikking", "infocat016"), ("Klachtoordeel", "infocat017"),
    )
)  # fmt: skip
THRESHOLD, MARGIN = 0.70, 0.15  # the defaults of `thresholds` in the settings


@dataclass
class Figures:
    """The figures of one evaluation run."""

    documents: int
    top1: float
    macro_f1: float
    review_rate: float
    accuracy_accepted: float  # top-1 among documents that would not go to review
    mapping_applied: int = 0
    accuracy_mapped: float | None = None
    expected_calibration_error: float = 0.0
    confusion_labels: list[str] = field(default_factory=list)
    confusion: list[list[int]] = field(default_factory=list)
    confused_pairs: list[tuple[str, str, int]] = field(default_factory=list)


def predicted_label(outcome: Outcome) -> str:
    """The top answer as a label: an infocat code, or "geen" when none of the above leads."""
    result = outcome.classification
    if result.top is None:
        return NONE_LABEL
    if outcome.none_confidence is not None and outcome.none_confidence > result.top.confidence:
        return NONE_LABEL
    return result.top.code or NONE_LABEL


def top_confidence(outcome: Outcome) -> float:
    result = outcome.classification
    values = [c.confidence for c in result.categories]
    if outcome.none_confidence is not None:
        values.append(outcome.none_confidence)
    return max(values, default=0.0)


def _calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> float:
    conf, hit = np.asarray(confidences), np.asarray(correct, dtype=float)
    error = 0.0
    for low in np.linspace(0, 1, bins, endpoint=False):
        inside = (conf >= low) & (conf < low + 1 / bins + (1e-9 if low >= 0.9 else 0))
        if inside.any():
            error += inside.mean() * abs(conf[inside].mean() - hit[inside].mean())
    return round(float(error), 4)


def evaluate(
    examples: Sequence[dict[str, Any]],
    *,
    with_metadata: bool,
    layer: ModelLayer = MODEL_LAYER,
    scores: Sequence[Sequence[Any]] | None = None,
) -> Figures:
    """Classify `examples` through the real `classify` path and compute the figures.

    `scores` (the text layer's answers for `examples`) may be passed in to score only once.
    """
    docs = list(examples)
    if scores is None:
        scores = layer.score_many(docs, explain=False)
    all_scores = scores
    mapping = EVALUATION_MAPPING if with_metadata else ()
    truth, predicted, confidences, reviews, mapped = [], [], [], [], []
    for doc, scores in zip(docs, all_scores, strict=True):
        outcome = classify_outcome(
            title=doc["title"],
            text=doc["text"],
            file_name=doc["file_name"],
            metadata=doc.get("metadata") if with_metadata else None,
            mapping=mapping,
            threshold=THRESHOLD,
            margin=MARGIN,
            scores=scores,
        )
        truth.append(doc["label"])
        predicted.append(predicted_label(outcome))
        confidences.append(top_confidence(outcome))
        reviews.append(outcome.classification.needs_review)
        mapped.append(outcome.classification.method == "mapping")
    correct = [t == p for t, p in zip(truth, predicted, strict=True)]
    labels = sorted(set(truth) | set(predicted))
    matrix = confusion_matrix(truth, predicted, labels=labels)
    pairs = Counter((t, p) for t, p in zip(truth, predicted, strict=True) if t != p)
    accepted = [c for c, r in zip(correct, reviews, strict=True) if not r]
    mapped_correct = [c for c, m in zip(correct, mapped, strict=True) if m]
    return Figures(
        documents=len(docs),
        top1=round(float(np.mean(correct)), 4),
        macro_f1=round(float(f1_score(truth, predicted, labels=labels, average="macro")), 4),
        review_rate=round(float(np.mean(reviews)), 4),
        accuracy_accepted=round(float(np.mean(accepted)), 4) if accepted else 0.0,
        mapping_applied=len(mapped_correct),
        accuracy_mapped=round(float(np.mean(mapped_correct)), 4) if mapped_correct else None,
        expected_calibration_error=_calibration_error(confidences, correct),
        confusion_labels=labels,
        confusion=matrix.tolist(),
        confused_pairs=[(t, p, n) for (t, p), n in pairs.most_common(8)],
    )


def _short(label: str) -> str:
    return label.removeprefix("infocat")


def render(title: str, figures: Figures) -> str:
    lines = [
        f"== {title} ({figures.documents} documenten) ==",
        f"top-1 {figures.top1:.3f}   macro-F1 {figures.macro_f1:.3f}   "
        f"naar wachtrij {figures.review_rate:.3f}   top-1 zonder wachtrij "
        f"{figures.accuracy_accepted:.3f}   ECE {figures.expected_calibration_error:.3f}",
    ]
    if figures.mapping_applied:
        lines.append(
            f"mapping toegepast op {figures.mapping_applied}: top-1 {figures.accuracy_mapped:.3f}"
        )
    labels = [_short(label) for label in figures.confusion_labels]
    lines.append("waar\\voorspeld " + " ".join(f"{label:>4}" for label in labels))
    for label, row in zip(labels, figures.confusion, strict=True):
        lines.append(f"{label:>14} " + " ".join(f"{n or '.':>4}" for n in row))
    if figures.confused_pairs:
        lines.append(
            "verwisseld: "
            + ", ".join(f"{_short(t)}→{_short(p)} ×{n}" for t, p, n in figures.confused_pairs)
        )
    return "\n".join(lines)


SAMPLE_CORPUS = Path(__file__).resolve().parents[1] / "sample_corpus" / "documents"


def sample_corpus_examples(folder: Path = SAMPLE_CORPUS) -> list[dict[str, Any]]:
    """The demo corpus (written by another author than the training corpus) as examples."""
    from woo_categorieen.documents import read_text

    planted = json.loads((folder / "planted.json").read_text(encoding="utf-8"))
    examples = []
    for name, entry in sorted(planted.items()):
        path = folder / name
        meta_path = folder / f"{name}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        examples.append(
            {
                "title": meta.get("titel") or path.stem,
                "text": read_text(path),
                "file_name": name,
                "metadata": meta,
                "label": entry.get("expected_category") or NONE_LABEL,
                "group": "voorbeeldcorpus",
            }
        )
    return examples


def cue_scores(docs: Sequence[dict[str, Any]]) -> list[Sequence[Any]]:
    """The cue table's answers (the baseline without a model), in the layer's score format."""
    return [
        CUE_LAYER.score(title=d["title"], text=d["text"], file_name=d["file_name"]) for d in docs
    ]


def run_held_out(*, cues_only: bool = False) -> dict[str, Figures]:
    """The held-out part of the corpus, from text alone and with metadata (scored once)."""
    _, held_out = split(load_corpus())
    scores = cue_scores(held_out) if cues_only else MODEL_LAYER.score_many(held_out, explain=False)
    return {
        "zonder_metadata": evaluate(held_out, with_metadata=False, scores=scores),
        "met_metadata": evaluate(held_out, with_metadata=True, scores=scores),
    }


def run_sample_corpus(*, cues_only: bool = False) -> Figures:
    """The demo corpus in `sample_corpus/`, from its real files, without metadata."""
    examples = sample_corpus_examples()
    scores = cue_scores(examples) if cues_only else None
    return evaluate(examples, with_metadata=False, scores=scores)


def run(*, sample_corpus: bool = True, cues_only: bool = False) -> dict[str, Figures]:
    results = run_held_out(cues_only=cues_only)
    if sample_corpus and SAMPLE_CORPUS.is_dir():
        results["voorbeeldcorpus_zonder_metadata"] = run_sample_corpus(cues_only=cues_only)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Evalueer de classificatie op de held-out set.")
    parser.add_argument("--json", action="store_true", help="alleen de cijfers als JSON")
    parser.add_argument(
        "--cues", action="store_true", help="baseline: alleen de cuetabel, zonder model"
    )
    args = parser.parse_args(argv)
    results = run(cues_only=args.cues)
    if args.json:
        print(json.dumps({name: asdict(fig) for name, fig in results.items()}))
        return
    for name, figures in results.items():
        print(render(f"held-out, {name.replace('_', ' ')}", figures))
        print()


if __name__ == "__main__":
    main()
