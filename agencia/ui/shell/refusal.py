"""The dialog that says why a database was refused (and that nothing was written to it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def refusal_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message carries a path
    box.setWindowTitle(QCoreApplication.translate("Refusal", "Agencia"))
    box.setText(QCoreApplication.translate("Refusal", "No se puede abrir la base de datos"))
    box.setInformativeText(
        message
        + "\n\n"
        + QCoreApplication.translate("Refusal", "No se ha modificado nada en la base de datos.")
    )
    close = box.addButton(
        QCoreApplication.translate("Refusal", "Cerrar Agencia"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box


def show_refusal(message: str, parent: QWidget | None = None) -> None:
    """Modal: returns when the person has read it; the caller then quits with status 3."""
    refusal_box(message, parent).exec()
