"""Generate the sample corpus reproducibly: `python -m sample_corpus.generate [--out DIR]`.

The same seed and code give byte-identical files, so the committed corpus can be checked
against a fresh generation.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sample_corpus import CORPUS_DIR
from sample_corpus.document import Doc
from sample_corpus.people import People
from sample_corpus.render import extract_text, render_docx, render_pdf
from sample_corpus.texts_bestuur import TEXTS as BESTUUR
from sample_corpus.texts_overig import TEXTS as OVERIG

SEED = 1926  # CBS code of Pijnacker-Nootdorp
TEXTS: list[Callable[[People], Doc]] = [*BESTUUR, *OVERIG]


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _missing(planted: dict[str, Any], text: str) -> list[str]:
    """Planted values that do not occur in the extracted text (should be none)."""
    values = [item["value"] for item in planted["identifiers"]]
    values += planted["office_holders"] + planted["citizen_names"]
    values += [part for a in planted["addresses"] for part in (a["straat"], a["postcode"])]
    return [value for value in values if value not in text]


def build(seed: int = SEED) -> dict[str, bytes]:
    """Every corpus file (documents, sidecars, planted.json) as name -> bytes."""
    people = People(seed)
    files: dict[str, bytes] = {}
    manifest: dict[str, Any] = {}
    for make in TEXTS:
        doc = make(people)
        if doc.file_name in files:
            raise ValueError(f"dubbele bestandsnaam {doc.file_name}")
        content = render_pdf(doc) if doc.file_name.endswith(".pdf") else render_docx(doc)
        planted = doc.planted(extract_text(doc.file_name, content))
        if missing := _missing(planted, extract_text(doc.file_name, content)):
            raise ValueError(f"{doc.file_name}: geplante waarden niet in de tekst: {missing}")
        files[doc.file_name] = content
        files[doc.file_name + ".meta.json"] = _dump(doc.sidecar())
        manifest[doc.file_name] = planted
    files["planted.json"] = _dump(manifest)
    return files


def generate(out: Path = CORPUS_DIR, seed: int = SEED) -> list[Path]:
    """Write the corpus into `out`; returns the written paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in build(seed).items():
        path = out / name
        path.write_bytes(content)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Genereer het voorbeeldcorpus.")
    parser.add_argument("--out", type=Path, default=CORPUS_DIR, help="doelmap")
    args = parser.parse_args(argv)
    written = generate(args.out)
    documents = [path for path in written if path.suffix in (".pdf", ".docx")]
    print(f"{len(documents)} documenten geschreven naar {args.out}")


if __name__ == "__main__":
    main()
