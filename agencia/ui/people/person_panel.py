"""The selected person in full, beside the list: who they are, where they sit, their
sign-in and what they hold, with the buttons that act on them (the area's actions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import TitleGender
from agencia.domain.labels import role_title, title_shown
from agencia.services.people.views import StaffDetail
from agencia.ui.people.labels import (
    department_label,
    person_state,
    sign_in_explained,
)
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.text import plain_label


class PersonPanel(QScrollArea):
    """Empty ("Elija una persona de la lista") until `show_person`.

    Signals: `chosen_changed(bool)` as a person is shown or the pane goes back to empty
    (the page gives the list the width while nobody is chosen)."""

    chosen_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 8, 8, 8)
        column.setSpacing(8)
        self.name = plain_label("", inner)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.title = plain_label("", inner)
        self.title.setProperty("role", "secondary")
        self.title.setWordWrap(True)
        column.addWidget(self.name)
        column.addWidget(self.title)
        self.buttons = QWidget(inner)
        self._buttons: dict[QAction, QToolButton] = {}
        self.grid = QGridLayout(self.buttons)
        self.grid.setContentsMargins(0, 8, 0, 8)
        self.grid.setSpacing(8)
        column.addWidget(self.buttons)
        # as the account page's «Datos»: grey names on the left, the values beside them;
        # only a value too long for the narrow pane (a whole e-mail) goes under its name
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setHorizontalSpacing(16)
        self.facts.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("role", self.tr("Rol")),
            ("gender", self.tr("Género del cargo")),
            ("department", self.tr("Departamento")),
            ("group", self.tr("Grupo")),
            ("reports_to", self.tr("Depende de")),
            ("email", self.tr("Correo")),
            ("phone", self.tr("Teléfono")),
            ("time_zone", self.tr("Zona horaria")),
            ("login", self.tr("Usuario")),
            ("access", self.tr("Acceso")),
            ("holds", self.tr("A su cargo")),
            ("state", self.tr("Estado")),
        ):
            caption = plain_label(text, inner)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            value = plain_label("", inner)
            value.setWordWrap(True)
            value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.facts.addRow(caption, value)
        column.addLayout(self.facts)
        column.addStretch(1)
        # nothing chosen: the pane says what goes there, as every list's pane does
        self.placeholder = EmptyState(
            self.tr("Ninguna persona elegida"),
            self.tr("Elija una persona de la lista para ver su rol, su grupo y su acceso."),
            icon_name="user",
            parent=inner,
        )
        column.insertWidget(0, self.placeholder, 1)
        self.setWidget(inner)
        self.detail: StaffDetail | None = None
        self.show_person(None)

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """A button for each of `actions`, one a line; only those that apply now show
        (`show_applicable`), so that the narrow pane never cuts a label."""
        for action in actions:
            button = QToolButton(self.buttons)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.grid.addWidget(button, self.grid.count(), 0)
            self._buttons[action] = button

    def _gender(self, gender: TitleGender) -> str:
        """The title's gender alone: the catalogue's example («Femenino (Directora)») read
        oddly beside an Ejecutiva; the «Rol» row above already shows her title in it."""
        if gender is TitleGender.FEMININE:
            return self.tr("Femenino")
        return self.tr("Masculino")

    def show_applicable(self) -> None:
        for action, button in self._buttons.items():
            button.setVisible(action.isEnabled())

    def show_person(self, detail: StaffDetail | None) -> None:
        was_chosen = getattr(self, "detail", None) is not None
        self.detail = detail
        shown = detail is not None
        self.placeholder.setVisible(not shown)
        for widget in (self.name, self.title, self.buttons):
            widget.setVisible(shown)
        for n in range(self.facts.rowCount()):
            self.facts.setRowVisible(n, shown)
        if was_chosen != shown:
            self.chosen_changed.emit(shown)
        if detail is None:
            return
        row = detail.row
        self.name.setText(row.name)
        self.title.setText(title_shown(row.title, row.role, detail.title_gender))
        phone = detail.phone + (
            self.tr(" ext. %1").replace("%1", detail.extension) if detail.extension else ""
        )
        holds = []
        if detail.leads_accounts:
            holds.append(self.tr("lidera %n cuenta(s)", "", detail.leads_accounts))
        if detail.directs_group:
            holds.append(self.tr("dirige «%1»").replace("%1", detail.directs_group))
        texts = {
            "role": role_title(row.role, detail.title_gender),  # the rung, in their gender
            "gender": self._gender(detail.title_gender),
            "department": department_label(row.department),
            "group": row.group or "—",
            "reports_to": row.reports_to or "—",
            "email": row.email or "—",
            "phone": phone or "—",
            "time_zone": detail.time_zone or self.tr("La de la agencia"),
            "login": row.login or "—",
            "access": sign_in_explained(row),
            "holds": ", ".join(holds) or "—",
            "state": person_state(row),
        }
        for key, text in texts.items():
            value = self.values[key]
            value.setText(text)
            value.setToolTip(text)  # a pane narrower than the address may still cut it
            # its longest word as its least width: the form puts a value that cannot
            # stand beside its name (a whole e-mail) under it, and no word is cut
            longest = max(text.split() or [""], key=value.fontMetrics().horizontalAdvance)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance(longest) + 2)
