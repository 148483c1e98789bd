"""Every sample-corpus document: planted personal data is gone, office holders stay visible."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from publicatie.convert import to_pdf
from publicatie.pdf_text import extract_text
from publicatie.policy import DetectionPolicy
from publicatie.redact import redact_pdf

CORPUS = Path(__file__).resolve().parents[1] / "sample_corpus" / "documents"
PLANTED = json.loads((CORPUS / "planted.json").read_text(encoding="utf-8"))
# All PDFs, plus one DOCX letter to a citizen (LibreOffice is slow; embedded font subsets).
FILES = [*sorted(n for n in PLANTED if n.endswith(".pdf")), "klachtoordeel-2024-k019.docx"]
MEDIA = {".pdf": "application/pdf", ".docx": "application/octet-stream"}


def _secret_values(info: dict) -> list[str]:
    values = list(info["citizen_names"]) + list(info["civil_servant_names"])
    for address in info["addresses"]:
        values += [address["straat"], address["postcode"]]
    values += [item["value"] for item in info["identifiers"]]
    return values


@pytest.mark.parametrize("name", FILES)
def test_planted_personal_data_is_gone_and_office_holders_stay(name: str) -> None:
    info = PLANTED[name]
    source = (CORPUS / name).read_bytes()
    pdf = to_pdf(source, name, MEDIA[Path(name).suffix], document=name)
    output, result = redact_pdf(pdf, document=name, policy=DetectionPolicy())
    text = " ".join(" ".join(extract_text(output, document=name)).split())
    for value in _secret_values(info):
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text), value
    for holder in info["office_holders"]:
        assert holder in text, holder
    assert result.verified, result.reason
