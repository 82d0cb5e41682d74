"""Asked before a new account is saved with a tax ID another account already has: open
the account that exists, or save this one anyway, saying why (the trail keeps it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render


class DuplicateTaxIdDialog(QDialog):
    """`choice` is «open», «save» or «cancel»; `reason` what was typed for «save»."""

    def __init__(self, found: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("NIF repetido"))
        self.choice = "cancel"
        names = ", ".join(name for _id, name in found)
        layout = QVBoxLayout(self)
        said = QLabel(render("account.tax_id_duplicate", {"name": names}), self)
        said.setWordWrap(True)
        layout.addWidget(said)
        question = QLabel(
            self.tr(
                "¿Abre la cuenta que ya existe, o guarda esta igualmente? Para guardarla, "
                "diga por qué (otra sede, otra filial…): queda en el historial."
            ),
            self,
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(self.tr("Motivo para guardarla igualmente"))
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Abrir «%1»").replace("%1", found[0][1]), self)
        self.save_button = QPushButton(self.tr("Guardar igualmente"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setDefault(True)
        self.save_button.setEnabled(False)  # not without a reason
        self.reason_edit.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip()))
        )
        self.open_button.clicked.connect(lambda: self._answer("open"))
        self.save_button.clicked.connect(lambda: self._answer("save"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _answer(self, choice: str) -> None:
        self.choice = choice
        self.accept()
