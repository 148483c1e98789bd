"""A family of synthetic documents: one kind of document written in one style."""

from __future__ import annotations

from dataclasses import dataclass

NONE_LABEL = "geen"  # "none of the above": internal notes, e-mails, invoices


@dataclass(frozen=True, slots=True)
class Family:
    label: str  # infocatNNN or NONE_LABEL
    family_id: str  # e.g. "001a"; the held-out split leaves whole families out
    titles: tuple[str, ...]
    file_stems: tuple[str, ...]
    parts: tuple[str, ...]  # "?" prefix: optional part
    types: tuple[str, ...] = ()  # source-system document types for the metadata evaluation
    share: float = 1.0  # fraction of the per-family count to generate (a smaller, rarer style)
    # Named values kept consistent within one document: one variant (a tuple of (slot, template)
    # pairs) is picked per document and its slots can be used in titles and parts like {gemeente}.
    variants: tuple[tuple[tuple[str, str], ...], ...] = ()


def variant(**slots: str) -> tuple[tuple[str, str], ...]:
    """One variant of a family: `variant(vo="Financiële verordening", grond="artikel 212")`."""
    return tuple(slots.items())
