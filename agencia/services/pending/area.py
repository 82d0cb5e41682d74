"""Pendientes declares itself: it gathers what the other areas say waits for someone."""

from agencia.domain.areas import AreaId
from agencia.services.area import AreaSpec

# Its in-place actions (approve a brief, confirm an acta, mark a step done) are the
# campaigns area's own services, called from the list (ui/pending/actions.py).
AREA = AreaSpec(
    id=AreaId.PENDING, needs=frozenset({AreaId.CAMPAIGNS}), ui="agencia.ui.pending.area"
)
