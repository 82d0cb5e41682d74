"""Pendientes declares itself: it gathers what the other areas say waits for someone."""

from agencia.domain.areas import AreaId
from agencia.services.area import AreaSpec

AREA = AreaSpec(id=AreaId.PENDING, ui="agencia.ui.pending.area")
