"""Column widths that fit their titles in the language in use."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView


def set_widths(header: QHeaderView, widths: Sequence[int]) -> None:
    """Default widths, each column at least as wide as its title (with the sort arrow):
    "Preferred channel" is longer than "Canal preferido", and a title is never cut."""
    header.ensurePolished()  # the style sheet's padding and bold titles count
    for n, width in enumerate(widths):
        if n < header.count():
            header.resizeSection(n, max(width, header.sectionSizeHint(n)))
