"""The whole schema: every model module loaded, so `Base.metadata` holds every table.

agencia.domain.models holds only the core classes (the first page of accounts needs no
more), and each area's models load with the area's services. Whatever needs every table
at once — Alembic's comparison, merging accounts (every key that points at one), the
export of everything, erasing a person's data, the tests' `create_all` — imports this."""

from __future__ import annotations

from sqlalchemy import MetaData

from agencia.domain import campaign_models as _campaign_models  # noqa: F401
from agencia.domain import coordination_models as _coordination_models  # noqa: F401
from agencia.domain import data_models as _data_models  # noqa: F401
from agencia.domain import satisfaction_models as _satisfaction_models  # noqa: F401
from agencia.domain import service_models as _service_models  # noqa: F401
from agencia.domain.models import Base

metadata: MetaData = Base.metadata
"""Every mapped table (Base.metadata, with every model module imported)."""
