"""What the reviewer saw in a campaign's screens: the proposal versions' author cut
mid-word with no «…» at 1024×700 (the last column ran past the list's edge), and a new
campaign's Moneda blank, with neither a value nor a hint."""

from __future__ import annotations

import pytest
from campaign_world import Cast, add_proposal, build_cast, new_campaign
from factories import add_account
from gui_support import make_context
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.campaigns.queries import get_campaign
from agencia.services.results import Option
from agencia.ui.campaigns.campaign_form import CampaignFormDialog
from agencia.ui.campaigns.proposals_tab import ProposalsTab


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_a_narrow_versions_list_elides_the_author_inside_its_edge(
    qtbot: QtBot,
    cast: Cast,
    house_style: None,  # the window's style: bold titles widen the columns
) -> None:
    campaign = new_campaign(cast)
    add_proposal(cast, campaign)
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    tab = ProposalsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(960, 600)
    tab.show()
    tab.set_detail(get_campaign(cast.db, ctx.actor, campaign))
    tab.split.setSizes([0, 960])  # the list as narrow as it may be
    qtbot.waitUntil(lambda: tab.versions.width() <= tab.versions.minimumWidth())
    view = tab.versions
    header = view.horizontalHeader()
    author = tab.versions_model.index(0, 3)
    right = header.sectionViewportPosition(3) + header.sectionSize(3)
    assert right <= view.viewport().width(), "the author column runs past the list's edge"
    assert header.sectionSize(3) >= 40  # room for a letter or two and the «…»
    assert author.data(Qt.ItemDataRole.ToolTipRole) == "Elena Ejecutiva"


# -- the new campaign's currency ------------------------------------------------------------


def _form(qtbot: QtBot, cast: Cast, accounts: list[tuple[int, str]]) -> CampaignFormDialog:
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    dialog = CampaignFormDialog(
        ctx.ops,
        ctx.actor,
        ctx.locale,
        [Option(i, n) for i, n in accounts],
        agency_currency=ctx.currency,
    )
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: CampaignFormDialog, account_id: int) -> None:
    dialog.account.setCurrentIndex(dialog.account.findData(account_id))


def test_a_new_campaigns_currency_is_the_clients_else_the_agencys(qtbot: QtBot, cast: Cast) -> None:
    pesos = add_account(cast.db, "Tacos del Norte", lead_id=cast.staff["executive"], currency="MXN")
    dialog = _form(qtbot, cast, [(cast.account_id, "Bebidas Sol de Mayo"), (pesos, "Tacos")])
    assert dialog.currency.currentText() == "EUR"  # no client yet: the agency's, never blank
    _choose(dialog, pesos)
    qtbot.waitUntil(lambda: dialog.choices is not None)
    assert dialog.currency.currentText() == "MXN"
    assert dialog.collect().currency == "MXN"
    _choose(dialog, cast.account_id)  # a client without a currency of its own
    qtbot.waitUntil(lambda: dialog.choices is not None and dialog.choices.currency == "")
    assert dialog.currency.currentText() == "EUR"


def test_a_currency_the_person_chose_stays_when_the_client_changes(
    qtbot: QtBot, cast: Cast
) -> None:
    pesos = add_account(cast.db, "Tacos del Norte", lead_id=cast.staff["executive"], currency="MXN")
    dialog = _form(qtbot, cast, [(cast.account_id, "Bebidas Sol de Mayo"), (pesos, "Tacos")])
    dialog.currency.setCurrentText("USD")
    _choose(dialog, pesos)
    qtbot.waitUntil(lambda: dialog.choices is not None)
    assert dialog.currency.currentText() == "USD"
