"""satisfaction: a returned questionnaire's token kept on its response, once

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06

A returned PDF questionnaire names the form it answers by a random token, kept in the
trail when the form was made; its import checks the trail for an earlier return of the
same token. Two workstations importing the same form at the same instant both found
none (neither had committed). The response now carries the token under a unique index:
the second insert waits for the first and is refused (services.satisfaction.questionnaire),
on PostgreSQL and SQLite alike. Responses entered by hand or from a spreadsheet have none
(NULLs never clash). Downgrading drops the column; the trail still holds every token.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("survey_responses", sa.Column("form_token", sa.String(32), nullable=True))
    op.create_index(
        "uq_survey_responses_form_token", "survey_responses", ["form_token"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_survey_responses_form_token", table_name="survey_responses")
    with op.batch_alter_table("survey_responses") as batch:
        batch.drop_column("form_token")
