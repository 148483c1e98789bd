"""A generated corpus of hostile input: every case must be quarantined, never published.

`python -m hostile_corpus.generate [--out DIR]` writes the cases into a folder that a folder
source can harvest, plus `cases.json`: per case the source id, what makes it hostile and the
words the quarantine reason must contain. Nothing here is shipped with the product.
"""

from __future__ import annotations

from hostile_corpus.cases import CASES, HostileCase, write_corpus

__all__ = ["CASES", "HostileCase", "write_corpus"]
