"""The demo's campaigns, lived through the real services by the people who would live them.

`fill_campaigns` plays the campaign plans of `agencia.demo.data.campaigns` (and the
delegations and the approval policy) in date order: the owner creates the campaign and
enters the brief, the supervisor decides on it, the approver at the budget's level
decides on the proposal, the owner records the client's decision with its proof, a
director cancels. Every call goes through the campaigns area's services as that person,
so the rules are checked and the trail is written as in real use; a plan that broke a
rule would fail the demo.

The services stamp the rows they write with the clock; while the plans play, a
`DemoClock` makes that clock read the event's date and hour instead (around
`agencia.demo.clock.DEMO_NOW`), so that the same seed gives the same database. Two
things the services check against the real today are arranged for: decisions and
acknowledgements are dated no later than today, and the delegation an approval is given
through covers today while the demo is filled, then gets its planned dates back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from typing import Any, Final

from sqlalchemy import func, select, update

from agencia.demo import images as demo_images
from agencia.demo.campaigns.cast import Cast, Live
from agencia.demo.campaigns.files import client_email, tiny_pdf
from agencia.demo.clock import DEMO_NOW
from agencia.demo.data import agency as agency_data
from agencia.demo.data import campaigns as plans
from agencia.demo.plan import (
    TEAM_POSITIONS,
    Acknowledged,
    Answer,
    BriefDecision,
    BriefVersion,
    Cancel,
    ClientDecision,
    DelegationPlan,
    Doc,
    Event,
    Meeting,
    Move,
    Proposal,
    Results,
    Who,
)
from agencia.demo.run import DemoRun, table
from agencia.domain import campaign_life as life
from agencia.domain.campaign_models import Delegation, proposal_documents
from agencia.domain.enums import AuditAction, CampaignStatus
from agencia.domain.models import AuditEvent, Brand, Product
from agencia.services.campaigns import approval_settings, flow, media_plan
from agencia.services.campaigns.briefs import BriefInput, save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.meetings import (
    MeetingInput,
    NextStepInput,
    acknowledge_meeting,
    save_meeting,
    send_meeting,
)
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.views import KpiResult

S = CampaignStatus
_FIRST_HOUR: Final = time(8, 0, tzinfo=UTC)  # the day's first event; each next one 25 min on
_GAP: Final = timedelta(minutes=25)


Task = tuple[date, int, int, Callable[[], object]]  # day, plan, order within it, call


class CampaignPlayer(Cast):
    """Plays the plans in date order through the services, on the demo's clock."""

    def __init__(self, demo: DemoRun) -> None:
        super().__init__(demo)
        self.widened: list[tuple[int, DelegationPlan]] = []

    # -- the play --

    def play(self) -> int:
        clients = self.clients()
        tasks: list[Task] = []
        day, supervisor, manager = agency_data.THRESHOLDS
        tasks.append((day, -1, 0, partial(self._thresholds, supervisor, manager)))
        for n, delegation in enumerate(plans.DELEGATIONS):
            tasks.append((delegation.on, -1, n + 1, partial(self._delegate, delegation)))
        for n, plan in enumerate(plans.CAMPAIGNS):
            tasks.extend(self._tasks(n, Live(plan, clients[plan.account])))
        tasks.sort(key=lambda t: t[:3])
        last_day, at = None, datetime.min
        for day, _plan, _order, run in tasks:
            at = datetime.combine(day, _FIRST_HOUR) if day != last_day else at + _GAP
            last_day, self.clock.at = day, at
            run()
        self.clock.at = DEMO_NOW
        self._restore_delegations()
        return len(plans.CAMPAIGNS)

    def _thresholds(self, supervisor: int, manager: int) -> None:
        admin = self.actor(self.admin)
        current = approval_settings.get_thresholds(self.db, admin)
        approval_settings.set_thresholds(
            self.db, admin, Decimal(supervisor), Decimal(manager), current.version
        )

    def _delegate(self, plan: DelegationPlan) -> None:
        """A delegation an approval is given through must cover today while the demo is
        filled (the services check it then); it gets its planned dates back at the end."""
        giver = self.demo.teams[plan.giver].at(TEAM_POSITIONS["director"])
        taker = self.demo.teams[plan.taker].at(TEAM_POSITIONS["director"])
        past = plan.ends < DEMO_NOW.date()  # one an approval may have been given through
        starts = min(plan.starts, self.today) if past else plan.starts
        ends = max(plan.ends, self.today) if past else plan.ends
        saved = approval_settings.delegate_approvals(
            self.db, self.actor(giver), taker, starts, ends, plan.reason
        )
        if (starts, ends) != (plan.starts, plan.ends):
            self.widened.append((saved.id, plan))

    def _restore_delegations(self) -> None:
        delegations, audit = table(Delegation), table(AuditEvent)
        for delegation_id, plan in self.widened:
            self.c.execute(
                update(delegations)
                .where(delegations.c.id == delegation_id)
                .values(starts_on=plan.starts, ends_on=plan.ends)
            )
            taker = self.demo.teams[plan.taker].at(TEAM_POSITIONS["director"])
            changes = {
                "to": [None, self.staff[taker][0]],
                "starts_on": [None, plan.starts.isoformat()],
                "ends_on": [None, plan.ends.isoformat()],
            }
            self.c.execute(
                update(audit)
                .where(
                    audit.c.entity == "delegation",
                    audit.c.entity_id == delegation_id,
                    audit.c.action == AuditAction.DELEGATE,
                )
                .values(changes=changes)
            )

    # -- one campaign --

    def _tasks(self, n: int, live: Live) -> list[Task]:
        plan = live.plan
        tasks: list[Task] = [(plan.events[0].on, n, -1, partial(self._create, live))]
        for i, step in enumerate(plan.events):
            order = 2 * i  # a meeting's sending and acknowledgement come after it
            if isinstance(step, Meeting):
                tasks.append((step.on, n, order, partial(self._meeting, live, step, i)))
                if step.sent is not None:
                    tasks.append((step.sent, n, order + 1, partial(self._send, live, step, i)))
                if step.acknowledged is not None:
                    ack = step.acknowledged
                    tasks.append((ack.on, n, order + 1, partial(self._acknowledge, live, ack, i)))
            else:
                tasks.append((step.on, n, order, partial(self._event, live, step)))
        first_proposal = next((e for e in plan.events if isinstance(e, Proposal)), None)
        if first_proposal is not None:  # the owner saves the media plan with it
            order = 2 * plan.events.index(first_proposal) + 1
            tasks.append((first_proposal.on, n, order, partial(self._media_plan, live)))
        return tasks

    def _create(self, live: Live) -> None:
        plan, client = live.plan, live.client
        brand_id = self.c.execute(
            select(Brand.id).where(Brand.account_id == client.id, Brand.name == plan.brand)
        ).scalar_one()
        product_ids = tuple(
            self.c.execute(
                select(Product.id)
                .where(Product.brand_id == brand_id, Product.name.in_(plan.products))
                .order_by(Product.id)
            ).scalars()
        )
        assert len(product_ids) == len(plan.products), plan.products
        saved = create_campaign(
            self.db,
            self.actor(client.lead),
            CampaignInput(
                account_id=client.id,
                name=plan.name,
                brand_id=brand_id,
                product_ids=product_ids,
                kind=plan.kind,
                budget=Decimal(plan.budget),
                start_date=plan.start,
                deadline=plan.deadline,
                may_be_shown=plan.may_be_shown,
            ),
        )
        live.id, live.version = saved.id, saved.version
        live.names = self.names(live)

    def _event(self, live: Live, event: Event) -> None:
        if isinstance(event, BriefVersion):
            self._brief(live, event)
        elif isinstance(event, BriefDecision):
            assert live.brief is not None
            flow.decide_brief(
                self.db,
                self.as_(event.by, live),
                live.id,
                live.brief,
                event.decision,
                self.text(live, event.comment),
            )
        elif isinstance(event, Answer):
            save_contrabrief(
                self.db,
                self.as_(event.by, live),
                live.id,
                ContrabriefInput(
                    self.text(live, event.understanding),
                    self.text(live, event.questions),
                    self.text(live, event.approach),
                ),
                None,
            )
        elif isinstance(event, Proposal):
            self._proposal(live, event)
        elif isinstance(event, Move):
            self._move(live, event)
        elif isinstance(event, ClientDecision):
            self._client_decision(live, event)
        elif isinstance(event, Results):
            kpis = tuple(KpiResult(*kpi) for kpi in event.kpis)
            story = self.text(live, event.story)
            visual = self._key_visual(live)
            self._make_move(live, "owner", S.COMPLETED, flow.ResultsStep(story, kpis, visual))
        elif isinstance(event, Cancel):
            reason = flow.ReasonStep(self.text(live, event.reason))
            self._make_move(live, event.by, S.CANCELLED, reason)
        else:  # pragma: no cover - meetings are their own tasks
            raise TypeError(event)

    def _make_move(self, live: Live, who: Who, target: CampaignStatus, step: Any = None) -> None:
        saved = flow.move_campaign(
            self.db, self.as_(who, live), live.id, target, version=live.version, step=step
        )
        live.version, live.status = saved.version, target

    def _brief(self, live: Live, event: BriefVersion) -> None:
        fields = {
            name: self.text(live, getattr(event, name))
            for name in (
                "objectives",
                "brand",
                "product",
                "market",
                "target_audience",
                "insight",
                "key_message",
                "mandatories",
                "channels",
                "kpis",
                "note",
            )
        }
        saved = save_brief(
            self.db,
            self.as_(event.by, live),
            live.id,
            BriefInput(
                template=live.plan.kind,
                budget=Decimal(event.budget),
                deadline=event.deadline,
                **fields,
            ),
            based_on=live.brief,
        )
        live.brief = saved.version  # save_brief answers the version's number

    def _proposal(self, live: Live, event: Proposal) -> None:
        uploads = tuple(self._document(live, doc) for doc in event.files)
        saved = save_proposal(
            self.db,
            self.as_(event.by, live),
            live.id,
            ProposalInput(self.text(live, event.summary), self.text(live, event.notes), uploads),
        )
        live.proposal = saved.id

    def _move(self, live: Live, event: Move) -> None:
        comment = self.text(live, event.comment)
        move = life.move_for(live.status, event.to)
        need = move.need if move is not None else life.Need.NOTHING  # the service refuses
        step: Any = None
        if need is life.Need.PRESENTED_DOCUMENT:  # the latest proposal's main file
            document_id = self.c.execute(
                select(func.min(proposal_documents.c.document_id)).where(
                    proposal_documents.c.proposal_id == live.proposal
                )
            ).scalar_one()
            step = flow.PresentationStep(
                document_id=document_id,
                comment=comment,
                presented_on=self.not_after_today(event.on),
            )
        elif need is life.Need.INTERNAL_DECISION:
            step = flow.InternalDecisionStep(comment)
        self._make_move(live, event.by, event.to, step)

    def _client_decision(self, live: Live, event: ClientDecision) -> None:
        contact_id = live.client.contacts[0][0]
        proof = self._document(live, event.proof) if event.proof is not None else None
        step = flow.ClientDecisionStep(
            contact_id,
            self.not_after_today(event.on),
            event.channel,
            self.text(live, event.comment),
            proof,
        )
        self._make_move(live, "owner", event.to, step)

    def _document(self, live: Live, doc: Doc) -> DocumentInput:
        """The file's bytes: a PDF, the client's e-mail or text, all from the plan."""
        at = self.clock.at
        title = self.text(live, doc.title)
        lines = [self.text(live, line) for line in doc.lines]
        if doc.name.endswith(".pdf"):
            subtitle = f"{live.plan.account} · {live.plan.name} · {at:%d/%m/%Y}"
            return DocumentInput(doc.name, tiny_pdf(title, subtitle, lines), "application/pdf")
        if doc.name.endswith(".eml"):
            _, name, email = live.client.contacts[0]
            owner = self.staff[live.client.lead]
            raw = client_email((name, email), owner, at, title, "\n".join(lines))
            return DocumentInput(doc.name, raw, "message/rfc822")
        kind = "text/markdown" if doc.name.endswith(".md") else "text/plain"
        return DocumentInput(doc.name, ("\n".join(lines) + "\n").encode(), kind)

    def _media_plan(self, live: Live) -> None:
        """The plan of the campaign's kind, scaled to its budget and its days."""
        plan = live.plan
        mix = plans.MEDIA_MIX[plan.kind]
        if plan.budget < plans.SMALL_PLAN:
            mix = mix[:3]
        days = (plan.deadline - plan.start).days
        lines = []
        for channel, description, share, begins, ends in mix:
            amount = Decimal(round(plan.budget * share / 100) * 100)
            if live.client.latam:
                description = plans.MEDIA_MIX_LATAM.get(description, description)
            text = description.format(brand=plan.brand, product=plan.products[0])
            lines.append(
                media_plan.PlanLineInput(
                    channel,
                    text,
                    amount,
                    plan.start + timedelta(days=round(days * begins)),
                    plan.start + timedelta(days=round(days * ends)),
                )
            )
        saved = media_plan.save_plan(self.db, self.as_("owner", live), live.id, lines, live.version)
        live.version = saved.version

    def _key_visual(self, live: Live) -> DocumentInput:
        """The campaign's key visual, drawn in its client's colour with its headline."""
        plan = live.plan
        color = demo_images.client_color(plan.account)
        accent = agency_data.AGENCY["secondary_color"]
        image = demo_images.key_visual(
            plan.name.split("·")[-1].strip(), plan.brand, color, str(accent)
        )
        return DocumentInput("key-visual.png", image, "image/png")

    # -- meeting reports --

    def _meeting(self, live: Live, event: Meeting, key: int) -> None:
        contacts = live.client.contacts
        steps = []
        for step in event.steps:
            owner_staff = owner_contact = None
            if step.who.startswith("client"):
                owner_contact = contacts[(1 if step.who == "client2" else 0) % len(contacts)][0]
            else:
                owner_staff = self.staff_id(step.who, live.client)
            steps.append(
                NextStepInput(
                    self.text(live, step.text), owner_staff, owner_contact, step.due, step.done
                )
            )
        saved = save_meeting(
            self.db,
            self.as_(event.by, live),
            live.id,
            MeetingInput(
                held_on=event.on,
                subject=self.text(live, event.subject),
                place=event.place,
                agreements=self.text(live, event.agreements),
                staff_ids=tuple(self.staff_id(who, live.client) for who in event.staff),
                contact_ids=tuple(c[0] for c in contacts[: event.clients]),
                next_steps=tuple(steps),
            ),
        )
        live.meetings[key] = (saved.id, saved.version)

    def _send(self, live: Live, event: Meeting, key: int) -> None:
        meeting_id, version = live.meetings[key]
        saved = send_meeting(
            self.db, self.as_(event.by, live), meeting_id, live.client.contacts[0][0], version
        )
        live.meetings[key] = (meeting_id, saved.version)

    def _acknowledge(self, live: Live, ack: Acknowledged, key: int) -> None:
        meeting_id, version = live.meetings[key]
        saved = acknowledge_meeting(
            self.db,
            self.actor(live.client.lead),
            meeting_id,
            self.not_after_today(ack.on),
            ack.channel,
            self.text(live, ack.note),
            version,
        )
        live.meetings[key] = (meeting_id, saved.version)


def fill_campaigns(demo: DemoRun) -> None:
    """Play the demo's campaigns through the services, on the demo's clock; the large
    demo then has 50,000 in all (`scale`: bulk inserts)."""
    demo.campaigns = CampaignPlayer(demo).play()
    if demo.size == "large":
        from agencia.demo.campaigns.scale import fill_at_scale

        fill_at_scale(demo.connection, demo.now.date())
