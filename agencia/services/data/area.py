"""The data area declares itself: agencies arrive from spreadsheets and must be able to
leave. Its imports create accounts, contacts, brands and products through the accounts
area's services, staff through the people area's and vendors through the coordination
area's, so the same rules and permissions apply; its own writes announce the imports themselves."""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.DATA,
    needs=frozenset({AreaId.ACCOUNTS, AreaId.PEOPLE, AreaId.COORDINATION}),
    announces=frozenset({K.DATA_IMPORT}),
    cli="agencia.cli.data",
    ui="agencia.ui.data.area",
)
