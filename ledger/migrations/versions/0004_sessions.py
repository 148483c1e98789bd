"""review page: server-side sessions, login failures, category index, ad-hoc requests

Revision ID: 0004_sessions
Revises: 0002_connectors
Create Date: 2026-11-29
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004_sessions"
down_revision = "0002_connectors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_review_sessions_user", "review_sessions", ["user_name"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("client", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_login_failures_name", "login_failures", ["name", "at"])
    op.create_index("ix_login_failures_client", "login_failures", ["client", "at"])
    op.create_table(
        "document_categories",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", "code"),
    )
    op.create_index(
        "ix_document_categories_code", "document_categories", ["code", "document_id"]
    )
    op.create_table(
        "adhoc_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("document_ids", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("query", sa.String(length=500), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("force_review", sa.Boolean(), nullable=False),
        sa.Column("notified", sa.Boolean(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("flow_run_id", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=100), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    _backfill_categories()


def _backfill_categories() -> None:
    """Index the newest classification of every document (JSON parsed here, portably)."""
    bind = op.get_bind()
    newest: dict[int, tuple[int, object]] = {}
    rows = bind.execute(
        sa.text("SELECT document_id, version, categories FROM classifications ORDER BY id")
    )
    for document_id, version, categories in rows:
        newest[document_id] = (version, categories)
    links = []
    for document_id, (version, categories) in newest.items():
        if isinstance(categories, str):
            categories = json.loads(categories)
        codes = dict.fromkeys(
            c.get("code") for c in categories or [] if isinstance(c, dict) and c.get("code")
        )
        links += [{"document_id": document_id, "code": code, "version": version} for code in codes]
    if links:
        table = sa.table(
            "document_categories",
            sa.column("document_id", sa.Integer),
            sa.column("code", sa.String),
            sa.column("version", sa.Integer),
        )
        op.bulk_insert(table, links)


def downgrade() -> None:
    op.drop_table("adhoc_requests")
    op.drop_index("ix_document_categories_code", table_name="document_categories")
    op.drop_table("document_categories")
    op.drop_index("ix_login_failures_client", table_name="login_failures")
    op.drop_index("ix_login_failures_name", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_index("ix_review_sessions_user", table_name="review_sessions")
    op.drop_table("review_sessions")
