"""How long `woo classify --batch` takes for N documents, against the cue table alone.

    python -m benchmarks.classification [--documents N]

Documents are drawn (cycling) from the labelled corpus, title and file name included, and go
through `classify_lines`, the function behind `woo classify --batch` (JSONL parse, one model
call per chunk, explanation, decision, JSON out). Baseline: the same documents through
`classify` with the cue layer only (no model). The model's one-time load is timed separately.
The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import cycle, islice

from woo.settings import Settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args(argv)

    from woo.commands.classify import classify_lines
    from woo_categorieen.classifier import CUE_LAYER, classify
    from woo_categorieen.cues import _find_in_zones
    from woo_categorieen.model import load_model
    from woo_categorieen.training.split import load_corpus

    corpus = load_corpus()
    docs = list(islice(cycle(corpus), args.documents))
    lines = [
        json.dumps(
            {
                "id": i,
                "text": d["text"],
                "title": d["title"],
                "file_name": d["file_name"],
                "metadata": {},
            },
            ensure_ascii=False,
        )
        for i, d in enumerate(docs)
    ]
    settings = Settings()

    started = time.perf_counter()
    load_model()
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    out = list(classify_lines(iter(lines), settings))
    model_s = time.perf_counter() - started
    correct = sum(
        1 for o, d in zip(out, docs, strict=True) if o["categories"][0]["code"] == d["label"]
    )
    review = sum(1 for o in out if o["needs_review"])

    _find_in_zones.cache_clear()  # the baseline must not reuse the model run's cue hits
    started = time.perf_counter()
    for d in docs:
        classify(title=d["title"], text=d["text"], file_name=d["file_name"], text_layer=CUE_LAYER)
    cue_s = time.perf_counter() - started

    n = len(docs)
    print(f"{'werkwijze':<34} {'documenten':>10} {'seconden':>9} {'doc/s':>8}")
    print(f"{'tekstmodel laden (eenmalig)':<34} {'':>10} {load_s:>9.2f} {'':>8}")
    print(f"{'woo classify --batch (model)':<34} {n:>10} {model_s:>9.2f} {n / model_s:>8.0f}")
    print(f"{'baseline: alleen cuetabel':<34} {n:>10} {cue_s:>9.2f} {n / cue_s:>8.0f}")
    print(f"verhouding model/baseline: {model_s / cue_s:.2f}")
    print(
        json.dumps(
            {
                "documents": n,
                "model_load_s": round(load_s, 3),
                "batch_s": round(model_s, 3),
                "baseline_cues_s": round(cue_s, 3),
                "ratio_vs_baseline": round(model_s / cue_s, 3),
                "docs_per_s": round(n / model_s, 1),
                "top1_drawn_mostly_training_data": round(correct / n, 4),
                "review_rate": round(review / n, 4),
            }
        )
    )


if __name__ == "__main__":
    main()
