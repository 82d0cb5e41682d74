"""people: a person's department as a code, title gender, extension and time zone; a
sign-in that must change its password

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The department was free text ("Cuentas", "Administración"); it becomes a code.
_DEPARTMENTS = {
    "accounts": ("cuentas", "accounts"),
    "creative": ("creatividad", "creative"),
    "media": ("medios", "media"),
    "production": ("producción", "produccion", "production"),
    "strategy": ("estrategia", "strategy"),
    "digital": ("digital",),
    "administration": ("administración", "administracion", "administration"),
}
_SPANISH = {
    "accounts": "Cuentas",
    "creative": "Creatividad",
    "media": "Medios",
    "production": "Producción",
    "strategy": "Estrategia",
    "digital": "Digital",
    "administration": "Administración",
}


def upgrade() -> None:
    # plain ADD COLUMNs: no batch rebuild of tables that other tables point at
    op.add_column(
        "staff",
        sa.Column("title_gender", sa.String(16), nullable=False, server_default="masculine"),
    )
    op.add_column("staff", sa.Column("extension", sa.String(10), nullable=False, server_default=""))
    op.add_column("staff", sa.Column("time_zone", sa.String(64), nullable=False, server_default=""))
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    staff = sa.table("staff", sa.column("department", sa.String))
    for code, names in _DEPARTMENTS.items():
        op.execute(
            staff.update()
            .where(sa.func.lower(sa.func.trim(staff.c.department)).in_(names))
            .values(department=code)
        )
    op.execute(
        staff.update()
        .where(staff.c.department.not_in(list(_DEPARTMENTS)))
        .values(department="accounts")
    )


def downgrade() -> None:
    staff = sa.table("staff", sa.column("department", sa.String))
    for code, word in _SPANISH.items():
        op.execute(staff.update().where(staff.c.department == code).values(department=word))
    # SQLite 3.35+ drops a column in place (a batch rebuild would drop triggers)
    op.execute("ALTER TABLE users DROP COLUMN must_change_password")
    for column in ("time_zone", "extension", "title_gender"):
        op.execute(f"ALTER TABLE staff DROP COLUMN {column}")
