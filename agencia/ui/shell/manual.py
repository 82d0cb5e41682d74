"""Ayuda ▸ Manual de Agencia (F1): a short manual for people, in the window's language.

The text is a resource (resources/manual/manual_es.md and manual_en.md, written for
people, not generated), shown as rich text in a browser that follows the theme; links to
the web open in the system's browser.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from agencia.ui.resources import resource_path
from agencia.ui.shell import i18n
from agencia.ui.widgets.screen_fit import resize_within_screen

translate = QCoreApplication.translate


def manual_title() -> str:
    return translate("Manual", "Manual de Agencia")


def manual_text(language: str | None = None) -> str:
    """The manual's Markdown in `language` (default: the window's), Spanish if missing."""
    language = language or i18n.current_language()
    path = resource_path("manual", f"manual_{language}.md")
    if not path.exists():
        path = resource_path("manual", "manual_es.md")
    return path.read_text(encoding="utf-8")


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(manual_title())
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 12)
        column.setSpacing(8)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        self.browser.setMarkdown(manual_text())
        column.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Manual", "Cerrar"))
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        resize_within_screen(self, 720, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
