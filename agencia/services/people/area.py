"""The people area declares itself: the agency's staff, their sign-in accounts, the
account groups and who is on each account's team.

Its writes announce staff, users and account groups; a change to an account's team is a
change of the account (ACCOUNT, announced by the accounts area). It needs the accounts
area for who may lead an account and how an account relates to the person asking, and
the agency area for handing an account's lead (one function for the team dialog and the
hierarchy, so both check the same rules). A leaving person's handover asks the campaigns
area's review (a campaign handed to who approved it goes back to internal review) and the
satisfaction area's rule for who may own an improvement action.
"""

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.services.area import AreaSpec

AREA = AreaSpec(
    id=AreaId.PEOPLE,
    needs=frozenset({AreaId.ACCOUNTS, AreaId.TEAM, AreaId.CAMPAIGNS, AreaId.SATISFACTION}),
    announces=frozenset({K.STAFF, K.USER, K.GROUP}),
    cli="agencia.cli.people",
    ui="agencia.ui.people.area",
)
