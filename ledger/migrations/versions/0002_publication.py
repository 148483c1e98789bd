"""publication: stable sitemap shards, lastmod, stored sitemap entry, vervangen and intrekken

Revision ID: 0002_publication
Revises: 0002_review
Create Date: 2026-11-29

Chained after 0002_review (written in parallel) so the history keeps one head.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_publication"
down_revision = "0002_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("publications") as batch:
        batch.add_column(
            sa.Column("sitemap_code", sa.String(length=20), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("sitemap_shard", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("lastmod", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("sitemap_entry", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("replaces_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column(
                "withdrawal_reason_uri", sa.String(length=300), nullable=False, server_default=""
            )
        )
        batch.create_foreign_key(
            "fk_publications_replaces", "publications", ["replaces_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_publications_shard", ["sitemap_code", "sitemap_shard"])
    op.create_table(
        "sitemap_shards",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("shard", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", "shard"),
    )


def downgrade() -> None:
    op.drop_table("sitemap_shards")
    with op.batch_alter_table("publications") as batch:
        batch.drop_index("ix_publications_shard")
        batch.drop_constraint("fk_publications_replaces", type_="foreignkey")
        for column in (
            "withdrawal_reason_uri",
            "replaces_id",
            "sitemap_entry",
            "lastmod",
            "sitemap_shard",
            "sitemap_code",
        ):
            batch.drop_column(column)
