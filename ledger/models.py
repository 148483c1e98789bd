"""SQLAlchemy 2 models of the ledger."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_public_id() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    """One document of one source, across all its versions."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("source", "source_id", name="uq_documents_source"),
        Index("ix_documents_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_public_id)
    source: Mapped[str] = mapped_column(String(200))
    source_id: Mapped[str] = mapped_column(String(2000))
    version: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(String(200), default="")
    checksum: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    media_type: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    source_metadata: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    original_key: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(20))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    deleted_in_source: Mapped[bool] = mapped_column(Boolean, default=False)
    lock_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    classifications: Mapped[list[ClassificationRecord]] = relationship(
        back_populates="document", order_by="ClassificationRecord.id"
    )
    redaction_plans: Mapped[list[RedactionPlan]] = relationship(
        back_populates="document", order_by="RedactionPlan.id"
    )
    publications: Mapped[list[Publication]] = relationship(
        back_populates="document", order_by="Publication.id"
    )

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": lock_version}

    def current_classification(self) -> ClassificationRecord | None:
        return next((c for c in reversed(self.classifications) if c.version == self.version), None)

    def current_redaction(self) -> RedactionPlan | None:
        return next((r for r in reversed(self.redaction_plans) if r.version == self.version), None)

    def active_publication(self) -> Publication | None:
        return next((p for p in reversed(self.publications) if p.withdrawn_at is None), None)


class ClassificationRecord(Base):
    """The classifier's (or a reviewer's) categories for one version of a document."""

    __tablename__ = "classifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    categories: Mapped[list[Any]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    method: Mapped[str] = mapped_column(String(20))
    needs_review: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document] = relationship(back_populates="classifications")


class RedactionPlan(Base):
    """The spans found in one version of a document and the outcome of lakken + verification."""

    __tablename__ = "redaction_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    spans: Mapped[list[Any]] = mapped_column(JSON, default=list)
    redacted_key: Mapped[str] = mapped_column(String(1000), default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document] = relationship(back_populates="redaction_plans")


class Publication(Base):
    """One version of a document as it is (or was) on the public site."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("document_id", "version", name="uq_publications_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    object_key: Mapped[str] = mapped_column(String(1000))
    metadata_key: Mapped[str] = mapped_column(String(1000))
    public_url: Mapped[str] = mapped_column(String(2000))
    checksum: Mapped[str] = mapped_column(String(64))
    category_codes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    diwoo: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    # 0002_publication: stable sitemap shard, lastmod, the entry as written, vervangen/intrekken.
    sitemap_code: Mapped[str] = mapped_column(String(20), default="")
    sitemap_shard: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lastmod: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    sitemap_entry: Mapped[str] = mapped_column(Text, default="")
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("publications.id", ondelete="SET NULL"), nullable=True
    )
    withdrawal_reason_uri: Mapped[str] = mapped_column(String(300), default="")

    document: Mapped[Document] = relationship(back_populates="publications")


Index("ix_publications_shard", Publication.sitemap_code, Publication.sitemap_shard)


class HarvestCursor(Base):
    """The last cursor a source's connector proposed and the flow stored."""

    __tablename__ = "harvest_cursors"

    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    cursor: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class AuditEvent(Base):
    """Append-only: who did what to which document, when and why.

    `event_key` is unique, so replaying the same event (a rerun) never writes a second entry.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=0)
    event: Mapped[str] = mapped_column(String(50))
    actor: Mapped[str] = mapped_column(String(200))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    event_key: Mapped[str] = mapped_column(String(300), unique=True)


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _audit_is_append_only(mapper: Any, connection: Any, target: AuditEvent) -> None:
    raise PermissionError("het auditlog is alleen aan te vullen, niet te wijzigen")


# -- review (beoordelingswachtrij): revision 0002_review ---------------------------------------
class User(Base):
    """A local account of the review page; the password only as an argon2 hash."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("name", name="uq_users_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewNote(Base):
    """A reviewer's note on one version of a document: parked, refused or approved, and why."""

    __tablename__ = "review_notes"
    __table_args__ = (Index("ix_review_notes_document", "document_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    # For a first approval (four eyes): the document's lock_version it approved.
    lock_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


Index("ix_documents_status_updated", Document.status, Document.updated_at, Document.id)
Index("ix_classifications_document", ClassificationRecord.document_id, ClassificationRecord.version)


# -- publication: revision 0002_publication ----------------------------------------------------
class SitemapShard(Base):
    """One stable sitemap shard as last written: which change it reflects and how many URLs."""

    __tablename__ = "sitemap_shards"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    shard: Mapped[int] = mapped_column(Integer, primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    count: Mapped[int] = mapped_column(Integer, default=0)
    written_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SourceNotification(Base):
    """A change a source announced (ZGW Notificaties): harvested by the next (ad-hoc) run."""

    __tablename__ = "source_notifications"
    __table_args__ = (Index("ix_source_notifications_open", "source", "handled_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    resource_url: Mapped[str] = mapped_column(String(2000))
    kanaal: Mapped[str] = mapped_column(String(50))
    resource: Mapped[str] = mapped_column(String(100))
    actie: Mapped[str] = mapped_column(String(50))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


# -- review security and queue speed: revision 0004_sessions -----------------------------------
class ReviewSession(Base):
    """A login of the review page, kept server-side so logout and account changes end it.

    The cookie carries a random token; only its SHA-256 is stored, so a copy of the database
    does not hand out live sessions.
    """

    __tablename__ = "review_sessions"
    __table_args__ = (Index("ix_review_sessions_user", "user_name"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(100))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LoginFailure(Base):
    """One failed login, counted per account name and per client address for rate limiting."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_name", "name", "at"),
        Index("ix_login_failures_client", "client", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    client: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DocumentCategory(Base):
    """The categories of a document's newest classification, one row each: an indexed copy of
    `ClassificationRecord.categories` so the queue filters on category without scanning JSON.
    Written only through `record_classification`."""

    __tablename__ = "document_categories"
    __table_args__ = (Index("ix_document_categories_code", "code", "document_id"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


Document.category_links = relationship(
    DocumentCategory, cascade="all, delete-orphan", passive_deletes=True
)


def record_classification(document: Document, record: ClassificationRecord) -> None:
    """Attach `record` as the document's newest classification and index its categories."""
    document.classifications.append(record)
    codes = dict.fromkeys(c.get("code", "") for c in record.categories or [] if c.get("code"))
    existing = {link.code: link for link in document.category_links}
    document.category_links = [existing.get(code) or DocumentCategory(code=code) for code in codes]
    for link in document.category_links:
        link.version = record.version


class AdhocRequest(Base):
    """An information manager's ad-hoc publication: which documents, who asked, how far it is.

    Written by whoever runs it (the review page's own thread, or the `adhoc_publication` flow
    on a Prefect worker), read by the page that shows the progress.
    """

    __tablename__ = "adhoc_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requested_by: Mapped[str] = mapped_column(String(100))
    document_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(200), default="")
    query: Mapped[str] = mapped_column(String(500), default="")
    category: Mapped[str] = mapped_column(String(20), default="")
    force_review: Mapped[bool] = mapped_column(Boolean, default=False)
    # Harvest only what the Notificaties webhook queued for `source` (and exactly those).
    notified: Mapped[bool] = mapped_column(Boolean, default=False)
    mode: Mapped[str] = mapped_column(String(20), default="")
    flow_run_id: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(20), default="wacht")
    stage: Mapped[str] = mapped_column(String(100), default="")
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
