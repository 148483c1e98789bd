"""Evaluation of lakken on annotated Dutch test sets: `python -m publicatie.evaluation`.

`dataset` builds the templated set (municipal letters, decision lists and e-mails from seeded
templates, plus two short hand-written texts) and loads the hand-written, hand-annotated
realistic set in `realistic/` (the development set the detectors were tuned on) and the held-out
set in `realistic_toets/` (never used to change them), plus a second held-out set in
`realistic_toets2/` (written blind); `metrics` computes recall and precision per type, office
holders and other public values redacted, and the leak check; `__main__` reports the sets
separately.
"""

from publicatie.evaluation.dataset import (
    Annotated,
    Example,
    build_dataset,
    load_realistic,
    load_toets,
    load_toets2,
)

__all__ = ["Annotated", "Example", "build_dataset", "load_realistic", "load_toets", "load_toets2"]
