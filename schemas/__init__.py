"""Pydantic models shared by every stage: our own records and the DiWoo metadata model."""

from schemas.records import (
    CategoryScore,
    Classification,
    DocumentRef,
    FetchedDocument,
    RedactionResult,
    RedactionSpan,
)

__all__ = [
    "CategoryScore",
    "Classification",
    "DocumentRef",
    "FetchedDocument",
    "RedactionResult",
    "RedactionSpan",
]
