"""Evaluation of lakken on an annotated Dutch test set: `python -m publicatie.evaluation`.

`dataset` builds the annotated set (realistic municipal templates plus hand-written letters);
`__main__` reports recall and precision per type, office holders redacted, and the leak check.
"""

from publicatie.evaluation.dataset import Annotated, Example, build_dataset

__all__ = ["Annotated", "Example", "build_dataset"]
