"""Evaluation of lakken on annotated Dutch test sets: `python -m publicatie.evaluation`.

`dataset` builds the templated set (municipal letters, decision lists and e-mails from seeded
templates, plus two short hand-written texts) and loads the hand-written, hand-annotated sets:
`realistic/` (the development set), `realistic_toets/` and the blind sets `realistic_toets2/` to
`realistic_toets6/` (`load_set`, listed in `HAND_WRITTEN_SETS`; see README.md); `metrics`
computes recall and precision per type, office holders and other public values redacted, and
the leak check; `__main__` reports the sets separately.
"""

from publicatie.evaluation.dataset import (
    Annotated,
    Example,
    build_dataset,
    load_realistic,
    load_set,
    load_toets,
)

__all__ = ["Annotated", "Example", "build_dataset", "load_realistic", "load_set", "load_toets"]
