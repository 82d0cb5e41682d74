"""The one list of areas, and the code that reads their declarations.

The shell builds the rail from it, the command line its sub-commands, global search and
Pendientes ask every area, change notification knows every kind, and the demo fills each
area in turn. Nothing else imports an area from outside it (tests/test_areas.py checks
the imports against each area's `needs`). Adding an area: docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from agencia.domain.areas import AreaId
from agencia.services.accounts.area import AREA as ACCOUNTS
from agencia.services.agency.area import AREA as TEAM
from agencia.services.area import AreaSpec
from agencia.services.campaigns.area import AREA as CAMPAIGNS
from agencia.services.communications.area import AREA as COMMUNICATIONS
from agencia.services.coordination.area import AREA as COORDINATION
from agencia.services.data.area import AREA as DATA
from agencia.services.decks.area import AREA as DECKS
from agencia.services.pending.area import AREA as PENDING
from agencia.services.people.area import AREA as PEOPLE
from agencia.services.satisfaction.area import AREA as SATISFACTION
from agencia.services.service.area import AREA as SERVICE

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.pending.items import PendingItem
    from agencia.services.search import SearchHit

# In the rail's order; only areas that exist, never placeholders.
AREAS: tuple[AreaSpec, ...] = (
    PENDING,
    ACCOUNTS,
    CAMPAIGNS,
    TEAM,
    PEOPLE,
    COORDINATION,
    DECKS,
    DATA,
    SERVICE,
    COMMUNICATIONS,
    SATISFACTION,
)


def area(area_id: AreaId) -> AreaSpec:
    """The declaration of `area_id`."""
    return next(a for a in AREAS if a.id is area_id)


def resolve(ref: str) -> Any:
    """The object a declaration names: ``"module:attribute"``, or a module."""
    module, _, attribute = ref.partition(":")
    loaded = importlib.import_module(module)
    return getattr(loaded, attribute) if attribute else loaded


def ui_modules() -> tuple[str, ...]:
    """The window's pages, in rail order."""
    return tuple(a.ui for a in AREAS if a.ui)


def cli_modules() -> tuple[str, ...]:
    """The modules that add sub-commands to `agencia`."""
    return tuple(a.cli for a in AREAS if a.cli)


def step_to_task() -> Callable[..., Any] | None:
    """The service that makes a meeting's next step a task, if an area offers one."""
    ref = next((a.step_to_task for a in AREAS if a.step_to_task), None)
    return resolve(ref) if ref else None


def tabs_for(page: AreaId) -> tuple[str, ...]:
    """The tabs other areas add to `page`'s record page (``create(ctx)`` references)."""
    return tuple(ref for a in AREAS for host, ref in a.tabs if host is page)


def search_everything(db: Database, actor: Actor, text: str, limit: int = 20) -> list[SearchHit]:
    """What every area finds for `text` (at most `limit` hits), in one read: each kind
    keeps its place when all of them fill (accounts, campaigns, contacts)."""
    from agencia.db.uow import unit_of_work
    from agencia.domain.text import search_words
    from agencia.services.search import share

    if not search_words(text) or limit <= 0:  # blank, or no word to look for
        return []
    groups = []
    with unit_of_work(db, actor, write=False) as uow:
        for spec in AREAS:
            if spec.search:
                find: Callable[..., Any] = resolve(spec.search)
                groups.extend(find(uow, text, limit))
    groups.sort(key=lambda g: g.rank)
    return share([g.hits for g in groups], limit)


def pending_for(db: Database, actor: Actor, today: date | None = None) -> list[PendingItem]:
    """Everything waiting for the person in every area, the most urgent first."""
    from agencia.db.uow import unit_of_work

    day = today or date.today()
    items: list[PendingItem] = []
    with unit_of_work(db, actor, write=False) as uow:
        for spec in AREAS:
            if spec.pending:
                items.extend(resolve(spec.pending)(uow, day))
    far = date.max
    return sorted(items, key=lambda i: (not i.overdue, i.due or far, i.campaign, i.kind))


def count_pending(db: Database, actor: Actor, today: date | None = None) -> int:
    """How many things wait for the person (the rail's badge): a «y N más» counts N."""
    from agencia.services.pending.items import weight

    return sum(weight(item) for item in pending_for(db, actor, today))
