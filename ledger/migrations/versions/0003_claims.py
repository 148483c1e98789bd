"""claims: work claims so several workers never process one document twice

Revision ID: 0003_claims
Revises: 0002_publication
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_claims"
down_revision = "0002_publication"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "work_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "stage", "version", name="uq_work_claims_document"),
    )


def downgrade() -> None:
    op.drop_table("work_claims")
