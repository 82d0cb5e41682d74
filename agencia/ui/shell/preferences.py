"""File ▸ Preferences: the language (from the next start) and the appearance (at once)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agencia.ui import settings, style
from agencia.ui.shell import i18n


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferencias"))
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 16)
        column.setSpacing(16)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Automático (el del sistema)"), "")
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self._select(self.language, str(settings.get(settings.LANGUAGE) or ""))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Idioma"), self.language)
        self.restart_note = QLabel(
            self.tr("El nuevo idioma se aplicará la próxima vez que abra Agencia."), self
        )
        self.restart_note.setProperty("role", "caption")
        self.restart_note.setWordWrap(True)
        form.addRow("", self.restart_note)

        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Automática (la del sistema)"), "")
        self.theme.addItem(self.tr("Clara"), "light")
        self.theme.addItem(self.tr("Oscura"), "dark")
        self._select(self.theme, str(settings.get(style.THEME) or ""))
        form.addRow(self.tr("Apariencia"), self.theme)
        column.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aceptar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setMinimumWidth(440)
        self._language_changed()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _language_changed(self) -> None:
        chosen = str(self.language.currentData() or "") or i18n.system_language()
        self.restart_note.setVisible(chosen != i18n.current_language())

    def accept(self) -> None:
        settings.put(settings.LANGUAGE, str(self.language.currentData() or ""))
        theme = str(self.theme.currentData() or "")
        if theme != str(settings.get(style.THEME) or ""):
            settings.put(style.THEME, theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                style.apply_style(app)
        super().accept()
