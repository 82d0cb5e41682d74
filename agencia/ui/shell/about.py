"""Help ▸ About Agencia: version, database, and the Qt underneath (what support asks for)."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import agencia
from agencia.ui.resources import icon
from agencia.ui.widgets.text import plain_label


class AboutDialog(QDialog):
    def __init__(self, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acerca de Agencia"))
        self.setModal(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 16)
        column.setSpacing(16)

        head = QHBoxLayout()
        head.setSpacing(16)
        logo = QLabel(self)
        logo.setPixmap(icon("agencia").pixmap(56, 56))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        name = QLabel("Agencia", self)
        name.setProperty("role", "title")
        titles.addWidget(name)
        self.version = QLabel(self.tr("Versión %s") % agencia.__version__, self)
        self.version.setProperty("role", "secondary")
        titles.addWidget(self.version)
        tagline = QLabel(
            self.tr("Gestión de cuentas para el departamento de cuentas de una agencia."), self
        )
        tagline.setWordWrap(True)
        titles.addWidget(tagline)
        head.addLayout(titles, 1)
        column.addLayout(head)

        details = QFormLayout()
        details.setHorizontalSpacing(16)
        details.setVerticalSpacing(4)
        self.rows: dict[str, str] = {
            self.tr("Base de datos"): database or self.tr("(ninguna abierta)"),
            "Qt": qVersion(),
            "PySide6": PySide6.__version__,
            "Python": platform.python_version(),
            self.tr("Sistema"): f"{platform.system()} {platform.release()}",
        }
        for label, value in self.rows.items():
            field = plain_label(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(label, self)
            caption.setProperty("role", "secondary")
            details.addRow(caption, field)
        column.addLayout(details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copiar información"), self)
        copy.setAutoDefault(False)
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cerrar"))
        close.setDefault(True)
        column.addWidget(buttons)
        self.setMinimumWidth(440)

    def details_text(self) -> str:
        lines = [f"Agencia {agencia.__version__}"]
        lines += [f"{label}: {value}" for label, value in self.rows.items()]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
