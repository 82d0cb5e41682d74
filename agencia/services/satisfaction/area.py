"""The satisfaction area declares itself: survey templates on odd scales, the clients'
responses (expected against perceived), the gaps and the improvement actions they
become, and each account's health.

It needs the accounts area (whose responses, who may see them), Pendientes (accounts
at risk, actions overdue) and coordination (an action made a task of a campaign,
`improvement_tasks`). The health indicator also reads service requests, tasks and
communications — through their mapped tables, never their services — and leaves a
factor out when its area is not there (`health_sources`).
"""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.SATISFACTION,
    needs=frozenset({AreaId.ACCOUNTS, AreaId.PENDING, AreaId.COORDINATION}),
    announces=frozenset({K.SURVEY, K.SURVEY_RESPONSE, K.IMPROVEMENT_ACTION, K.ACCOUNT_HEALTH}),
    pending="agencia.services.satisfaction.pending:waiting",
    cli="agencia.cli.satisfaction",
    ui="agencia.ui.satisfaction.area",
    demo="agencia.demo.satisfaction:fill_satisfaction",
    # «Satisfacción» on the account page: health and its trend, responses, open actions
    tabs=((AreaId.ACCOUNTS, "agencia.ui.satisfaction.account_tab:create"),),
)
