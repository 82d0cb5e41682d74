"""time zones: the accounts and the agency without one get their country's

An account or an agency without a time zone had its SLA clock on UTC: a Monterrey
client's urgent request was due before its office opened. Every account and agency made
by the demo, by `account add --country` and by `db init` was so. Their country's zone
now fills the empty ones (`agencia.domain.zones.country_zone`; the agency, which keeps a
locale and no country, its locale's: es_MX → America/Mexico_City), as new ones get it.
A zone someone chose stays; a country nobody knows stays without one (the agency's zone,
then UTC, as before). Data only, on SQLite and PostgreSQL alike; the downgrade keeps the
zones (right at 0029 too).

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def _empty(column: sa.ColumnClause[str]) -> sa.ColumnElement[bool]:
    return sa.or_(column.is_(None), sa.func.trim(column) == "")


def upgrade() -> None:
    from agencia.domain.zones import country_zone, locale_zone

    bind = op.get_bind()
    accounts = sa.table("accounts", sa.column("country", sa.String), sa.column("time_zone"))
    countries = bind.execute(
        sa.select(accounts.c.country).where(_empty(accounts.c.time_zone)).distinct()
    ).scalars()
    for country in list(countries):  # one statement a country: a few dozen at most
        zone = country_zone(country or "")
        if zone:
            bind.execute(
                accounts.update()
                .where(_empty(accounts.c.time_zone), accounts.c.country == country)
                .values(time_zone=zone)
            )
    agency = sa.table(
        "agency", sa.column("id"), sa.column("locale", sa.String), sa.column("time_zone")
    )
    for agency_id, locale in bind.execute(
        sa.select(agency.c.id, agency.c.locale).where(_empty(agency.c.time_zone))
    ).tuples():
        zone = locale_zone(locale or "")
        if zone:
            bind.execute(agency.update().where(agency.c.id == agency_id).values(time_zone=zone))


def downgrade() -> None:
    """The zones filled stay: 0029 reads them as any zone chosen."""
