"""The service area declares itself: client requests from every channel, routed to a
person, on SLA clocks counted in working hours, escalated up the account ladder.

It needs the accounts area (which account a request is on, who may see it) and the
campaigns area (a request becomes a campaign brief through its services), the
coordination area (a request becomes a task of its campaign through `add_task`), and adds
the requests near or over their promise to Pendientes.
"""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.SERVICE,
    needs=frozenset({AreaId.ACCOUNTS, AreaId.PENDING, AreaId.CAMPAIGNS, AreaId.COORDINATION}),
    announces=frozenset({K.SERVICE_REQUEST, K.SLA_POLICY, K.ROUTING_RULE}),
    pending="agencia.services.service.pending:pending",
    cli="agencia.cli.service",
    ui="agencia.ui.service.area",
    demo="agencia.demo.service:fill_service",
)
