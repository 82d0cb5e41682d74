"""The accounts area declares itself: clients, their brands, products and contacts."""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.ACCOUNTS,
    announces=frozenset({K.ACCOUNT, K.CONTACT, K.BRAND, K.PRODUCT}),
    search="agencia.services.accounts.search:find",
    cli="agencia.cli.accounts",
    ui="agencia.ui.accounts.area",
    demo="agencia.demo.accounts.clients:fill_clients",
)
