"""The campaigns area declares itself: briefs, proposals, actas, approvals and the board."""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.CAMPAIGNS,
    needs=frozenset({AreaId.ACCOUNTS, AreaId.TEAM, AreaId.PENDING}),
    announces=frozenset(
        {
            K.CAMPAIGN,
            K.BRIEF,
            K.CONTRABRIEF,
            K.PROPOSAL,
            K.MEETING,
            K.APPROVAL,
            K.DELEGATION,
            K.MEDIA_PLAN,
            K.DOCUMENT,
        }
    ),
    search="agencia.services.campaigns.search:find",
    pending="agencia.services.campaigns.pending:waiting",
    cli="agencia.cli.campaigns",
    ui="agencia.ui.campaigns.area",
    demo="agencia.demo.campaigns.player:fill_campaigns",
)
