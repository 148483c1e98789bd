"""Our own records: what one stage hands to the next.

Data flows one way: FetchedDocument -> Classification -> RedactionResult -> DiWoo metadata.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class DocumentRef(BaseModel):
    """A connector's pointer to one document in its source, before it is fetched."""

    model_config = ConfigDict(frozen=True)

    source_id: str = Field(description="Stable id of the document within its source.")
    fingerprint: str = Field(description="Cheap change marker (mtime+size, versie, etag...).")
    deleted: bool = False


class FetchedDocument(BaseModel):
    """One document as fetched from a source: bytes plus what the source says about it."""

    source: str
    source_id: str
    fingerprint: str
    file_name: str
    media_type: str
    content: bytes = Field(repr=False)
    metadata: dict[str, Any] = Field(default_factory=dict)


class CategoryScore(BaseModel):
    """One Woo information category with the classifier's confidence."""

    uri: str
    code: str = Field(description="infocatNNN, or '' for art. 3.1")
    label: str
    confidence: float = Field(ge=0.0, le=1.0)


class Classification(BaseModel):
    """The classifier's answer for one document."""

    categories: list[CategoryScore] = Field(default_factory=list)
    needs_review: bool
    reason: str = Field(description="Short Dutch explanation of the decision.")
    method: Literal["mapping", "text", "rules", "reviewer", "none"] = "none"

    @property
    def top(self) -> CategoryScore | None:
        return self.categories[0] if self.categories else None


class RedactionSpan(BaseModel):
    """One piece of detected (personal) data, and what we decided to do with it."""

    start: int
    end: int
    text: str
    type: str = Field(description="bsn, iban, email, phone, name, ...")
    ground: str = Field(description="Woo ground, e.g. 5.1.1e or 5.1.2e")
    action: Literal["redact", "keep"] = "redact"
    reason: str = ""
    confidence: float = 1.0
    origin: Literal["rule", "model", "reviewer"] = "rule"
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


class RedactionResult(BaseModel):
    """Outcome of lakken one document: the spans, and whether verification passed."""

    spans: list[RedactionSpan] = Field(default_factory=list)
    pages: int = 0
    verified: bool = False
    needs_review: bool = False
    reason: str = ""
