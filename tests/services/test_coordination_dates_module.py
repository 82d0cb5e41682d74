"""Where the coordination area's rules live (a review's findings): the timeline's undo
writes in `task_dates`, not in the tasks' module that outgrew its size; who may take a
task read from the accounts' own check, not a copy of it; and the controller's
reschedule takes no argument it does not use."""

from __future__ import annotations

import inspect

from agencia.services.coordination import assignees, task_dates, tasks
from agencia.ui.coordination.controller import CoordinationController


def test_the_undoable_date_writes_live_in_task_dates() -> None:
    for name in ("DatesPut", "reschedule_step", "put_dates", "_put", "_versions"):
        assert getattr(task_dates, name).__module__ == task_dates.__name__
        assert name not in vars(tasks)


def test_assignees_keep_no_copy_of_the_accounts_reach() -> None:
    assert not hasattr(assignees, "team_of")
    assert not hasattr(assignees, "refusal_for")


def test_reschedule_takes_no_unused_moves() -> None:
    assert "moves" not in inspect.signature(CoordinationController._reschedule).parameters
