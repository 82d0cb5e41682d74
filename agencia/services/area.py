"""How an area declares itself (the one list is `agencia.areas`).

A declaration is plain data, cheap to import before the first paint: what the area needs
from other areas, the kinds of change its writes announce, and where its contributions
live — global search, Pendientes, the command line, the window and the demo — named as
``"module:attribute"`` (or a module) so that nothing is imported until it is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind


@dataclass(frozen=True, slots=True)
class AreaSpec:
    """One area's declaration.

    `search`: ``(uow, typed_words, limit) -> list[SearchHit]``, hits it may show;
    `pending`: ``(uow, today) -> list[PendingItem]``, what waits for the person asking;
    `cli`: a module with ``register(commands, common)`` adding its sub-commands;
    `ui`: a module with ``create(ctx) -> Area`` (its page in the window);
    `demo`: ``(demo) -> None`` given the load's `agencia.demo.run.DemoRun`, its part of the
    demo agency (the agency's first, then in the list's order: `agencia.demo.fill`).
    `step_to_task`: ``(db, actor, next_step_id) -> SaveResult``, a meeting report's next
    step made a task (the acta tab offers it when an area does: `agencia.areas.step_to_task`);
    `tabs`: ``(page's area, "module:attribute")`` pairs, each naming a ``create(ctx) ->
    AreaTab`` (`agencia.ui.area_tabs`) that adds a tab to another area's page for the record
    it shows (`agencia.areas.tabs_for`).
    """

    id: AreaId
    needs: frozenset[AreaId] = frozenset()
    announces: frozenset[ChangeKind] = frozenset()
    search: str | None = None
    pending: str | None = None
    cli: str | None = None
    ui: str | None = None
    demo: str | None = None
    step_to_task: str | None = None
    tabs: tuple[tuple[AreaId, str], ...] = ()
