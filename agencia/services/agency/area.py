"""The agency declares itself: its profile and its people's hierarchy (Equipo); the people
themselves (staff, sign-ins, groups) are the people area's."""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.TEAM,
    needs=frozenset({AreaId.ACCOUNTS}),
    announces=frozenset({K.AGENCY}),
    cli="agencia.cli.agency",
    ui="agencia.ui.agency.area",
    demo="agencia.demo.agency:fill_agency",
)
