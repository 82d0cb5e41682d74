"""What every dialog that moves a campaign shares: the campaign's header, the form saved
through `move_campaign` (a refusal lands beside its field, a conflict says where the
campaign is now), and files read off the GUI thread for a decision's proof or document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.actor import Actor
from agencia.domain.enums import CampaignStatus, Decision
from agencia.domain.errors import Conflict, DomainError
from agencia.services import Database
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.flow import (
    Step,
    move_campaign,
)
from agencia.services.campaigns.views import CampaignDetail
from agencia.services.results import SaveResult
from agencia.ui.campaigns.labels import (
    move_label,
    status_chip,
)
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FormDialog, describe
from agencia.ui.widgets.status_chip import StatusChip
from agencia.ui.widgets.text import plain_label

S = CampaignStatus


DECISION_BY_TARGET = {
    S.READY_FOR_CLIENT: Decision.APPROVED,
    S.APPROVED: Decision.APPROVED,
    S.CHANGES_REQUESTED: Decision.CHANGES_REQUESTED,
    S.REJECTED: Decision.REJECTED,
}


def write_move(
    db: Database, actor: Actor, campaign_id: int, target: S, version: int, step: Step | None
) -> SaveResult:
    return move_campaign(db, actor, campaign_id, target, version=version, step=step)


def read_file(_db: Database, _actor: Actor, path: Path) -> DocumentInput:
    """Runs on a reader: a 50 MB file never blocks the window."""
    upload = DocumentInput.from_path(path)
    if not upload.data:
        raise DomainError("document.empty", name=upload.name)
    return upload


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} KB"


def show_refusal(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Why a move did not happen: said at once, in the person's words."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("moveRefusal")
    box.setTextFormat(Qt.TextFormat.PlainText)  # it may name a campaign
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class MoveDialog(FormDialog):
    """A decision that moves a campaign: one Need's form, saved through move_campaign."""

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.locale_ = locale or QLocale()
        self._local_fields: set[str] = set()
        self.choosers: list[FileChooser] = []
        self.detail = detail
        self.target = target
        self.version = version
        self.action_text = move_label(detail.status, target)
        self.setWindowTitle(f"{self.action_text} — {detail.row.name}")
        self.save_button.setText(self.action_text)
        self.save_button.setToolTip(self.tr("%1 (Ctrl+S)").replace("%1", self.action_text))
        self.body.addWidget(self._header())
        self.form = Form(self)
        self.body.addWidget(self.form)

    def _header(self) -> QWidget:
        row = self.detail.row
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        name = plain_label(row.name, box)
        name.setProperty("role", "heading")
        name.setObjectName("moveCampaign")
        column.addWidget(name)
        client = " · ".join(p for p in (row.account, row.brand) if p)
        column.addWidget(self._secondary(client, box))
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.setContentsMargins(0, 4, 0, 0)
        source = StatusChip(box)
        source.set_chip(status_chip(self.detail.status))
        arrow = QLabel("→", box)
        arrow.setProperty("role", "secondary")
        arrow.setAccessibleName(self.tr("pasa a"))
        target = StatusChip(box)
        target.set_chip(status_chip(self.target))
        for widget in (source, arrow, target):
            chips.addWidget(widget)
        chips.addStretch(1)
        column.addLayout(chips)
        return box

    @staticmethod
    def _secondary(text: str, parent: QWidget) -> QLabel:
        label = plain_label(text, parent)
        label.setProperty("role", "secondary")
        label.setWordWrap(True)
        return label

    def _comment_editor(self, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(96)
        return editor

    def step(self) -> Step:
        raise NotImplementedError

    def fit(self, width: int) -> None:
        """`width` wide and as tall as its wrapped lines need (no field is cut)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, max(height, self.sizeHint().height()))

    def local_errors(self) -> dict[str, str]:
        """What the dialog itself finds wrong (no service code says it), by field."""
        return {}

    def revalidate(self) -> bool:
        local = self.local_errors()
        for name in self._local_fields - set(local):
            self._extra_errors.pop(name, None)
        self._extra_errors.update(local)
        self._local_fields = set(local)
        valid = super().revalidate()
        if any(chooser.reading for chooser in self.choosers):
            self.save_button.setEnabled(False)  # a file is still being read
            return False
        return valid

    def collect(self) -> Step:
        return self.step()

    def submit(self, data: Step) -> None:
        self.write(write_move, self.detail.id, self.target, self.version, data)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.save_button.setText(self.action_text)
        if isinstance(error, Conflict):  # say where the campaign is now
            self.show_banner(describe(error))


class FileChooser:
    """Reads a file the person picked, off the GUI thread, and hands it back."""

    def __init__(self, dialog: MoveDialog, field: str) -> None:
        self.dialog = dialog
        self.field = field
        self.reading = False
        dialog.choosers.append(self)

    def pick(self, title: str, then: Callable[[DocumentInput], None]) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.dialog, title)
        if path:
            self.read(Path(path), then)

    def read(self, path: Path, then: Callable[[DocumentInput], None]) -> None:
        self.reading = True
        self.dialog.set_extra_error(self.field, "")
        self.dialog.save_button.setEnabled(False)

        def done(upload: DocumentInput) -> None:
            self.reading = False
            if shiboken6.isValid(self.dialog):
                then(upload)
                self.dialog.revalidate()

        def failed(error: BaseException) -> None:
            self.reading = False
            if shiboken6.isValid(self.dialog):
                text = describe(error) if isinstance(error, DomainError) else str(error)
                self.dialog.set_extra_error(self.field, text)
                self.dialog.form.reveal_all()

        self.dialog.ops.read(read_file, path, on_done=done, on_error=failed)
