"""Archivo ▸ «Restaurar copia de seguridad…»: a backup in place of the SQLite database,
from the window, as safely as `agencia db restore`.

An administrator chooses the file and confirms, told what will be replaced and that the
current file is kept aside (never deleted). Then the signed-in areas leave the window,
start-up closes the database (its workers joined, its lock released), the restore runs
off the GUI thread (`agencia.services.backups`: the backup checked first, a stale -wal
never replayed), and start-up opens the database again from the beginning — the same
checks, then sign-in. A refused restore changes nothing and the database reopens as it
was. On PostgreSQL the action says where a server's backups are restored: with
pg_dump/pg_restore, on the server.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.shell.session import take_down
from agencia.ui.widgets.unsaved import items_under

if TYPE_CHECKING:
    from agencia.domain.actor import Actor
    from agencia.services import Database
    from agencia.ui.shell.session import SessionActions
    from agencia.ui.shell.window import MainWindow

translate = QCoreApplication.translate


def show_message(*args: Any) -> None:
    """agencia.ui.widgets.errors.show_message, imported when a message is shown: the
    dialogs it brings are not needed before the window's first paint."""
    from agencia.ui.widgets.errors import show_message as show

    show(*args)


def error_text(error: BaseException) -> str:
    from agencia.ui.widgets.errors import error_text as text

    return text(error)


class Reopening(Protocol):
    """What the action needs of start-up (`agencia.app.Startup`)."""

    db: Database | None
    actor: Actor | None
    session: SessionActions
    state_changed: Any  # Signal(str): the start-up state's value

    def shutdown(self) -> None: ...

    def reopen(self) -> None: ...


class _Relay(QObject):
    finished = Signal(object, object)  # where the replaced file was kept, error


class _Job(QRunnable):
    def __init__(self, relay: _Relay, call: Callable[[], Any]) -> None:
        super().__init__()
        self._relay, self._call = relay, call

    def run(self) -> None:
        try:
            result, error = self._call(), None
        except BaseException as exc:  # handed back to the GUI thread, never lost
            result, error = None, exc
        self._relay.finished.emit(result, error)


def _title() -> str:
    return translate("Restore", "Restaurar copia de seguridad")


class RestoreAction(QObject):
    """The action, enabled for an administrator once signed in; `restored(kept)` after a
    restore (`kept`: where the replaced file went, or None)."""

    restored = Signal(object)

    def __init__(
        self, window: MainWindow, startup: Reopening, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.startup = startup
        self.running = False
        # what asks the person (tests answer for them)
        self.choose_file: Callable[[Path], str] = self._choose_file
        self.confirm: Callable[[str], bool] = self._confirm
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self.action = window.registry.register(
            ActionSpec(ActionId.RESTORE_BACKUP, _title() + "…", None, "database", menu="file"),
            self.trigger,
            window,
        )
        self.action.setToolTip(
            translate(
                "Restore",
                "Sustituye la base de datos por una copia de seguridad (solo administradores)",
            )
        )
        window.rebuild_menus()
        startup.state_changed.connect(self._state_changed)
        self._state_changed("")

    def _state_changed(self, state: str) -> None:
        actor = self.startup.actor
        admin = actor is not None and actor.is_admin
        self.action.setEnabled(state == "ready" and admin and not self.running)

    # -- asking ---------------------------------------------------------------------------
    def trigger(self) -> None:
        """Choose the backup, confirm, then restore (an administrator on SQLite only)."""
        db, actor = self.startup.db, self.startup.actor
        if db is None or actor is None or not actor.is_admin or self.running:
            return
        if db.path is None:
            show_message(
                self.window,
                _title(),
                translate(
                    "Restore",
                    "La base de datos está en un servidor PostgreSQL: sus copias de seguridad "
                    "se hacen y se restauran en el servidor, con pg_dump y pg_restore. Pida "
                    "la restauración a quien administra el servidor.",
                ),
            )
            return
        unsaved = items_under(self.window)
        if unsaved:
            show_message(
                self.window,
                _title(),
                translate(
                    "Restore",
                    "Antes de restaurar una copia, guarde o descarte lo que tiene sin guardar: %1.",
                ).replace("%1", "; ".join(item.what for item in unsaved)),
                QMessageBox.Icon.Warning,
            )
            return
        chosen = self.choose_file(db.path)
        if not chosen:
            return
        backup = Path(chosen)
        if self.confirm(self.question(db.path, backup)):
            self._restore(db.path, backup, actor)

    @staticmethod
    def question(path: Path, backup: Path) -> str:
        """What will be replaced, by what, and what becomes of the current file."""
        return fill(
            translate(
                "Restore",
                "Se sustituirá la base de datos «%1» por la copia «%2». Lo guardado después "
                "de hacer esa copia dejará de verse en la aplicación.\n\nEl archivo actual no "
                "se borra: se guarda al lado, con «-replaced-» y la fecha en el nombre.\n\n"
                "Se cerrará la sesión de todos los usuarios de este equipo y habrá que "
                "volver a iniciarla. ¿Restaurar la copia?",
            ),
            str(path),
            str(backup),
        )

    def _choose_file(self, path: Path) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            _title(),
            str(path.parent),
            translate("Restore", "Copias de Agencia (*.sqlite3 *.sqlite *.db *.bak);;Todos (*)"),
        )
        return chosen

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, _title(), question, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths are never markup
        restore = box.addButton(
            translate("Restore", "Restaurar la copia"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("Restore", "Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore

    # -- restoring ------------------------------------------------------------------------
    def _restore(self, path: Path, backup: Path, actor: Actor) -> None:
        """The areas leave, the database closes, the backup goes in off the GUI thread."""
        from agencia.services.backups import restore_sqlite

        self.running = True
        self.action.setEnabled(False)
        self.startup.session.set_signed_in(False)
        take_down(self.window)
        self.startup.shutdown()  # workers joined, database closed, its lock released
        self.window.show_opening(
            translate("Restore", "Restaurando la copia de seguridad…"), detail=str(backup)
        )
        self._path = path
        self._pool.start(_Job(self._relay, lambda: restore_sqlite(actor, path, backup)))

    def _finished(self, kept: Path | None, error: BaseException | None) -> None:
        self.running = False
        parent: QWidget = self.window
        if error is not None:
            show_message(
                parent,
                _title(),
                translate(
                    "Restore",
                    "No se ha restaurado la copia; la base de datos sigue como estaba. %1",
                ).replace("%1", error_text(error)),
                QMessageBox.Icon.Warning,
            )
        else:
            show_message(
                parent, _title(), render("db.restored", {"path": self._path, "kept": kept or "-"})
            )
            self.restored.emit(kept)
        self.startup.reopen()  # the same checks as at start, then sign-in

    def wait(self, msecs: int = 30000) -> bool:
        """Tests: wait for the restore to finish (its answer still comes through the loop)."""
        return self._pool.waitForDone(msecs)
