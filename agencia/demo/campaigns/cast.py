"""Who is who while the demo's campaigns play: the clients of the plans with their
contacts, the people a plan names by their part (`plan.Who`), signed in as themselves,
and the names a plan's texts may use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from agencia.demo.data import campaigns as plans
from agencia.demo.plan import TEAM_POSITIONS, CampaignPlan, Who
from agencia.demo.run import DemoRun
from agencia.domain.actor import Actor
from agencia.domain.enums import CampaignStatus, Role
from agencia.domain.language import speaks_latam
from agencia.domain.models import Account, Contact, Staff
from agencia.services import auth


@dataclass
class Client:
    """One account as the plans need it."""

    id: int
    group: int  # GROUPS' index
    lead: int
    contacts: list[tuple[int, str, str]]  # id, name, e-mail; the decision maker first
    latam: bool = False  # reads Latin America's Spanish (domain.language.speaks_latam)


@dataclass
class _Place:
    """An account as far as its readers' Spanish goes (domain.language.ClientPlace)."""

    spanish: str
    locale: str
    country: str


@dataclass
class Live:
    """A campaign while its plan is played."""

    plan: CampaignPlan
    client: Client
    id: int = 0
    version: int = 0
    status: CampaignStatus = CampaignStatus.BRIEF
    brief: int | None = None  # the latest brief's number
    proposal: int | None = None  # the latest proposal's id
    meetings: dict[int, tuple[int, int]] = field(default_factory=dict)  # event → id, version
    names: dict[str, str] = field(default_factory=dict)


class Cast:
    """The people the plans name, as the services know them, on the demo's connection."""

    def __init__(self, demo: DemoRun) -> None:
        self.db = demo.services()  # the bulk load ends: from here on, the services write
        self.c = connection = demo.connection
        self.demo = demo
        self.clock = demo.clock
        self.today = date.today()
        self.actors: dict[int, Actor] = {}
        self.staff: dict[int, tuple[str, str]] = {
            staff_id: (name, email)
            for staff_id, name, email in connection.execute(
                select(Staff.id, Staff.full_name, Staff.email)
            )
        }
        self.admin = connection.execute(
            select(Staff.id).where(Staff.role == Role.ADMINISTRATOR).order_by(Staff.id).limit(1)
        ).scalar_one()

    # -- who --

    def actor(self, staff_id: int) -> Actor:
        """The person, signed in (once each)."""
        if staff_id not in self.actors:
            self.actors[staff_id] = auth.actor_for(self.db, self.demo.logins[staff_id])
        return self.actors[staff_id]

    def staff_id(self, who: Who, client: Client) -> int:
        """Who `who` is for `client`: its lead, or a position of its group or another."""
        if who == "owner":
            return client.lead
        position, _, group = who.partition("@")
        team = self.demo.teams[int(group) if group else client.group]
        return team.at(TEAM_POSITIONS[position])

    def as_(self, who: Who, live: Live) -> Actor:
        """`who` of the campaign, signed in."""
        return self.actor(self.staff_id(who, live.client))

    # -- the calendar --

    def not_after_today(self, day: date) -> date:
        """The services refuse decisions dated after today (a machine whose clock is
        behind the demo's days would otherwise refuse the demo)."""
        return min(day, self.today)

    def clients(self) -> dict[str, Client]:
        """The clients of the campaign plans, by trade name, with their active contacts."""
        names = {plan.account for plan in plans.CAMPAIGNS}
        group_index = {team.group_id: n for n, team in enumerate(self.demo.teams)}
        clients: dict[str, Client] = {}
        for account_id, name, group_id, lead, spanish, locale, country in self.c.execute(
            select(
                Account.id,
                Account.trade_name,
                Account.group_id,
                Account.lead_executive_id,
                Account.spanish,
                Account.locale,
                Account.country,
            )
            .where(Account.trade_name.in_(names))
            .order_by(Account.id)
        ):
            assert group_id is not None and lead is not None
            if name not in clients:  # the curated one (the large demo may repeat a name)
                latam = speaks_latam(None, _Place(spanish, locale or "", country or ""))
                clients[name] = Client(account_id, group_index[group_id], lead, [], latam)
        by_id = {c.id: c for c in clients.values()}
        for contact_id, account_id, name, email in self.c.execute(
            select(Contact.id, Contact.account_id, Contact.full_name, Contact.email)
            .where(Contact.account_id.in_(by_id), Contact.active.is_(True))
            .order_by(Contact.decision_maker.desc(), Contact.id)
        ):
            by_id[account_id].contacts.append((contact_id, name, email))
        return clients

    def names(self, live: Live) -> dict[str, str]:
        """Who a campaign's texts may name: {owner}, {director}, {contact}…"""
        client = live.client
        names = {
            who: self.staff[self.staff_id(who, client)][0]
            for who in ("owner", "director", "manager", "supervisor", "assistant")
        }
        names["owner_first"] = names["owner"].split()[0]
        names["director_first"] = names["director"].split()[0]
        contacts = client.contacts
        names["contact"] = contacts[0][1]
        names["contact_first"] = contacts[0][1].split()[0]
        names["contact2"] = contacts[1 % len(contacts)][1]
        return names

    def text(self, live: Live, value: str) -> str:
        """A plan's text with the campaign's people's names in it."""
        return value.format_map(live.names)
