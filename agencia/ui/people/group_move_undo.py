"""A confirmed move of people to another account group as a step of the window's undo
history (`ui/widgets/undo.py`).

Undo moves the same people back to the group they came from, redo moves them again: each
time through `move_to_group` — its permission, its checks, its audit — so the accounts
they lead go with them both ways. Each save expects every moved person at the version the
step last left them; someone else's change to one of them meanwhile refuses it, writing
nothing. (Going back, whoever's boss stayed behind reports to the group's director again,
as any move decides it.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from agencia.domain.actor import Actor
from agencia.domain.text import fill
from agencia.services.people.group_moves import MovePlan, move_to_group
from agencia.ui.widgets.undo import UndoHistory

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Moved:
    """What the history keeps of a save: it only needs a version that moves on."""

    plan: MovePlan
    version: int


def _version(plan: MovePlan) -> int:
    return sum(version for _id, version in plan.versions)


def move_step(plan: MovePlan) -> Callable[..., Moved]:
    """The save for the step: `group_id` is where the people should be (where they came
    from: undo; the plan's group: redo), from their versions as the last save left them."""
    people = plan.people
    seen = dict(plan.versions)

    def save(db: Any, actor: Actor, group_id: int, _stack_version: int | None) -> Moved:
        done = move_to_group(db, actor, group_id, people, expected=dict(seen))
        seen.update(done.versions)
        return Moved(done, _version(done))

    return save


def push_moved(history: UndoHistory, plan: MovePlan, source_id: int, names: Sequence[str]) -> None:
    """The step for a move of people out of `source_id` (nobody moved: no step)."""
    if not plan.people:
        return
    text = fill(translate("GroupMoveUndo", "Mover a %1 a «%2»"), ", ".join(names), plan.group)
    key = ("group-move", plan.people)
    history.push_saved(text, key, move_step(plan), source_id, plan.group_id, _version(plan))
