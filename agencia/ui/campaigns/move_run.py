"""`run_move`, the GUI's one way to move a campaign.

The board's drop and the campaign page's buttons both call it: it loads the campaign,
asks the life table (agencia.domain.campaign_life) what the move needs, says at once why
not when the person may not make it, opens the dialog of the decision the move needs (a
board drag to a state that needs a decision opens that decision's dialog), and hands the
move with its decision to `move_campaign` through ctx.ops. Cancel moves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QWidget,
)

from agencia.domain.campaign_life import CLOSED, Need, move_for
from agencia.domain.enums import CampaignStatus
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.campaigns.queries import AccountChoices, account_choices, get_campaign
from agencia.services.campaigns.views import CampaignDetail
from agencia.ui.area import AppContext
from agencia.ui.campaigns.decision_dialogs import (
    ClientDecisionDialog,
    InternalDecisionDialog,
    PresentationDialog,
    ReasonDialog,
)
from agencia.ui.campaigns.labels import (
    move_label,
    status_label,
)
from agencia.ui.campaigns.move_dialog import MoveDialog, show_refusal, write_move
from agencia.ui.campaigns.results_dialog import ResultsDialog
from agencia.ui.widgets.errors import error_text

S = CampaignStatus


OnDone = Callable[[bool], None]


DIALOGS: dict[Need, type[MoveDialog]] = {
    Need.INTERNAL_DECISION: InternalDecisionDialog,
    Need.PRESENTED_DOCUMENT: PresentationDialog,
    Need.CLIENT_DECISION: ClientDecisionDialog,
    Need.RESULTS: ResultsDialog,
    Need.REASON: ReasonDialog,
}


# -- run_move ---------------------------------------------------------------------------------


class _MoveRun(QObject):
    """One move from start to end: load, check, ask, write, tell. Lives with its parent."""

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        campaign_id: int,
        version: int,
        target: S,
        on_done: OnDone | None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.version = version
        self.target = target
        self.on_done = on_done
        self.detail: CampaignDetail | None = None
        self.dialog: MoveDialog | None = None
        self.finished = False

    def start(self) -> None:
        self.ctx.ops.read(
            get_campaign, self.campaign_id, on_done=self._loaded, on_error=self._error
        )

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.parent_widget)

    def _loaded(self, detail: CampaignDetail) -> None:
        if not self._alive():
            return
        self.detail = detail
        move = move_for(detail.status, self.target)
        title = (
            move_label(detail.status, self.target)
            if move
            else QCoreApplication.translate("DecisionDialogs", "Mover campaña")
        )
        if detail.version != self.version:
            self._refuse(title, render("campaign.moved_meanwhile", {"source": detail.status}))
            return
        if move is None:
            code = "campaign.closed" if detail.status in CLOSED else "campaign.move_not_in_life"
            params = {"status": detail.status, "source": detail.status, "target": self.target}
            self._refuse(title, render(code, params))
            return
        option = next((o for o in detail.moves if o.target is self.target), None)
        if option is not None and not option.allowed and option.reason is not None:
            self._refuse(title, render(*option.reason))
            return
        if move.need is Need.CLIENT_DECISION:
            self.ctx.ops.read(
                account_choices,
                detail.row.account_id,
                on_done=self._open_client_decision,
                on_error=self._error,
            )
        elif move.need in DIALOGS:
            self._open(
                DIALOGS[move.need](
                    self.ctx.ops,
                    detail,
                    self.target,
                    self.version,
                    self.parent_widget,
                    locale=self.ctx.locale,
                )
            )
        else:
            self.ctx.ops.write(
                write_move,
                self.campaign_id,
                self.target,
                self.version,
                None,
                on_done=self._moved,
                on_error=self._error,
            )

    def _open_client_decision(self, choices: AccountChoices) -> None:
        if not self._alive() or self.detail is None:
            return
        self._open(
            ClientDecisionDialog(
                self.ctx.ops,
                self.detail,
                self.target,
                self.version,
                choices,
                self.parent_widget,
                locale=self.ctx.locale,
            )
        )

    def _open(self, dialog: MoveDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda result, _data: self._moved(result))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._finish(False)  # no-op when the dialog saved: the move already finished

    def _moved(self, _result: Any) -> None:
        if self.detail is not None and not self.finished:
            text = QCoreApplication.translate("DecisionDialogs", "«%1» pasa a «%2».")
            self.ctx.toast(fill(text, self.detail.row.name, status_label(self.target)))
        self._finish(True)

    def _error(self, error: BaseException) -> None:
        if not self._alive():
            return
        text = error_text(error)
        self._refuse(QCoreApplication.translate("DecisionDialogs", "Mover campaña"), text)

    def _refuse(self, title: str, text: str) -> None:
        show_refusal(self.parent_widget, title, text)
        self._finish(False)

    def _finish(self, ok: bool) -> None:
        if not self.finished:
            self.finished = True
            if self.on_done is not None:
                self.on_done(ok)
        if self.dialog is None and shiboken6.isValid(self):
            self.deleteLater()


def run_move(
    parent: QWidget,
    ctx: AppContext,
    campaign_id: int,
    version: int,
    target: CampaignStatus,
    on_done: OnDone | None = None,
) -> None:
    """Move a campaign to `target`: with the decision's dialog when the move needs one, a
    refusal said at once when it may not happen; `on_done(True)` once it has moved."""
    _MoveRun(parent, ctx, campaign_id, version, CampaignStatus(target), on_done).start()
