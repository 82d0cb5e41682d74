"""How wide a line edit must be to show its placeholder whole. A hint cut short reads as
nonsense («Escriba para buscar una cue…», «Buscar marca o c…»), and a column of short
fields gives a search box no more room than them. Shared here because two areas need it
(the account form's «Empresa matriz», the routing rules' brand search) and UI areas never
import each other."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton


def hint_width(edit: QLineEdit) -> int:
    """The width `edit` needs to show its placeholder whole: the text, its frame and
    paddings (the style sheet's, so polish it first), Qt's own margin and the room its
    buttons (the clear button) keep. For `setMinimumWidth`."""
    edit.ensurePolished()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    option.rect = QRect(0, 0, 400, edit.sizeHint().height())
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    buttons = sum(max(b.width(), b.sizeHint().width()) for b in edit.findChildren(QToolButton))
    return (
        edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        + (400 - contents.width())  # the frame and the paddings, at a trial width
        + margins.left()
        + margins.right()
        + 4  # Qt's own margin, 2 a side
        + buttons
        + 1
    )
