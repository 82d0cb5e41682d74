"""The house form dialog: live validation, Save disabled until valid, Esc cancels,
Ctrl+S saves, the service's refusal mapped back onto the fields.

Subclasses say what the form holds (`collect`), what is wrong with it
(`field_errors`, usually the service's own `validate_*` function: message codes), and
how to save it (`submit`, which calls `self.write(service_fn, …)`). The dialog stays open
when the service refuses, with the reason under the field or in the banner.

Nothing typed is lost: closing a changed form (Cancelar, Esc, the title bar) asks
Guardar / Descartar / Cancelar, the window asks too before it closes (`unsaved`), and
what the editors hold is kept as a draft while the person types (`agencia.ui.drafts`),
handed back when the same form is opened again after a crash.

Nor does a conflict lose it: when another workstation saved the record since the form
opened, the form stays with what was typed and `agencia.ui.widgets.conflict` shows both
versions, field by field. A form takes part by saying how to read the record as saved
now (`read_current`), how a record becomes what `collect` gives (`input_of`), its values
as text (`field_texts`) and how to go on from a newer record (`take_record`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import Conflict, DomainError, PermissionDenied, ValidationError
from agencia.domain.messages import render
from agencia.ui import drafts
from agencia.ui.ops import Operations
from agencia.ui.widgets import unsaved
from agencia.ui.widgets.conflict import Choice, ConflictDialog, conflict_rows
from agencia.ui.widgets.editor_values import OwnValue, Values, apply_values, values_of
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT, Form
from agencia.ui.widgets.text import plain_label

FieldErrors = dict[str, tuple[str, dict[str, Any]]]


def describe(error: DomainError) -> str:
    """A refusal as people read it; a ValidationError names each field's reason."""
    if isinstance(error, ValidationError):
        return " ".join(render(code, params) for code, params in error.field_errors.values())
    return str(error)


class FormDialog(QDialog):
    saved = Signal(object, object)  # the service's SaveResult, and what was saved

    def __init__(self, ops: Operations, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.setModal(True)
        self._saving = False
        self._submitted: Any = None
        self._forms: list[Form] = []
        self._extra_errors: dict[str, str] = {}
        self._baseline: Values | None = None  # what the editors held when it opened
        self._restored = False  # a draft was put back: changed even before a keystroke
        self._edited = False  # an edit `Form.touched` does not see (ticks, custom editors)
        self._after_save: unsaved.Done | None = None  # the window waits for this save
        self.conflict: ConflictDialog | None = None  # both versions, after a stale save
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(drafts.DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self._sync_draft)
        unsaved.register(self)

        self.banner = plain_label("", self)  # messages name records
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Guardar (Ctrl+S)"))
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter never cancels: focused (the first in the chain while Guardar is disabled),
        # an auto-default Cancelar became the default and Enter dropped the form
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        outer.addLayout(self.body)
        outer.addStretch(1)
        outer.addWidget(self.banner)
        outer.addWidget(self.buttons)

    # -- what subclasses provide ------------------------------------------------------------
    def collect(self) -> Any:
        raise NotImplementedError

    def field_errors(self, data: Any) -> FieldErrors:
        return {}

    def submit(self, data: Any) -> None:
        raise NotImplementedError

    # -- what a form provides to show a conflict (optional) ---------------------------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        """The service read (function and arguments, as `Operations.read` takes them) that
        returns the record as saved now; None when the form edits no saved record."""
        return None

    def input_of(self, record: Any) -> Any:
        """`record` (as `read_current` returns it) as `collect` would give it."""
        raise NotImplementedError

    def field_texts(self, data: Any) -> dict[str, str]:
        """What `collect` gave, as people read it, by field name (the form's names)."""
        raise NotImplementedError

    def take_record(self, record: Any, *, fill: bool) -> None:
        """Edit from `record` from now on (its version is the one a save goes over);
        `fill` puts its values in the editors too."""
        raise NotImplementedError

    # -- wiring -------------------------------------------------------------------------------
    def add_form(self, form: Form) -> Form:
        self._forms.append(form)
        for editor in form.editors.values():
            self._watch(editor)
            self._watch_inside(editor)
        return form

    def _watch_inside(self, editor: QWidget) -> None:
        """Edits the form's own bookkeeping misses: ticks in a list, a custom editor's
        `changed` (a table of next steps)."""
        lists = [editor] if isinstance(editor, QListWidget) else []
        for widget in [*lists, *editor.findChildren(QListWidget)]:
            widget.itemChanged.connect(lambda *_a: self._note_edit())
        changed = getattr(editor, "changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(lambda *_a: self._note_edit())

    def _note_edit(self) -> None:
        if self._baseline is not None:  # filling the form before it shows is no edit
            self._edited = True
            self._draft_timer.start()

    def _watch(self, editor: QWidget) -> None:
        for name in (
            "textChanged",
            "editTextChanged",
            "currentIndexChanged",
            "toggled",
            "itemChanged",
        ):
            signal = getattr(editor, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_a: self.revalidate())

    def set_extra_error(self, field: str, message: str) -> None:
        """An error the form itself finds (a picker with no choice), beside the service's."""
        if message:
            self._extra_errors[field] = message
        else:
            self._extra_errors.pop(field, None)
        self.revalidate()

    def revalidate(self) -> bool:
        """Show what is wrong now; Save is enabled only when nothing is."""
        errors = {
            k: render(code, params)
            for k, (code, params) in self.field_errors(self.collect()).items()
        }
        errors.update(self._extra_errors)
        self._show_errors(errors)
        valid = not errors
        self.save_button.setEnabled(valid and not self._saving)
        if self.save_button.isEnabled():  # disabled, it let Cancelar become the default
            self.save_button.setDefault(True)
        if self._baseline is not None:
            self._draft_timer.start()
        return valid

    def _show_errors(self, errors: dict[str, str]) -> list[str]:
        """Put each message under its field; return those no field could show."""
        placed: set[str] = set()
        for form in self._forms:
            mine = {k: v for k, v in errors.items() if k in form.editors}
            placed.update(mine)
            form.set_errors(mine)
        return [v for k, v in errors.items() if k not in placed]

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        if not self.revalidate():
            for form in self._forms:
                form.reveal_all()
            self._focus_first_error()
            self._tell_window(False)
            return
        data = self.collect()
        self._set_saving(True)
        self._submitted = data
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Guardando…"))
        self.show_banner("")
        self.submit(data)

    def write(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run the service's write through Operations; the answer closes or explains."""
        self.ops.write(fn, *args, on_done=self._done, on_error=self._failed)

    def _set_saving(self, saving: bool) -> None:
        """While a save runs the dialog stays: its answer (a refusal) must land somewhere."""
        self._saving = saving
        self.cancel_button.setEnabled(not saving)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button; ignored while a save runs, and a
        changed form asks first (Guardar / Descartar / Cancelar)."""
        if self._saving:
            return
        if not (self.isVisible() and self.has_unsaved_changes()):
            self._discard_and_close()
            return
        item = self._unsaved_item()
        unsaved.ask(self, item, self.tr("cerrar"), self._answered)

    def _answered(self, answer: unsaved.Answer) -> None:
        if answer is unsaved.Answer.SAVE:
            self.save()
        elif answer is unsaved.Answer.DISCARD:
            self._discard_and_close()

    def _discard_and_close(self) -> None:
        self._forget_draft()
        super().reject()

    def _done(self, result: Any) -> None:
        self._set_saving(False)
        self.save_button.setText(self.tr("Guardar"))
        self._forget_draft()
        self.saved.emit(result, self._submitted)
        self.accept()
        self._tell_window(True)

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self.save_button.setText(self.tr("Guardar"))
        self._tell_window(False)
        if isinstance(error, ValidationError):
            errors = {k: render(code, params) for k, (code, params) in error.field_errors.items()}
            for form in self._forms:
                form.reveal_all()
            leftover = self._show_errors(errors)
            self.show_banner(" ".join([self.tr("Revise los campos marcados."), *leftover]))
            self.save_button.setEnabled(True)
            self._focus_first_error()
        elif isinstance(error, Conflict) and self._conflict_view(error):
            self.save_button.setEnabled(True)
        elif isinstance(error, Conflict):
            self.show_banner(
                self.tr(
                    "Otra persona ha modificado este registro mientras lo editaba; no se ha "
                    "guardado nada. Cancele, revise los cambios y vuelva a intentarlo."
                )
            )
            self.save_button.setEnabled(False)
        elif isinstance(error, PermissionDenied | DomainError):
            self.show_banner(str(error))
            self.save_button.setEnabled(True)
        else:
            self.show_banner(self.tr("No se pudo guardar: %1").replace("%1", str(error)))
            self.save_button.setEnabled(True)

    # -- conflicts --------------------------------------------------------------------------
    def _conflict_view(self, error: Conflict) -> bool:
        """Someone saved the record meanwhile: keep what is typed, read the record as saved
        now and show both. False when the form cannot show it (the plain message then)."""
        reader = self.read_current() if error.code == "record.stale" else None
        if reader is None:
            return False
        self.show_banner(
            self.tr(
                "Otra persona ha modificado este registro mientras lo editaba; no se ha "
                "guardado nada. Sus cambios siguen aquí: compárelos con lo guardado ahora."
            )
        )
        fn, args = reader
        self.ops.read(
            fn,
            *args,
            on_done=self._show_conflict,
            on_error=lambda failure: self.show_banner(str(failure)),
        )
        return True

    def _show_conflict(self, record: Any) -> None:
        labels = [
            (name, form.labels[name].text().rstrip(" *"))
            for form in self._forms
            for name in form.editors
            if name in form.labels
        ]
        rows = conflict_rows(
            labels, self.field_texts(self.collect()), self.field_texts(self.input_of(record))
        )
        if self.conflict is not None:
            self.conflict.done(0)
        dialog = ConflictDialog(rows, self, title=self.windowTitle())
        dialog.decided.connect(lambda choice: self._conflict_decided(choice, record))
        dialog.finished.connect(dialog.deleteLater)
        self.conflict = dialog
        dialog.open()

    def _conflict_decided(self, choice: Choice, record: Any) -> None:
        self.conflict = None
        if choice is Choice.THEIRS:
            self.take_record(record, fill=True)
            self._baseline = self._values()
            self._restored = self._edited = False
            for form in self._forms:
                form.touched.clear()
            self._forget_draft()
            self.revalidate()
            self.show_note(self.tr("Se ha cargado lo que está guardado ahora."))
        elif choice is Choice.MINE:
            self.take_record(record, fill=False)
            self.save()

    def show_banner(self, text: str) -> None:
        if not text:
            self.banner.hide()
            self.banner.setText("")
            return
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_DARK if dark else ERROR_LIGHT))
        self.banner.setPalette(palette)
        self.banner.setText(text)
        self.banner.show()

    def _focus_first_error(self) -> None:
        for form in self._forms:
            for name, editor in form.editors.items():
                if form.error(name):
                    editor.setFocus()
                    return

    # -- unsaved work and its draft --------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """The first time it shows, the form is as it opened: remember it, and put back
        the draft a crash left of this same form, if any."""
        super().showEvent(event)
        if self._baseline is not None:
            return
        self._baseline = self._values()
        store = self._store()
        draft = store.read(*self._draft_key()) if store is not None else None
        if isinstance(draft, dict) and apply_values(self._editors(), draft):
            self._restored = True
            self.revalidate()
            self.show_note(self.tr("Se han recuperado los cambios sin guardar de este formulario."))

    def has_unsaved_changes(self) -> bool:
        """Whether closing now would lose something the person typed."""
        if self._baseline is None:
            return False
        edited = self._restored or self._edited or any(form.touched for form in self._forms)
        return edited and self._values() != self._baseline

    def unsaved_items(self) -> list[unsaved.UnsavedItem]:
        """For the window: this form, when it is open with changes."""
        if self._saving or not self.isVisible() or not self.has_unsaved_changes():
            return []
        return [self._unsaved_item()]

    def _unsaved_item(self) -> unsaved.UnsavedItem:
        title = self.windowTitle()
        return unsaved.UnsavedItem(
            what=self.tr("el formulario «%1»").replace("%1", unsaved.inner(title)),
            save=self._save_for_window,
            discard=self._discard_and_close,
        )

    def _save_for_window(self, done: unsaved.Done) -> None:
        self._after_save = done
        self.save()

    def _tell_window(self, saved: bool) -> None:
        done, self._after_save = self._after_save, None
        if done is not None:
            done(saved)

    def _editors(self) -> dict[str, QWidget]:
        return {
            f"{n}.{name}": editor
            for n, form in enumerate(self._forms)
            for name, editor in form.editors.items()
        }

    def _values(self) -> Values:
        return values_of(self._editors().items())

    def _draft_key(self) -> tuple[str, str]:
        """The form's kind and its title (which names the record it edits)."""
        return f"form.{type(self).__name__}", self.windowTitle()

    def _store(self) -> drafts.DraftStore | None:
        db = getattr(self.ops, "db", None)
        return drafts.store_for(db) if db is not None else None

    def _sync_draft(self) -> None:
        store = self._store()
        if store is None:
            return
        editor, record = self._draft_key()
        if self.has_unsaved_changes():
            store.write(editor, record, self.windowTitle(), self._draft_values())
        else:
            store.remove(editor, record)

    def _draft_values(self) -> Values:
        """What the draft keeps: only what was typed, so that a draft given back over a
        record saved since takes nothing else back; but a new record's own choices (an
        account picker filled in by where the form was opened) go with it, or what was
        typed would come back on whichever account the form is next opened on."""
        baseline = self._baseline or {}
        values = self._values()
        new_record = self.read_current() is None
        editors = self._editors()
        return {
            k: v
            for k, v in values.items()
            if baseline.get(k) != v or (new_record and isinstance(editors.get(k), OwnValue))
        }

    def _forget_draft(self) -> None:
        self._draft_timer.stop()
        store = self._store()
        if store is not None:
            store.remove(*self._draft_key())

    def show_note(self, text: str) -> None:
        """A line in the banner that is not an error."""
        self.banner.setPalette(self.palette())
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
