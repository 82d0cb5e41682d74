"""The house form dialog: live validation, Save disabled until valid, Esc cancels,
Ctrl+S saves, the service's refusal mapped back onto the fields.

Subclasses say what the form holds (`collect`), what is wrong with it
(`field_errors`, usually the service's own `validate_*` function: message codes), and
how to save it (`submit`, which calls `self.write(service_fn, …)`). The dialog stays open
when the service refuses, with the reason under the field or in the banner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import Conflict, DomainError, PermissionDenied, ValidationError
from agencia.domain.messages import render
from agencia.ui.ops import Operations
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

    # -- wiring -------------------------------------------------------------------------------
    def add_form(self, form: Form) -> Form:
        self._forms.append(form)
        for editor in form.editors.values():
            self._watch(editor)
        return form

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
        """Cancel, Esc and the window's close button; ignored while a save runs."""
        if not self._saving:
            super().reject()

    def _done(self, result: Any) -> None:
        self._set_saving(False)
        self.save_button.setText(self.tr("Guardar"))
        self.saved.emit(result, self._submitted)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self.save_button.setText(self.tr("Guardar"))
        if isinstance(error, ValidationError):
            errors = {k: render(code, params) for k, (code, params) in error.field_errors.items()}
            for form in self._forms:
                form.reveal_all()
            leftover = self._show_errors(errors)
            self.show_banner(" ".join([self.tr("Revise los campos marcados."), *leftover]))
            self.save_button.setEnabled(True)
            self._focus_first_error()
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
