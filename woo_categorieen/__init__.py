"""Woo information categories: the TOOI register and classifier v0.

`categories()`, `by_code()`, `by_uri()` and `resolve()` read the register shipped as package
data (with the date from which each category is mandatory); `classify()` assigns categories to a
document, first from the organisation's metadata mapping, then from Dutch textual cues, and
marks every unsure answer for review.
"""

from woo_categorieen.classifier import NO_CATEGORY_REASON, TextLayer, classify
from woo_categorieen.register import Category, by_code, by_uri, categories, resolve

__all__ = [
    "NO_CATEGORY_REASON",
    "Category",
    "TextLayer",
    "by_code",
    "by_uri",
    "categories",
    "classify",
    "resolve",
]
