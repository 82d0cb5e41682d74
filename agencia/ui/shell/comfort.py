"""The window's comfort actions that live outside window.py: Ayuda ▸ Manual de Agencia
(F1) and Archivo ▸ Imprimir… / Imprimir la lista… (`printing`). One call from the
window adds them; the language switch names them again (`labels`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.shell.manual import ManualDialog, manual_title
from agencia.ui.shell.printing import Printing, print_label, print_list_label

if TYPE_CHECKING:
    from agencia.ui.shell.window import MainWindow


def add_comfort(window: MainWindow) -> None:
    """Register the actions on `window`'s registry (before its menus are built)."""
    window.registry.register(
        ActionSpec(
            ActionId.MANUAL,
            manual_title(),
            QKeySequence.StandardKey.HelpContents,
            "help",
            menu="help",
        ),
        lambda: ManualDialog(window).open(),
        window,
    )
    Printing(window)


def labels() -> dict[ActionId, str]:
    """Their names in the language now in force."""
    return {
        ActionId.MANUAL: manual_title(),
        ActionId.PRINT: print_label(),
        ActionId.PRINT_LIST: print_list_label(),
    }
