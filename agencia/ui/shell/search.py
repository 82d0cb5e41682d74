"""The search field at the top of the window: accounts and contacts from anywhere.

Typing waits a moment, then asks services.search through Operations under the key
"global-search", so an answer to older text is dropped. Results drop down under the
field; ↑/↓ choose, Enter opens (a contact opens its account), Esc closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from agencia.ui import style
from agencia.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QListView

    from agencia.services.search import SearchHit
    from agencia.ui.ops import Operations
    from agencia.ui.shell.popup import OverlayPopup

DEBOUNCE_MS = 180
MAX_VISIBLE_ROWS = 8


def _search(db: Any, actor: Any, text: str) -> list[SearchHit]:
    from agencia.areas import search_everything

    return search_everything(db, actor, text)


class SearchField(QLineEdit):
    """The field; hands ↑ ↓ Enter Esc to the results while they are open."""

    navigate = Signal(int)  # +1 / -1
    accepted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlobalSearch")
        self.setClearButtonEnabled(True)
        self.addAction(
            style.themed_icon("search", "text_secondary"), QLineEdit.ActionPosition.LeadingPosition
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.navigate.emit(1)
        elif key == Qt.Key.Key_Up:
            self.navigate.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif key == Qt.Key.Key_Escape:
            self.dismissed.emit()
        else:
            super().keyPressEvent(event)


class GlobalSearch(QObject):
    """Drives the field and its drop-down; `open_hit(SearchHit)` when the person picks one."""

    open_hit = Signal(object)
    results_shown = Signal(int)  # how many hits are listed (tests, accessibility)

    def __init__(self, field: SearchField, window: QWidget) -> None:
        super().__init__(field)
        self.field = field
        self.window = window
        self.ops: Operations | None = None
        self.hits: list[SearchHit] = []
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self._popup: OverlayPopup | None = None  # made when first needed, not before the paint

        field.setPlaceholderText(self.tr("Buscar cuentas, campañas y contactos…"))
        field.setEnabled(False)
        field.textEdited.connect(self._typed)
        field.navigate.connect(self._move)
        field.accepted.connect(self._accept)
        field.dismissed.connect(self._dismiss)

    # -- the drop-down, made on first use ----------------------------------------------
    def _make_popup(self) -> OverlayPopup:
        # the drop-down's module (a list view, its delegate, Qt's item-view classes) is
        # imported here too: the window's first paint does without it
        from PySide6.QtGui import QStandardItemModel

        from agencia.ui.shell.popup import OverlayPopup, make_list

        popup = OverlayPopup(self.window)
        self.field.installEventFilter(self)  # focus leaving the field, the window resized:
        self.window.installEventFilter(self)  # only a drop-down that exists cares
        column = QVBoxLayout(popup)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(0)
        self._model = QStandardItemModel(self)
        self._list = make_list(popup)
        self._list.setModel(self._model)
        self._list.clicked.connect(self._clicked)
        column.addWidget(self._list)
        self._hint = plain_label("", popup)  # repeats what was typed
        self._hint.setObjectName("PopupHint")
        self._hint.setWordWrap(True)
        column.addWidget(self._hint)
        self._popup = popup
        return popup

    @property
    def popup(self) -> OverlayPopup:
        return self._popup if self._popup is not None else self._make_popup()

    @property
    def model(self) -> QStandardItemModel:
        self.popup  # noqa: B018 (made with the drop-down)
        return self._model

    @property
    def results_list(self) -> QListView:
        self.popup  # noqa: B018
        return self._list

    @property
    def hint(self) -> QLabel:
        self.popup  # noqa: B018
        return self._hint

    def _shown(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def attach(self, ops: Operations) -> None:
        """Search becomes available once someone has signed in."""
        self.ops = ops
        self.field.setEnabled(True)

    # -- typing -----------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._pending = text.strip()
        if not self._pending:
            self._timer.stop()
            self.hide()
            return
        self._timer.start()

    def search_now(self, text: str) -> None:
        """Search `text` without waiting for the typing pause (tests, the palette)."""
        self.field.setText(text)
        self._pending = text.strip()
        self._timer.stop()
        self._run()

    def _run(self) -> None:
        if self.ops is None or not self._pending:
            return
        text = self._pending
        if not self.hits:
            self._show_hint(self.tr("Buscando…"))
        self.ops.read(
            _search,
            text,
            key="global-search",
            on_done=lambda hits: self._show(text, hits),
            on_error=lambda exc: self._show_hint(str(exc)),
        )

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        from agencia.ui.shell.popup import make_item

        if text != self.field.text().strip():
            return
        self.hits = list(hits)
        self.model.clear()
        for hit in self.hits:
            if hit.kind == "account":
                kind = self.tr("Cuenta") if hit.active else self.tr("Cuenta inactiva")
                icon = "accounts"
            elif hit.kind == "campaign":
                kind = self.tr("Campaña") if hit.active else self.tr("Campaña cerrada")
                icon = "campaign"
            elif hit.kind == "vendor":
                kind = self.tr("Proveedor") if hit.active else self.tr("Proveedor dado de baja")
                icon = "calendar"
            else:
                kind = self.tr("Contacto") if hit.active else self.tr("Contacto inactivo")
                icon = "contact"
            self.model.appendRow(make_item(hit.title, hit.subtitle, icon, kind, hit))
        if self.hits:
            self.results_list.setCurrentIndex(self.model.index(0, 0))
            self.hint.setText(self.tr("↑ ↓ para elegir · Intro para abrir · Esc para cerrar"))
        else:
            self.hint.setText(self.tr("Nada coincide con «%s».") % text)
        self.results_list.setVisible(bool(self.hits))
        self._place()
        self.results_shown.emit(len(self.hits))

    def _show_hint(self, message: str) -> None:
        self.hits = []
        self.model.clear()
        self.results_list.hide()
        self.hint.setText(message)
        self._place()

    # -- choosing ---------------------------------------------------------------------
    def _move(self, step: int) -> None:
        if not self._shown():
            if self.hits:
                self._place()
            return
        rows = self.model.rowCount()
        if not rows:
            return
        row = (self.results_list.currentIndex().row() + step) % rows
        self.results_list.setCurrentIndex(self.model.index(row, 0))

    def _accept(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search now, open the first
            self._timer.stop()
            self._run()
        if self._shown() and self.results_list.currentIndex().isValid():
            index = self.results_list.currentIndex()
            self._open(index)

    def _clicked(self, index: QModelIndex) -> None:
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        from agencia.ui.shell.popup import PAYLOAD_ROLE  # (the drop-down was made)

        hit = index.data(PAYLOAD_ROLE)
        self.hide()
        if hit is not None:
            self.open_hit.emit(hit)

    def _dismiss(self) -> None:
        if self._shown():
            self.hide()
        else:
            self.field.clear()
            self.field.clearFocus()

    def hide(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    # -- placing ----------------------------------------------------------------------
    def _place(self) -> None:
        from agencia.ui.shell.popup import ROW_HEIGHT

        width = max(self.field.width(), 420)
        rows = min(self.model.rowCount(), MAX_VISIBLE_ROWS)
        list_height = rows * ROW_HEIGHT + 8 if rows else 0
        self.results_list.setFixedHeight(list_height)
        hint_height = self.hint.heightForWidth(width) if self.hint.text() else 0
        height = list_height + max(hint_height, 0) + 16
        origin = self.field.mapTo(self.window, QPoint(0, self.field.height() + 4))
        x = min(origin.x(), max(self.window.width() - width - 8, 0))
        self.popup.setGeometry(x, origin.y(), width, height)
        self.popup.show()
        self.popup.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.field and kind == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._hide_if_unfocused)
        elif watched is self.window and kind == QEvent.Type.Resize and self._shown():
            self._place()
        return False

    def _hide_if_unfocused(self) -> None:
        if not self.field.hasFocus():
            self.hide()
