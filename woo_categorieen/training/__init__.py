"""The labelled training corpus: synthetic document families, real excerpts, provenance, split.

`python -m woo_categorieen.training.generate` rebuilds `corpus.jsonl`; `split.load_corpus()` and
`split.split()` give the training and held-out parts (by group, never by document).
"""

__all__: list[str] = []
