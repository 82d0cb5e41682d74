"""The decks declare themselves: client-ready PDFs of the agency and of each campaign."""

from agencia.domain.areas import AreaId
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.DECKS,
    needs=frozenset({AreaId.ACCOUNTS, AreaId.CAMPAIGNS, AreaId.TEAM}),
    cli="agencia.cli.decks",
    ui="agencia.ui.decks.area",
)
