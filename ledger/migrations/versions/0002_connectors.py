"""connectors: notifications queued by the Notificaties webhook

Revision ID: 0002_connectors
Revises: 0003_claims (chained after the other engineers' revisions to keep one head)
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_connectors"
down_revision = "0003_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("resource_url", sa.String(length=2000), nullable=False),
        sa.Column("kanaal", sa.String(length=50), nullable=False),
        sa.Column("resource", sa.String(length=100), nullable=False),
        sa.Column("actie", sa.String(length=50), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_source_notifications_open", "source_notifications", ["source", "handled_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_source_notifications_open", table_name="source_notifications")
    op.drop_table("source_notifications")
