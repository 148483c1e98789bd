"""The bundled sample corpus: fake documents of gemeente Pijnacker-Nootdorp for demos and tests.

`CORPUS_DIR` holds the documents with their `.meta.json` sidecars, plus `planted.json`: per file
the personal data planted in it and the expected information category. Regenerate with
`python -m sample_corpus.generate`. Point a folder source at `CORPUS_DIR` with
`exclude = CORPUS_EXCLUDE` so `planted.json` is not harvested as a document.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sample_corpus.document import OFFICE_HOLDERS as _OFFICE_HOLDERS

CORPUS_DIR: Path = Path(__file__).resolve().parent / "documents"
PLANTED_FILE: Path = CORPUS_DIR / "planted.json"
CORPUS_EXCLUDE: list[str] = ["planted.json"]
OFFICE_HOLDER_NAMES: list[str] = [name for name, _role in _OFFICE_HOLDERS.values()]


def load_planted(path: Path = PLANTED_FILE) -> dict[str, dict[str, Any]]:
    """The planted-data manifest: file name -> identifiers, names and expected category."""
    return json.loads(path.read_text(encoding="utf-8"))


__all__ = ["CORPUS_DIR", "CORPUS_EXCLUDE", "OFFICE_HOLDER_NAMES", "PLANTED_FILE", "load_planted"]
