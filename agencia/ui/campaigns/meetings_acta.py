"""«Enviar el acta al cliente» with the acta itself: the PDF is drawn in the client's
language and kept with the campaign first (or the one kept is taken), then the dialog
shows its fingerprint and opens or saves it to attach to the mail; recording the send
records that fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from agencia.domain.text import fill
from agencia.services.campaigns.meeting_acta import StoredActa, store_acta, stored_acta
from agencia.services.campaigns.views import MeetingView
from agencia.ui.campaigns.meeting_form import SendMeetingDialog
from agencia.ui.campaigns.proposals_tab import Written, copy_to, copy_to_temp
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.widgets.doc_widgets import secondary
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from agencia.ui.campaigns.meetings_tab import MeetingsTab


class SendActaDialog(SendMeetingDialog):
    """The send dialog with the acta's PDF: its name and SHA-256, «Abrir» and «Guardar
    como…» (tests replace `open_url` and `ask_save_path`)."""

    def __init__(
        self,
        ops: Operations,
        locale: QLocale,
        meeting: MeetingView,
        contacts: Sequence[tuple[int, str, str]],
        acta: StoredActa,
        parent: QWidget | None = None,
    ) -> None:
        # drawing the acta made the meeting a version newer: the send is of that version
        super().__init__(ops, locale, replace(meeting, version=acta.version), contacts, parent)
        self.acta = acta
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.acta_label = secondary(
            fill(self.tr("Acta: «%1» · SHA-256 %2"), acta.name, acta.sha256[:16] + "…"),
            self,
        )
        self.acta_label.setObjectName("actaFingerprint")
        self.acta_label.setToolTip(acta.sha256)
        self.open_button = QPushButton(icon("external"), self.tr("Abrir el acta"), self)
        self.open_button.setObjectName("openActa")
        self.open_button.clicked.connect(self.open_acta)
        self.save_as_button = QPushButton(icon("save"), self.tr("Guardar el acta como…"), self)
        self.save_as_button.setObjectName("saveActa")
        self.save_as_button.clicked.connect(self.save_acta)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.open_button)
        row.addWidget(self.save_as_button)
        row.addStretch(1)
        self.body.insertWidget(1, self.acta_label)
        self.body.insertLayout(2, row)
        resize_within_screen(self, 560, 300)

    def open_acta(self) -> None:
        self.ops.read(
            copy_to_temp,
            self.acta.document_id,
            on_done=self._acta_opened,
            on_error=self._acta_failed,
        )

    def _acta_opened(self, written: Written) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(written.path))):
            self.acta_label.setText(
                self.tr(
                    "No hay ninguna aplicación para abrir PDF en este equipo; use «%1»."
                ).replace("%1", self.save_as_button.text().removesuffix("…"))
            )

    def save_acta(self) -> None:
        path = self.ask_save_path(self.acta.name)
        if path:
            self.ops.read(
                copy_to,
                self.acta.document_id,
                Path(path),
                on_done=self._acta_saved,
                on_error=self._acta_failed,
            )

    def _acta_saved(self, written: Written) -> None:
        self.acta_label.setText(
            fill(
                self.tr("Acta guardada en %1 · SHA-256 %2"),
                str(written.path),
                self.acta.sha256[:16] + "…",
            )
        )

    def _acta_failed(self, error: BaseException) -> None:
        self.acta_label.setText(error_text(error))

    def _ask_save_path(self, name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar el acta"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        return path


def send_with_acta(
    tab: MeetingsTab,
    meeting: MeetingView,
    contacts: Sequence[tuple[int, str, str]],
    on_saved: Callable[[Any, int], None],
) -> None:
    """Draw and keep the acta (unless the one kept still stands), then open the send
    dialog with it."""

    def ready(acta: StoredActa | None) -> None:
        if acta is None:  # corrected meanwhile on another workstation: draw it now
            tab.ctx.ops.write(store_acta, meeting.id, on_done=ready, on_error=tab.acta_failed)
            return
        dialog = SendActaDialog(tab.ctx.ops, tab.ctx.locale, meeting, contacts, acta, tab)
        dialog.saved.connect(on_saved)
        tab.open_dialog(dialog)

    if meeting.acta_sha256 is None:
        tab.ctx.ops.write(store_acta, meeting.id, on_done=ready, on_error=tab.acta_failed)
    else:
        tab.ctx.ops.read(stored_acta, meeting.id, on_done=ready, on_error=tab.acta_failed)


def task_service() -> Callable[..., Any] | None:
    """The service that makes a next step a task — another area's (coordination), found
    through the list of areas, so the acta tab offers it only where that area exists."""
    from agencia.areas import step_to_task as offered

    return offered()


def step_to_task(tab: MeetingsTab) -> None:
    """«Convertir en tarea»: the step chosen in the acta becomes a task of its campaign
    (the task's own rules and permissions apply; a step made a task once is refused)."""
    make = task_service()
    index = tab.steps.currentIndex()
    step = tab.steps_model.row(index.row()) if index.isValid() else None
    if make is None or step is None:
        return
    title = step.description

    def made(_result: Any) -> None:
        made_text = QCoreApplication.translate("MeetingsTab", "Tarea «%1» creada en la campaña")
        tab.ctx.toast(made_text.replace("%1", title))

    tab.ctx.ops.write(make, step.id, on_done=made, on_error=tab.acta_failed)
