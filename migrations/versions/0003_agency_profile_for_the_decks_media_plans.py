"""agency profile for the decks, media plans

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_plan_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "tv",
                "online_video",
                "social",
                "search",
                "display",
                "outdoor",
                "radio",
                "press",
                "cinema",
                "point_of_sale",
                "influencers",
                "public_relations",
                "events",
                "crm",
                "production",
                "other",
                name="mediachannel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("starts", sa.Date(), nullable=True),
        sa.Column("ends", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_media_plan_lines_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_plan_lines")),
    )
    with op.batch_alter_table("media_plan_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_plan_lines_campaign_id"), ["campaign_id"], unique=False
        )

    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tagline", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("services", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("process", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(
            sa.Column("deck_font", sa.String(length=40), nullable=False, server_default="Lato")
        )


def downgrade() -> None:
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_column("deck_font")
        batch_op.drop_column("process")
        batch_op.drop_column("services")
        batch_op.drop_column("tagline")

    with op.batch_alter_table("media_plan_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_plan_lines_campaign_id"))

    op.drop_table("media_plan_lines")
