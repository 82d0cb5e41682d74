"""The one way the GUI tells people that something failed.

A service refuses with a domain error that carries its own words (`describe` renders it
from the catalogue); anything else is a bug or the machine's (a file, the network), and
is said as "Error inesperado: …" without a traceback. Where it is said depends on the
screen — beside the field, in a notice, in a toast — but the words come from here; a
message that needs reading is a non-blocking box (`show_message`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from agencia.domain.errors import DomainError


def error_text(error: BaseException) -> str:
    """A refusal from a service as people read it; anything else, without a traceback."""
    if isinstance(error, DomainError):
        # the forms' module (its widgets, the drafts) loads when something is refused,
        # not with every area's controller before the first page
        from agencia.ui.widgets.form_dialog import describe

        return describe(error)
    return QCoreApplication.translate("Errors", "Error inesperado: %1").replace("%1", str(error))


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A message that needs reading (not a toast), as plain text; it does not block."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it may name a record: never markup
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
