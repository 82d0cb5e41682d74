"""The account team's changes as steps of the window's undo history (`ui/widgets/undo.py`).

Each step's save is another call of the same service — the same permission checks, an
audit entry like any change of the team — and it is refused, writing nothing, when
someone else changed that place on the team meanwhile: a member added back who is on the
team already, one taken off again who now has another part, a lead handed back after the
account changed since (`undo_reassign` and `reassign_account` check its version).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from agencia.domain.actor import Actor
from agencia.domain.enums import AssignmentRole
from agencia.domain.text import fill
from agencia.services.agency.hierarchy import reassign_account, undo_reassign
from agencia.services.agency.lead_change import Reassigned
from agencia.services.people.teams import add_member, remove_member
from agencia.services.results import SaveResult
from agencia.ui.widgets.undo import UndoHistory

translate = QCoreApplication.translate


def member_step(account_id: int, staff_id: int, part: AssignmentRole) -> Callable[..., SaveResult]:
    """The save for one member's place (its key is the team's, not the account's: adding
    someone does not move the account's version, and must not move what the stack knows of
    it): `present` True puts them on the team with `part`,
    False takes them off (only while they still have that part)."""

    def save(db: Any, actor: Actor, present: bool, _version: int | None) -> SaveResult:
        if present:
            return add_member(db, actor, account_id, staff_id, part)
        return remove_member(db, actor, account_id, staff_id, part)

    return save


def lead_step(done: Reassigned, staff_id: int) -> Callable[..., Reassigned]:
    """The save for another lead: `lead` is who should lead (the one before: undo, with the
    new lead off the team if they joined with it; the new one: redo), from the version the
    stack last saw."""

    def save(db: Any, actor: Actor, lead: int, version: int) -> Reassigned:
        if lead == done.previous_lead_id:
            return undo_reassign(db, actor, replace(done, version=version))
        return reassign_account(db, actor, done.id, staff_id, version)

    return save


def push_member(
    history: UndoHistory, result: SaveResult, staff_id: int, name: str, part: AssignmentRole,
    account: str, *, added: bool,
) -> None:  # fmt: skip
    """A member `added` to the team (redo puts them back on) or taken off it (redo takes
    them off again): one step, the direction its data."""
    if added:
        text = translate("TeamUndo", "Añadir a %1 al equipo de «%2»")
    else:
        text = translate("TeamUndo", "Quitar a %1 del equipo de «%2»")
    text = fill(text, name, account)
    save = member_step(result.id, staff_id, part)
    history.push_saved(text, ("team", result.id), save, not added, added, result.version)


def push_lead(
    history: UndoHistory, done: Reassigned, staff_id: int, name: str, account: str
) -> None:
    """Another lead (nobody led it before: nothing to give back, no step)."""
    if done.previous_lead_id is None or done.previous_lead_id == staff_id:
        return
    text = fill(translate("TeamUndo", "Cambiar el responsable de «%1» a %2"), account, name)
    save = lead_step(done, staff_id)
    history.push_saved(
        text, ("account", done.id), save, done.previous_lead_id, staff_id, done.version
    )
