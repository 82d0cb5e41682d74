"""File ▸ Preferences: the language and the appearance, both at once.

Over the main window the language changes at once (`language_switch`: refused, and the
dialog stays open, while a form holds unsaved edits); a dialog with no window behind it
can only keep the choice for the next start, and says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from agencia.ui import settings, style
from agencia.ui.shell import i18n

if TYPE_CHECKING:
    from agencia.ui.shell.window import MainWindow


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
        at_once = self._window() is not None
        self.restart_note.setVisible(chosen != i18n.current_language() and not at_once)

    def _window(self) -> MainWindow | None:
        from agencia.ui.shell.window import MainWindow

        parent = self.parentWidget()
        return parent if isinstance(parent, MainWindow) else None

    def accept(self) -> None:
        language = str(self.language.currentData() or "")
        window = self._window()
        if window is not None:
            from agencia.ui.shell.language_switch import switch_language

            why = switch_language(window, language or i18n.system_language())
            if why:  # unsaved work: nothing changes, the dialog stays open
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Idioma"), why, parent=self)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
                return
        settings.put(settings.LANGUAGE, language)
        theme = str(self.theme.currentData() or "")
        if theme != str(settings.get(style.THEME) or ""):
            settings.put(style.THEME, theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                style.apply_style(app)
        super().accept()
