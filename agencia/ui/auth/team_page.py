"""The first-run wizard's last step: «Su equipo», the people who work with the new
administrator, typed one by one (name, role, e-mail, reports-to, group) or read from a
CSV file — or left for later.

Nothing is added until «Empezar»: the list is checked as it grows (the people service's
own checks, run without adding anyone), each problem beside its row — a file's row as the
spreadsheet numbers it — and «Empezar» adds everyone in one transaction. A list not yet
added is unsaved work: closing the wizard asks about it (`unsaved_item`) — a name typed
and not yet listed with it, as «Empezar» adds it — and a crash leaves it in the wizard's
draft (`agencia.ui.auth.wizard_draft`). The people
area's service is named through `agencia.areas.resolve`: the wizard is shared code and
imports no area. The list's table and summary are laid out in `team_list`, the page's
sentences about its list in `team_words`; this module is what the page does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from agencia.domain.enums import Role, TitleGender
from agencia.domain.errors import DomainError
from agencia.domain.labels import role_title
from agencia.domain.messages import render
from agencia.ui.auth.team_list import TeamTable, WrappedSummary
from agencia.ui.auth.team_words import summary_text, unsaved_words
from agencia.ui.widgets import unsaved
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from agencia.domain.actor import Actor
    from agencia.ui.ops import Operations

SERVICE = "agencia.services.people.team_import"


def _people(db: Any, _actor: Any, admin: Actor, entries: list[dict[str, Any]], dry: bool) -> Any:
    """On the writer: the people service as the new administrator (`dry`: only checked)."""
    from agencia.areas import resolve

    return resolve(f"{SERVICE}:add_people")(db, admin, entries, dry_run=dry)


def read_entries(path: str) -> list[dict[str, Any]]:
    """A CSV file's people as plain data (DomainError for a file that cannot be read)."""
    from agencia.areas import resolve

    entries: list[dict[str, Any]] = resolve(f"{SERVICE}:entries_of_file")(Path(path).read_bytes())
    return entries


def problem_text(problem: Any) -> str:
    return render(problem.code, problem.params)


class TeamPage(QWizardPage):
    """Signals: `added()` once everyone is in (the wizard then finishes); `edited()` when
    the list or the person being typed changed (the wizard keeps its draft)."""

    added = Signal()
    edited = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.actor: Actor | None = None
        self.entries: list[dict[str, Any]] = []
        self.problems: dict[int, list[str]] = {}  # entry index → its problems
        self._keys: list[int] = []  # entry index → the row the service numbered it
        self._saving = False
        self._done = False
        self.setBackgroundRole(QPalette.ColorRole.Window)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 8)
        column.setSpacing(8)
        self.step = QLabel(self.tr("Paso 3 de 3"), self)
        self.step.setProperty("role", "caption")
        heading = QLabel(self.tr("Su equipo"), self)
        heading.setProperty("role", "title")
        intro = plain_label(
            self.tr(
                "Añada a las personas de la agencia una a una o desde un archivo CSV (columnas "
                "nombre, rol, correo, depende de; y si quiere, grupo). Puede dejarlo para más "
                "tarde: «Empezar» sin nadie en la lista."
            ),
            self,
        )
        intro.setProperty("role", "secondary")
        intro.setWordWrap(True)
        self.note = plain_label("", self)  # «Se ha recuperado…»: a draft was taken back
        self.note.setObjectName("teamNote")
        self.note.setWordWrap(True)
        self.note.hide()
        for widget in (self.step, heading, intro, self.note):
            column.addWidget(widget)

        self.form = Form(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("teamName")
        self.form.add("name", self.tr("Nombre y apellidos"), self.name)
        role_row = QWidget(self)
        row = QHBoxLayout(role_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.role = QComboBox(role_row)
        for role in reversed(list(Role)):
            if role is not Role.ADMINISTRATOR:
                self.role.addItem(role_title(role, TitleGender.MASCULINE), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.ACCOUNT_EXECUTIVE.value))
        self.feminine = QCheckBox(self.tr("Cargo en femenino"), role_row)
        row.addWidget(self.role, 1)
        row.addWidget(self.feminine)
        self.form.add("role", self.tr("Rol"), role_row)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("Opcional"))
        self.form.add("email", self.tr("Correo"), self.email)
        self.reports_to = QComboBox(self)
        self.reports_to.setEditable(True)
        self._placeholder(self.reports_to, self.tr("Nadie, o una persona de la lista"))
        self.form.add("reports_to", self.tr("Depende de"), self.reports_to)
        self.group = QComboBox(self)
        self.group.setEditable(True)
        self._placeholder(self.group, self.tr("Opcional; un grupo nuevo se crea"))
        self.form.add("group", self.tr("Grupo de cuentas"), self.group)
        column.addWidget(self.form)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(self.tr("Añadir a la lista"), self)
        self.add_button.setObjectName("teamAdd")
        self.add_button.clicked.connect(self.add_typed)
        self.import_button = QPushButton(self.tr("Importar CSV…"), self)
        self.import_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Quitar"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.import_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        self.table = TeamTable(self)
        column.addWidget(self.table, 1)
        self.summary = WrappedSummary(self)
        self.summary.setObjectName("teamSummary")
        column.addWidget(self.summary)
        self.name.returnPressed.connect(self.add_typed)
        for signal in (
            self.name.textChanged,
            self.email.textChanged,
            self.role.currentIndexChanged,
            self.feminine.toggled,
            self.reports_to.editTextChanged,
            self.group.editTextChanged,
        ):
            signal.connect(lambda *_a: self.edited.emit())
        self._show()

    @staticmethod
    def _placeholder(box: QComboBox, text: str) -> None:
        edit = box.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(text)

    def set_actor(self, actor: Actor) -> None:
        """The administrator just created: who adds the team."""
        self.actor = actor
        self.reports_to.clear()
        self.reports_to.addItem("")
        self.reports_to.addItem(actor.name)
        if self.entries:
            self.check()

    # -- the list ---------------------------------------------------------------------------
    def add_typed(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.form.set_errors({"name": render("field.required", {})})
            self.form.reveal_all()
            return
        self.form.set_errors({})
        gender = TitleGender.FEMININE if self.feminine.isChecked() else TitleGender.MASCULINE
        self.entries.append(
            {
                "row": 0,
                "name": name,
                "role": role_title(Role(self.role.currentData()), gender),
                "email": self.email.text().strip(),
                "reports_to": self.reports_to.currentText().strip(),
                "group": self.group.currentText().strip(),
            }
        )
        if self.reports_to.findText(name) < 0:
            self.reports_to.addItem(name)
        group = self.group.currentText().strip()
        if group and self.group.findText(group) < 0:
            self.group.addItem(group)
        self.name.clear()
        self.email.clear()
        self.name.setFocus()
        self.check()

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Importar el equipo"))
        dialog.setNameFilter(self.tr("Archivos CSV (*.csv *.txt)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        dialog.open()

    def import_file(self, path: str) -> None:
        """Add a file's people to the list (the file's problems show at once)."""
        try:
            found = read_entries(path)
        except (OSError, DomainError) as error:  # unreadable, or not a table of people
            self.summary.setText(str(error))
            return
        self.entries.extend(found)
        for entry in found:
            if self.reports_to.findText(entry["name"]) < 0:
                self.reports_to.addItem(entry["name"])
        self.check()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for n in rows:
            del self.entries[n]
        if rows:
            self.check()

    # -- checking and adding ----------------------------------------------------------------
    def check(self) -> None:
        """The service's checks on the whole list, adding nobody."""
        self._show()
        self.edited.emit()  # every change to the list comes through here
        if self.actor is None or not self.entries:
            return
        self.ops.write(
            _people,
            self.actor,
            list(self.entries),
            True,
            on_done=self._checked,
            on_error=self._failed,
        )

    def _checked(self, result: Any) -> None:
        keys = [r.row for r in result.rows]
        self.problems = {}
        for problem in result.problems:
            if problem.row in keys:
                self.problems.setdefault(keys.index(problem.row), []).append(problem_text(problem))
        self._show()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        problems = getattr(error, "problems", None)
        if problems is not None:  # some rows were refused as everyone was added
            self.check()
            return
        self.summary.setText(str(error))

    def _show(self) -> None:
        self.table.show_entries(self.entries, self.problems)
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        """How many are listed and which have problems (`team_words`)."""
        return summary_text(self.entries, self.problems)

    @property
    def everyone_added(self) -> bool:
        """The list is in the agency: nothing on this page is unsaved any more."""
        return self._done

    @property
    def busy(self) -> bool:
        """Everyone is being added: the answer must land on this page."""
        return self._saving

    def unsaved_item(
        self, save: Callable[[unsaved.Done], None], discard: Callable[[], None]
    ) -> unsaved.UnsavedItem | None:
        """The listed people not yet added, as the question before closing names them
        (None: nothing would be lost); a name typed and not yet listed counts as listed
        (Guardar adds it too). A list with problems cannot be added from the question:
        the hint says to stay and correct it."""
        count = len(self.entries) + (1 if self._typed_name() else 0)
        if self._done or not count:
            return None
        what, hint = unsaved_words(count, with_problems=bool(self.problems))
        if self.problems:
            return unsaved.UnsavedItem(what=what, save=None, discard=discard, hint=hint)
        return unsaved.UnsavedItem(what=what, save=save, discard=discard, hint=hint)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _typed_name(self) -> bool:
        return bool(self.name.text().strip())

    def finish(self) -> bool:
        """«Empezar»: True when the wizard may close now; else everyone is being added —
        a name typed and not yet listed with them (listed first, so that its problems
        show beside its row)."""
        if self._done:
            return True
        if self._typed_name() and not self._saving:
            self.add_typed()
        if not self.entries:
            return True
        if self._saving or self.problems or self.actor is None:
            return False
        self._saving = True
        self.ops.write(
            _people,
            self.actor,
            list(self.entries),
            False,
            on_done=self._added,
            on_error=self._failed,
        )
        return False

    def _added(self, _result: Any) -> None:
        self._saving = False
        self._done = True
        self.added.emit()
