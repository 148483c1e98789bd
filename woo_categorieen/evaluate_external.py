"""Measure the classifier on an external folder of real documents, labelled by hand.

    python -m woo_categorieen.evaluate_external DIR [--labels FILE] [--set NAME] [--cues] [--json]

DIR holds one plain-text file per document, `<id>.txt`, and a labels file (default
`DIR/labels.csv`, else the manifest `training/echte_documenten.csv`) with the columns
`id,url,label,title` (`label` is `infocatNNN` or `geen`) and optionally `set`, the part of the
manifest a document belongs to (`ontwerp`: used to analyse errors, `toets` and the later blind sets
`toets2` to `toets15`: only measured);
`--set` keeps one part. Every document is classified from its
text alone, through the same `classify_outcome` path as the nightly flow and `evaluate.py`: no
metadata, no mapping, no title and no file name (the manifest titles are written by the person who
labelled the set and would leak the label). The texts themselves are never part of this repository
(see `training/PROVENANCE.md`: they are excerpts of third-party web pages, kept outside the tree);
the manifest lists where each one came from so that the set can be rebuilt.

The report gives top-1 accuracy, macro-F1, the share that would go to the review queue, top-1 of
what would not go there, the recall per category and the most frequent confusion pairs.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from woo.errors import ConfigError
from woo_categorieen.classifier import classify_outcome
from woo_categorieen.evaluate import (
    MARGIN,
    THRESHOLD,
    Figures,
    cue_scores,
    evaluate,
    predicted_label,
    render,
)
from woo_categorieen.model import NONE_LABEL
from woo_categorieen.register import by_code
from woo_categorieen.text_layer import MODEL_LAYER

MANIFEST = "echte_documenten.csv"
LABELS_FILE = "labels.csv"
COLUMNS = ("id", "url", "label", "title")
SETS = (
    "ontwerp",
    "toets",
    "toets2",
    "toets3",
    "toets4",
    "toets5",
    "toets6",
    "toets7",
    "toets8",
    "toets9",
    "toets10",
    "toets11",
    "toets12",
    "toets13",
    "toets14",
    "toets15",
)


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One real document as listed in the manifest: where it came from and its hand label."""

    id: str
    url: str
    label: str
    title: str
    set: str = ""


def manifest_path() -> Path:
    """The manifest shipped beside the training corpus (URLs and labels only, no text)."""
    return Path(str(resources.files("woo_categorieen.training").joinpath(MANIFEST)))


def read_manifest(path: Path) -> list[ManifestRow]:
    """The rows of a labels file; an unknown label or a duplicate id is a configuration error."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ConfigError(f"{path}: kolommen ontbreken: {', '.join(sorted(missing))}")
        rows = [
            ManifestRow(
                **{key: (row[key] or "").strip() for key in COLUMNS},
                set=(row.get("set") or "").strip(),
            )
            for row in reader
        ]
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:
            raise ConfigError(f"{path}: id '{row.id}' komt dubbel voor")
        seen.add(row.id)
        if row.label != NONE_LABEL:
            by_code(row.label)  # raises for an unknown code
    return rows


def load_examples(
    folder: Path, labels: Path | None = None, part: str | None = None
) -> tuple[list[dict[str, Any]], int]:
    """The documents of `folder` as evaluation examples, and how many listed ones are missing.

    `part` keeps only the rows of that `set` (for example "toets").
    """
    if labels is None:
        labels = folder / LABELS_FILE if (folder / LABELS_FILE).is_file() else manifest_path()
    examples, missing = [], 0
    for row in read_manifest(labels):
        if part is not None and row.set != part:
            continue
        path = folder / f"{row.id}.txt"
        if not path.is_file():
            missing += 1
            continue
        examples.append(
            {
                "title": "",
                "text": path.read_text(encoding="utf-8"),
                "file_name": "",
                "metadata": {},
                "label": row.label,
                "group": "echt-extern",
                "id": row.id,
            }
        )
    return examples, missing


@dataclass
class ExternalReport:
    """The figures plus what the set consists of and how each category fared."""

    figures: Figures
    support: dict[str, int]
    recall: dict[str, float]
    missing: int
    errors: list[tuple[str, str, str]]  # (id, true label, predicted label)


def _recall(figures: Figures) -> dict[str, float]:
    labels = figures.confusion_labels
    recall = {}
    for index, label in enumerate(labels):
        row = figures.confusion[index]
        if sum(row):
            recall[label] = round(row[index] / sum(row), 3)
    return recall


def run(
    folder: Path,
    labels: Path | None = None,
    *,
    part: str | None = None,
    cues_only: bool = False,
) -> ExternalReport:
    examples, missing = load_examples(folder, labels, part)
    if not examples:
        raise ConfigError(f"geen documenten gevonden in {folder}")
    scores = cue_scores(examples) if cues_only else MODEL_LAYER.score_many(examples, explain=False)
    figures = evaluate(examples, with_metadata=False, scores=scores)
    predicted = _predicted_labels(examples, scores)
    errors = [
        (doc["id"], doc["label"], guess)
        for doc, guess in zip(examples, predicted, strict=True)
        if guess != doc["label"]
    ]
    return ExternalReport(
        figures=figures,
        support=dict(sorted(Counter(d["label"] for d in examples).items())),
        recall=_recall(figures),
        missing=missing,
        errors=errors,
    )


def _predicted_labels(examples: list[dict[str, Any]], scores: Any) -> list[str]:
    """The top label per document, through the same path as `evaluate` (for the error list)."""
    return [
        predicted_label(
            classify_outcome(
                title=doc["title"],
                text=doc["text"],
                file_name=doc["file_name"],
                threshold=THRESHOLD,
                margin=MARGIN,
                scores=doc_scores,
            )
        )
        for doc, doc_scores in zip(examples, scores, strict=True)
    ]


def _short(label: str) -> str:
    return label.removeprefix("infocat")


def render_report(title: str, report: ExternalReport) -> str:
    lines = [render(title, report.figures)]
    lines.append(
        "per categorie (aantal, recall): "
        + ", ".join(
            f"{_short(label)} {n} {report.recall.get(label, 0.0):.2f}"
            for label, n in report.support.items()
        )
    )
    if report.missing:
        lines.append(f"let op: {report.missing} documenten uit de lijst ontbreken in de map")
    if report.errors:
        lines.append("fout geclassificeerd:")
        lines.extend(
            f"  {doc_id}: {_short(true)} → {_short(guess)}" for doc_id, true, guess in report.errors
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Evalueer de classificatie op een map met echte, met de hand gelabelde teksten."
    )
    parser.add_argument("folder", type=Path, help="map met <id>.txt-bestanden")
    parser.add_argument(
        "--labels", type=Path, default=None, help=f"labelbestand (standaard MAP/{LABELS_FILE})"
    )
    parser.add_argument("--set", choices=SETS, default=None, help="alleen dit deel van de lijst")
    parser.add_argument("--cues", action="store_true", help="baseline: alleen de cuetabel")
    parser.add_argument("--json", action="store_true", help="alleen de cijfers als JSON")
    args = parser.parse_args(argv)
    report = run(args.folder, args.labels, part=args.set, cues_only=args.cues)
    if args.json:
        print(json.dumps(asdict(report)))
        return
    name = "cuetabel" if args.cues else "tekstmodel"
    print(render_report(f"echte documenten, alleen tekst, {name}", report))


if __name__ == "__main__":
    main()
