"""Woo information categories: the TOOI register and classifier v0.

`categories()`, `by_code()`, `by_uri()` and `resolve()` read the register shipped as package
data (with the date from which each category is mandatory); `classify()` assigns categories to a
document, first from the organisation's metadata mapping, then from the trained text model (which
reads the Dutch cue table as features), and marks every unsure or "none of the above" answer for
review. `python -m woo_categorieen.train` rebuilds the model, `python -m woo_categorieen.evaluate`
measures it on the held-out part of the corpus and `python -m woo_categorieen.evaluate_external`
on a folder of real documents labelled by hand (see EVALUATION.md).
"""

from woo_categorieen.classifier import (
    NO_CATEGORY_REASON,
    NONE_OF_THE_ABOVE,
    Outcome,
    TextLayer,
    classify,
    classify_outcome,
)
from woo_categorieen.register import (
    Category,
    by_code,
    by_uri,
    categories,
    resolve,
    with_mandatory_dates,
)

__all__ = [
    "NONE_OF_THE_ABOVE",
    "NO_CATEGORY_REASON",
    "Category",
    "Outcome",
    "TextLayer",
    "by_code",
    "by_uri",
    "categories",
    "classify",
    "classify_outcome",
    "resolve",
    "with_mandatory_dates",
]
