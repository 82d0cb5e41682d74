"""The communications area declares itself: the log of every contact with a client,
with delivery confirmation where the channel has one; e-mail in (dropped `.eml` files,
the agency's mailbox over IMAP) and out (SMTP).

It needs the accounts area (whose contact, who may log it), the service area (a
reply threads onto its request and reopens it) and the satisfaction area (its fillable
questionnaire sent to a contact, `questionnaire_mail`: satisfaction works without mail,
so the need runs this way and the graph stays acyclic).
"""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.COMMUNICATIONS,
    needs=frozenset({AreaId.ACCOUNTS, AreaId.SERVICE, AreaId.SATISFACTION}),
    announces=frozenset({K.COMMUNICATION, K.MAIL}),
    cli="agencia.cli.communications",
    ui="agencia.ui.communications.area",
    demo="agencia.demo.communications:fill_communications",
)
