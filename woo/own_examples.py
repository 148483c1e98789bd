"""The organisation's own labelled documents, taken from the ledger: every document whose
categories the contactfunctionaris set in the review queue, with the text the classifier read.

These are the examples `woo classifier train --from-ledger` learns from. Only a person's decision
counts: the classifier's own answers would teach the model what it already thinks.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ledger.db import Ledger
from ledger.models import Document
from publicatie.pdf_text import extract_text
from publicatie.storage import Storage
from woo.context import work_key
from woo.stages import CLASSIFY_TEXT_CHARS
from woo_categorieen.own_training import OWN_GROUP

REVIEWER = "reviewer"


def examples_from_ledger(ledger: Ledger, private: Storage) -> tuple[list[dict[str, Any]], int]:
    """(examples, skipped): one example per document whose current categories a reviewer set,
    labelled with the first of them; skipped are those whose rendered PDF is gone."""
    examples: list[dict[str, Any]] = []
    skipped = 0
    with ledger.session() as session:
        for document in session.scalars(select(Document).order_by(Document.id)):
            record = document.current_classification()
            if record is None or record.method != REVIEWER or not record.categories:
                continue
            key = work_key(document, "document.pdf")
            if not private.exists(key):
                skipped += 1
                continue
            pages = extract_text(private.get(key), document=document.source_id)
            examples.append(
                {
                    "id": document.public_id,
                    "label": str(record.categories[0].get("code") or ""),
                    "text": "\n".join(pages)[:CLASSIFY_TEXT_CHARS],
                    "title": document.title or "",
                    "file_name": document.file_name or "",
                    "metadata": {},
                    "group": f"{OWN_GROUP}{document.source}:{document.public_id}",
                }
            )
    return examples, skipped
