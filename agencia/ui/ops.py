"""Operations: every service call from the GUI runs here, off the GUI thread.

Writes run on the one writer worker, reads on a small read pool. Each call returns
through a signal on the GUI thread; a read started under a `key` drops the results of
older reads under the same key (the user typed on). Exceptions come back as errors,
never swallowed by a QRunnable. `changed(Changes)` tells every open screen what a write
changed — as its units of work recorded it, never as the screen supposes — so each
refreshes only what concerns it.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

if TYPE_CHECKING:
    from agencia.services import Actor, Database

log = logging.getLogger(__name__)

IDLE_MS = 150  # `when_idle`: this long with nothing in flight (the answer painted first)


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    key: str | None
    generation: int
    write: bool


class _Relay(QObject):
    finished = Signal(int, object, object)  # op id, result, error


class _Job(QRunnable):
    def __init__(self, relay: _Relay, op_id: int, call: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._op_id = op_id
        self._call = call

    def run(self) -> None:
        try:
            result, error = self._call(), None
        except BaseException as exc:  # handed back to the GUI thread, never lost
            result, error = None, exc
            if not _is_expected(exc):
                log.error("operation failed\n%s", "".join(traceback.format_exception(exc)))
        self._relay.finished.emit(self._op_id, result, error)


def _alive(callback: Callable[..., Any]) -> bool:
    """A callback to call: not a method of a Qt object deleted meanwhile (a dialog closed
    while its save ran)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _outcome_unknown(exc: BaseException | None) -> bool:
    """The connection went while committing: nobody knows whether the write was saved."""
    return getattr(exc, "code", None) == "db.commit_unknown"


_CONNECTION_FAILURES = ("db.connection_lost", "db.commit_unknown", "db.read_failed")


def _is_expected(exc: BaseException) -> bool:
    from agencia.domain.errors import DomainError

    return isinstance(exc, DomainError)


class Operations(QObject):
    """The GUI's only way to the services; `synchronous=True` runs calls inline (tests)."""

    changed = Signal(object)  # agencia.domain.changes.Changes: what a write changed
    busy_changed = Signal(int)  # operations in flight
    failed = Signal(str)  # a message for people when the caller gave no on_error
    reachable = Signal(bool)  # the database stopped answering (False), or answers again

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.synchronous = synchronous
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._generations: dict[str, int] = {}
        self._relay = _Relay()
        self._relay.finished.connect(self._finish)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(3)
        self._closed = False
        self._unreachable = False  # the last call failed for want of the database

    # -- public API -------------------------------------------------------------------
    def read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> int:
        """Run `fn(db, actor, *args)` on a reader; only the newest call per `key` answers."""
        return self._submit(self._readers, fn, args, on_done, on_error, key, write=False)

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run `fn(db, actor, *args)` on the writer; announce what it changed when it
        succeeds (`changed`), then hand its result to `on_done`."""
        return self._submit(self._writer, fn, args, on_done, on_error, None, write=True)

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def when_idle(self, fn: Callable[[], None], quiet_ms: int = IDLE_MS) -> None:
        """Call `fn` once on the GUI thread when nothing has been in flight for `quiet_ms`.

        For work nobody waits for (Pendientes' count at sign-in): run beside a read someone
        waits for, a second thread busy in Python makes that read several times slower: one
        that fetches row by row takes the interpreter's lock back for every row, and waits
        for it each time (a director's 33,334 account IDs: 4 times slower beside one busy
        thread, 8 times beside two)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(quiet_ms)

        def busy(count: int) -> None:
            if count:
                timer.stop()
            else:
                timer.start()

        def fire() -> None:
            if self._pending:  # something started meanwhile: wait for it too
                return
            self.busy_changed.disconnect(busy)
            timer.deleteLater()
            if not self._closed and _alive(fn):  # not a method of an object gone meanwhile
                fn()

        timer.timeout.connect(fire)
        self.busy_changed.connect(busy)
        busy(len(self._pending))

    def shutdown(self) -> None:
        """Refuse new work, drop the reads still queued (nobody will see them), and wait
        for what runs; queued writes still run: the person asked for them (aboutToQuit)."""
        self._closed = True
        self._readers.clear()
        self._writer.waitForDone()
        self._readers.waitForDone()

    def wait(self, msecs: int = 10000) -> bool:
        """Tests: wait until the pools are idle (results still arrive through the loop)."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)

    # -- internals --------------------------------------------------------------------
    def _submit(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        key: str | None,
        *,
        write: bool,
    ) -> int:
        if self._closed:
            return 0
        op_id = next(self._ids)
        generation = 0
        if key is not None:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation
        self._pending[op_id] = _Pending(on_done, on_error, key, generation, write)
        self.busy_changed.emit(len(self._pending))
        db, actor = self.db, self.actor

        def call() -> Any:
            if write:
                from agencia.services.changes import run_write

                return run_write(fn, db, actor, *args)
            return fn(db, actor, *args)

        if self.synchronous:
            try:
                result, error = call(), None
            except Exception as exc:
                result, error = None, exc
            self._finish(op_id, result, error)
        else:
            pool.start(_Job(self._relay, op_id, call))
        return op_id

    def _note_reachable(self, error: BaseException | None) -> None:
        """Tell the status bar at once when a call fails for want of the database, and
        when one succeeds again (the pools reconnect by themselves)."""
        lost = getattr(error, "code", None) in _CONNECTION_FAILURES
        if lost or (error is None and self._unreachable):
            self._unreachable = lost
            self.reachable.emit(not lost)

    @Slot(int, object, object)
    def _finish(self, op_id: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(op_id, None)
        self.busy_changed.emit(len(self._pending))
        if pending is None:
            return
        self._note_reachable(error)  # even from an answer nobody waits for any more
        if pending.key is not None and self._generations.get(pending.key) != pending.generation:
            return  # a newer call under the same key superseded this one
        changes = None
        if pending.write and error is None:
            changes, result = result.changes, result.value
        try:
            if error is not None:
                if pending.on_error is None:
                    self.failed.emit(
                        str(error)
                        if _is_expected(error)
                        else self.tr("Error inesperado: %s") % error
                    )
                elif _alive(pending.on_error):
                    pending.on_error(error)
            elif pending.on_done is not None and _alive(pending.on_done):
                pending.on_done(result)
        finally:  # a write that committed is announced even if its caller is gone or fails
            if changes:
                self.changed.emit(changes)
            elif _outcome_unknown(error):  # it may have been saved: every screen re-reads
                from agencia.domain.changes import Changes

                self.changed.emit(Changes.everything())
