"""Operations at the edges: a caller gone before its answer, a failing callback, quitting
with reads still queued, and a form dialog that stays while its save runs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from agencia.db.uow import unit_of_work
from agencia.domain.changes import ChangeKind, Changes
from agencia.ui.ops import Operations
from agencia.ui.widgets.form_dialog import FormDialog


class _Owner(QObject):
    """A dialog's stand-in: its answer touches the Qt object, as FormDialog._done does."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[Any] = []

    def done(self, result: Any) -> None:
        self.answers.append((self.objectName(), result))


def _write(db: Any, actor: Any, kind: ChangeKind = ChangeKind.CONTACT) -> str:
    """A write as a service makes it: its unit of work records what it changed."""
    with unit_of_work(db, actor) as uow:
        uow.touched(kind, 7)
    return "saved"


def test_a_write_whose_caller_was_deleted_still_announces_its_change(
    qtbot: QtBot, make_ops: Callable[..., Operations]
) -> None:
    """The dialog is closed (deleted) while its save runs: the change committed, so every
    screen must still hear of it, and the dead dialog is not called."""
    ops = make_ops(synchronous=False)
    owner = _Owner()
    gate = threading.Event()

    def slow_write(db: Any, actor: Any) -> str:
        gate.wait(10)
        return _write(db, actor, ChangeKind.ACCOUNT)

    ops.write(slow_write, on_done=owner.done)
    shiboken6.delete(owner)
    with qtbot.waitSignal(ops.changed) as changed:
        gate.set()
    assert changed.args == [Changes.of(ChangeKind.ACCOUNT, ids=[(ChangeKind.ACCOUNT, 7)])]
    assert ops.in_flight == 0


def test_a_failing_callback_does_not_swallow_the_change(
    make_ops: Callable[..., Operations],
) -> None:
    ops = make_ops()
    heard: list[Changes] = []
    ops.changed.connect(heard.append)

    def broken(_result: Any) -> None:
        raise ValueError("the screen's own bug")

    with pytest.raises(ValueError):
        ops.write(_write, on_done=broken)
    assert heard == [Changes.of(ChangeKind.CONTACT, ids=[(ChangeKind.CONTACT, 7)])]


def test_reads_still_queued_at_shutdown_never_run(make_ops: Callable[..., Operations]) -> None:
    ops = make_ops(synchronous=False)
    gate = threading.Event()
    ran: list[int] = []

    def busy(db: Any, actor: Any) -> None:
        gate.wait(10)

    def queued(db: Any, actor: Any, n: int) -> None:
        ran.append(n)

    for _ in range(3):  # the read pool's three threads, all busy
        ops.read(busy)
    for n in range(5):
        ops.read(queued, n)
    threading.Timer(0.3, gate.set).start()
    ops.shutdown()
    assert ran == []


class _Dialog(FormDialog):
    """A form whose save is left running until the test answers it."""

    def collect(self) -> str:
        return "x"

    def submit(self, data: Any) -> None:
        self.submitted = data


def test_a_form_cannot_be_cancelled_while_its_save_runs(
    qtbot: QtBot, make_ops: Callable[..., Operations]
) -> None:
    dialog = _Dialog(make_ops(), "Prueba")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert not dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.cancel_button.click()
    dialog.close()
    assert dialog.isVisible()  # the refusal, if it comes, needs somewhere to land
    dialog._failed(RuntimeError("sin conexión"))
    assert dialog.isVisible() and dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_older_read_answering_after_a_newer_one_under_its_key_is_dropped(
    qtbot: QtBot, make_ops: Callable[..., Operations]
) -> None:
    """The person typed "gar", then "garcia": the search for "garcia" answers first, then
    the slow one for "gar". Only the newest read under the key may reach the screen."""
    ops = make_ops(synchronous=False)
    old_gate, old_started = threading.Event(), threading.Event()
    answers: list[str] = []

    def search(db: Any, actor: Any, text: str) -> str:
        if text == "gar":
            old_started.set()
            assert old_gate.wait(10), "the test never let the older read answer"
        return text

    ops.read(search, "gar", on_done=answers.append, key="accounts.search")
    assert old_started.wait(10)  # the older read is running, held at its gate
    ops.read(search, "garcia", on_done=answers.append, key="accounts.search")
    qtbot.waitUntil(lambda: answers == ["garcia"])

    old_gate.set()  # now the older read answers, after the newer one
    qtbot.waitUntil(lambda: ops.in_flight == 0)
    assert answers == ["garcia"]


def test_work_nobody_waits_for_starts_once_every_read_has_answered(
    qtbot: QtBot, make_ops: Callable[..., Operations]
) -> None:
    """`when_idle` (Pendientes' count at sign-in): not beside a read someone waits for,
    nor beside one started while it waited; then once."""
    ops = make_ops(synchronous=False)
    first, second = threading.Event(), threading.Event()
    seen: list[int] = []

    def held(db: Any, actor: Any, gate: threading.Event) -> None:
        assert gate.wait(10), "the test never let the read answer"

    ops.read(held, first)
    ops.when_idle(lambda: seen.append(ops.in_flight), quiet_ms=50)
    ops.read(held, second)
    first.set()
    qtbot.wait(200)
    assert seen == []  # the second read still runs
    second.set()
    qtbot.waitUntil(lambda: bool(seen))
    ops.read(lambda db, actor: None)
    qtbot.waitUntil(lambda: ops.in_flight == 0)
    qtbot.wait(200)
    assert seen == [0]
