"""The agency declares itself: its profile, its people and their hierarchy (Equipo)."""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.TEAM,
    needs=frozenset({AreaId.ACCOUNTS}),
    announces=frozenset({K.AGENCY, K.STAFF, K.USER}),
    ui="agencia.ui.agency.area",
)
