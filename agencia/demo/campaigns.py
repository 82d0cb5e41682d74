"""The demo's campaigns, lived through the real services by the people who would live them.

`fill_campaigns` plays `demo_data.CAMPAIGNS` (and the delegations and the approval policy)
in date order: the owner creates the campaign and enters the brief, the supervisor decides
on it, the approver at the budget's level decides on the proposal, the owner records the
client's decision with its proof, a director cancels. Every call goes through
campaign_edit, campaign_flow or approval_settings as that person, so the rules are
checked and the trail is written as in real use; a plan that broke a rule would fail the
demo.

The services stamp the rows they write with the clock; while the plans play, a
`DemoClock` makes that clock read the event's date and hour instead (around
`demo_rows.DEMO_NOW`), so that the same seed gives the same database. Two things the
services check against the real today are arranged for: decisions and acknowledgements
are dated no later than today, and the delegation an approval is given through covers
today while the demo is filled, then gets its planned dates back.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, formataddr
from functools import partial
from typing import Any, Final, cast

from sqlalchemy import Connection, Table, event, func, inspect, select, update
from sqlalchemy.orm.attributes import flag_modified

from agencia.db.database import Database
from agencia.demo import data
from agencia.demo import images as demo_images
from agencia.demo.rows import DEMO_NOW, TEAM_POSITIONS, DemoBuilder
from agencia.domain import campaign_life as life
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import (
    Approval,
    Brief,
    Campaign,
    Contrabrief,
    Delegation,
    Document,
    MeetingReport,
    Proposal,
    StatusChange,
    proposal_documents,
)
from agencia.domain.enums import ApprovalStage, AuditAction, CampaignStatus, Role
from agencia.domain.models import Account, AuditEvent, Brand, Contact, Product, Staff
from agencia.services import auth
from agencia.services.campaigns import approval_settings, edit, flow, media_plan
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.views import KpiResult

S = CampaignStatus


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


# What the services stamp with the clock: on a new row, and on a changed one.
_ON_INSERT: Final[dict[type, tuple[str, ...]]] = {
    Campaign: ("created_at", "updated_at"),
    Brief: ("created_at",),
    Contrabrief: ("updated_at",),
    MeetingReport: ("created_at",),
    Document: ("uploaded_at",),
    Proposal: ("created_at",),
    Approval: ("at",),
    StatusChange: ("at",),
    Delegation: ("created_at",),
    AuditEvent: ("at",),
}
_ON_UPDATE: Final[dict[type, tuple[str, ...]]] = {
    Campaign: ("updated_at",),
    Contrabrief: ("updated_at",),
    MeetingReport: ("sent_at",),  # only when it changes: the acta is being sent
}
_FIRST_HOUR: Final = time(8, 0, tzinfo=UTC)  # the day's first event; each next one 25 min on
_GAP: Final = timedelta(minutes=25)


class DemoClock:
    """The demo's time for the services' own stamps, on one connection only.

    While it runs, the rows written through `connection` get `at` instead of the real
    time (and internal decisions `at`'s date) as they are inserted or changed: the
    append-only tables (approvals, status changes) are written once, already dated.
    Sessions on other connections, in other threads, are left alone.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.at = DEMO_NOW

    def _ours(self, connection: Connection) -> bool:
        return connection is self.connection

    def _inserting(self, _mapper: Any, connection: Connection, target: Any) -> None:
        if not self._ours(connection):
            return
        for name in _ON_INSERT[type(target)]:
            setattr(target, name, self.at)
        if isinstance(target, Approval) and target.stage is not ApprovalStage.CLIENT:
            # the service dates it today; never after the real today either
            target.decided_on = min(self.at.date(), date.today())

    def _updating(self, _mapper: Any, connection: Connection, target: Any) -> None:
        if not self._ours(connection):
            return
        for name in _ON_UPDATE[type(target)]:
            if name != "sent_at" or inspect(target).attrs.sent_at.history.has_changes():
                setattr(target, name, self.at)
                flag_modified(target, name)  # written even when equal, or onupdate would be

    @contextmanager
    def running(self) -> Iterator[DemoClock]:
        listeners = [(model, "before_insert", self._inserting) for model in _ON_INSERT]
        listeners += [(model, "before_update", self._updating) for model in _ON_UPDATE]
        for model, name, fn in listeners:
            event.listen(model, name, fn)
        try:
            yield self
        finally:
            for model, name, fn in listeners:
                event.remove(model, name, fn)


# --- small real files -------------------------------------------------------------------


def _pdf_text(value: str) -> bytes:
    raw = value.encode("cp1252", "replace")  # WinAnsiEncoding: Spanish letters, €, «», •
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf_info(value: str) -> bytes:
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def tiny_pdf(title: str, subtitle: str, lines: Sequence[str], color: str = "#0B4F6C") -> bytes:
    """A small, valid and deterministic PDF: A4 pages in Helvetica under a coloured band
    with the title. In `lines`, "# " starts a heading and "- " a bullet; long lines wrap."""
    rows: list[tuple[str, str]] = []  # (style, text): h heading, p paragraph
    for line in lines:
        if line.startswith("# "):
            rows.extend((("p", ""), ("h", line[2:])) if rows else (("h", line[2:]),))
        elif line.startswith("- "):
            wrapped = textwrap.wrap(line[2:], 86) or [""]
            rows.append(("p", "• " + wrapped[0]))
            rows.extend(("p", "   " + more) for more in wrapped[1:])
        else:
            rows.extend(("p", part) for part in textwrap.wrap(line, 90) or [""])
    per_page = 40
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    streams: list[bytes] = []
    for number, page in enumerate(pages, start=1):
        out = [
            f"q {r:.3f} {g:.3f} {b:.3f} rg 0 762 595 80 re f Q".encode(),
            b"BT /F2 18 Tf 1 1 1 rg 48 806 Td (" + _pdf_text(title) + b") Tj ET",
            b"BT /F1 10 Tf 1 1 1 rg 48 784 Td (" + _pdf_text(subtitle) + b") Tj ET",
            b"BT 0.13 0.13 0.13 rg 48 728 Td 16 TL",
        ]
        for style, text in page:
            font = b"/F2 12.5 Tf " if style == "h" else b"/F1 10.5 Tf "
            out.append(font + b"(" + _pdf_text(text) + b") Tj T*")
        out.append(b"ET")
        footer = f"{data.AGENCY['name']} · página {number} de {len(pages)}"
        out.append(b"BT /F1 8 Tf 0.45 0.45 0.45 rg 48 32 Td (" + _pdf_text(footer) + b") Tj ET")
        streams.append(zlib.compress(b"\n".join(out), 9))
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages)))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_info(title) + b" /Producer " + _pdf_info("Agencia") + b" >>",
    ]
    for i, stream in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            + f"/Contents {first_page + 2 * i + 1} 0 R >>".encode()
        )
        objects.append(
            f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
            + stream
            + b"\nendstream"
        )
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 5 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(body)


def client_email(
    sender: tuple[str, str], to: tuple[str, str], at: datetime, subject: str, body: str
) -> bytes:
    """An e-mail as the client sent it (the proof of a decision), in RFC 5322 form."""
    headers = (
        ("From", formataddr(sender, "utf-8")),
        ("To", formataddr(to, "utf-8")),
        ("Date", format_datetime(at)),
        ("Subject", Header(subject, "utf-8").encode()),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
    )
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return (head + "\r\n" + body.replace("\n", "\r\n") + "\r\n").encode()


# --- the players ------------------------------------------------------------------------


@dataclass
class _Client:
    """One account as the plans need it."""

    id: int
    group: int  # GROUPS' index
    lead: int
    contacts: list[tuple[int, str, str]]  # id, name, e-mail; the decision maker first


@dataclass
class _Live:
    """A campaign while its plan is played."""

    plan: data.CampaignPlan
    client: _Client
    id: int = 0
    version: int = 0
    status: CampaignStatus = CampaignStatus.BRIEF
    brief: int | None = None  # the latest brief's number
    proposal: int | None = None  # the latest proposal's id
    meetings: dict[int, tuple[int, int]] = field(default_factory=dict)  # event → id, version
    names: dict[str, str] = field(default_factory=dict)


Task = tuple[date, int, int, Callable[[], object]]  # day, plan, order within it, call


class CampaignPlayer:
    """Plays the plans in date order through the services, on the demo's clock."""

    def __init__(
        self, db: Database, connection: Connection, demo: DemoBuilder, clock: DemoClock
    ) -> None:
        self.db = db
        self.c = connection
        self.demo = demo
        self.clock = clock
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
        self.widened: list[tuple[int, data.DelegationPlan]] = []

    # -- who --

    def actor(self, staff_id: int) -> Actor:
        if staff_id not in self.actors:
            self.actors[staff_id] = auth.actor_for(self.db, self.demo.logins[staff_id])
        return self.actors[staff_id]

    def staff_id(self, who: data.Who, client: _Client) -> int:
        if who == "owner":
            return client.lead
        position, _, group = who.partition("@")
        team = self.demo.teams[int(group) if group else client.group]
        return team.at(TEAM_POSITIONS[position])

    def as_(self, who: data.Who, live: _Live) -> Actor:
        return self.actor(self.staff_id(who, live.client))

    # -- the calendar --

    def not_after_today(self, day: date) -> date:
        """The services refuse decisions dated after today (a machine whose clock is
        behind the demo's days would otherwise refuse the demo)."""
        return min(day, self.today)

    # -- the play --

    def play(self) -> int:
        clients = self._clients()
        tasks: list[Task] = []
        day, supervisor, manager = data.THRESHOLDS
        tasks.append((day, -1, 0, partial(self._thresholds, supervisor, manager)))
        for n, delegation in enumerate(data.DELEGATIONS):
            tasks.append((delegation.on, -1, n + 1, partial(self._delegate, delegation)))
        for n, plan in enumerate(data.CAMPAIGNS):
            tasks.extend(self._tasks(n, _Live(plan, clients[plan.account])))
        tasks.sort(key=lambda t: t[:3])
        last_day, at = None, datetime.min
        for day, _plan, _order, run in tasks:
            at = datetime.combine(day, _FIRST_HOUR) if day != last_day else at + _GAP
            last_day, self.clock.at = day, at
            run()
        self.clock.at = DEMO_NOW
        self._restore_delegations()
        return len(data.CAMPAIGNS)

    def _clients(self) -> dict[str, _Client]:
        names = {plan.account for plan in data.CAMPAIGNS}
        group_index = {team.group_id: n for n, team in enumerate(self.demo.teams)}
        clients: dict[str, _Client] = {}
        for account_id, name, group_id, lead in self.c.execute(
            select(Account.id, Account.trade_name, Account.group_id, Account.lead_executive_id)
            .where(Account.trade_name.in_(names))
            .order_by(Account.id)
        ):
            assert group_id is not None and lead is not None
            if name not in clients:  # the curated one (the large demo may repeat a name)
                clients[name] = _Client(account_id, group_index[group_id], lead, [])
        by_id = {c.id: c for c in clients.values()}
        for contact_id, account_id, name, email in self.c.execute(
            select(Contact.id, Contact.account_id, Contact.full_name, Contact.email)
            .where(Contact.account_id.in_(by_id), Contact.active.is_(True))
            .order_by(Contact.decision_maker.desc(), Contact.id)
        ):
            by_id[account_id].contacts.append((contact_id, name, email))
        return clients

    def _thresholds(self, supervisor: int, manager: int) -> None:
        admin = self.actor(self.admin)
        current = approval_settings.get_thresholds(self.db, admin)
        approval_settings.set_thresholds(
            self.db, admin, Decimal(supervisor), Decimal(manager), current.version
        )

    def _delegate(self, plan: data.DelegationPlan) -> None:
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
        delegations, audit = _table(Delegation), _table(AuditEvent)
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

    def _tasks(self, n: int, live: _Live) -> list[Task]:
        plan = live.plan
        tasks: list[Task] = [(plan.events[0].on, n, -1, partial(self._create, live))]
        for i, step in enumerate(plan.events):
            order = 2 * i  # a meeting's sending and acknowledgement come after it
            if isinstance(step, data.Meeting):
                tasks.append((step.on, n, order, partial(self._meeting, live, step, i)))
                if step.sent is not None:
                    tasks.append((step.sent, n, order + 1, partial(self._send, live, step, i)))
                if step.acknowledged is not None:
                    ack = step.acknowledged
                    tasks.append((ack.on, n, order + 1, partial(self._acknowledge, live, ack, i)))
            else:
                tasks.append((step.on, n, order, partial(self._event, live, step)))
        first_proposal = next((e for e in plan.events if isinstance(e, data.Proposal)), None)
        if first_proposal is not None:  # the owner saves the media plan with it
            order = 2 * plan.events.index(first_proposal) + 1
            tasks.append((first_proposal.on, n, order, partial(self._media_plan, live)))
        return tasks

    def _create(self, live: _Live) -> None:
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
        saved = edit.create_campaign(
            self.db,
            self.actor(client.lead),
            edit.CampaignInput(
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
        live.names = self._names(live)

    def _names(self, live: _Live) -> dict[str, str]:
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

    def _text(self, live: _Live, value: str) -> str:
        return value.format_map(live.names)

    def _event(self, live: _Live, event: data.Event) -> None:
        if isinstance(event, data.BriefVersion):
            self._brief(live, event)
        elif isinstance(event, data.BriefDecision):
            assert live.brief is not None
            flow.decide_brief(
                self.db,
                self.as_(event.by, live),
                live.id,
                live.brief,
                event.decision,
                self._text(live, event.comment),
            )
        elif isinstance(event, data.Answer):
            edit.save_contrabrief(
                self.db,
                self.as_(event.by, live),
                live.id,
                edit.ContrabriefInput(
                    self._text(live, event.understanding),
                    self._text(live, event.questions),
                    self._text(live, event.approach),
                ),
                None,
            )
        elif isinstance(event, data.Proposal):
            self._proposal(live, event)
        elif isinstance(event, data.Move):
            self._move(live, event)
        elif isinstance(event, data.ClientDecision):
            self._client_decision(live, event)
        elif isinstance(event, data.Results):
            kpis = tuple(KpiResult(*kpi) for kpi in event.kpis)
            story = self._text(live, event.story)
            visual = self._key_visual(live)
            self._make_move(live, "owner", S.COMPLETED, flow.ResultsStep(story, kpis, visual))
        elif isinstance(event, data.Cancel):
            reason = flow.ReasonStep(self._text(live, event.reason))
            self._make_move(live, event.by, S.CANCELLED, reason)
        else:  # pragma: no cover - meetings are their own tasks
            raise TypeError(event)

    def _make_move(
        self, live: _Live, who: data.Who, target: CampaignStatus, step: Any = None
    ) -> None:
        saved = flow.move_campaign(
            self.db, self.as_(who, live), live.id, target, version=live.version, step=step
        )
        live.version, live.status = saved.version, target

    def _brief(self, live: _Live, event: data.BriefVersion) -> None:
        fields = {
            name: self._text(live, getattr(event, name))
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
        saved = edit.save_brief(
            self.db,
            self.as_(event.by, live),
            live.id,
            edit.BriefInput(
                template=live.plan.kind,
                budget=Decimal(event.budget),
                deadline=event.deadline,
                **fields,
            ),
            based_on=live.brief,
        )
        live.brief = saved.version  # save_brief answers the version's number

    def _proposal(self, live: _Live, event: data.Proposal) -> None:
        uploads = tuple(self._document(live, doc) for doc in event.files)
        saved = edit.save_proposal(
            self.db,
            self.as_(event.by, live),
            live.id,
            edit.ProposalInput(
                self._text(live, event.summary), self._text(live, event.notes), uploads
            ),
        )
        live.proposal = saved.id

    def _move(self, live: _Live, event: data.Move) -> None:
        comment = self._text(live, event.comment)
        move = life.move_for(live.status, event.to)
        need = move.need if move is not None else life.Need.NOTHING  # the service refuses
        step: Any = None
        if need is life.Need.PRESENTED_DOCUMENT:  # the latest proposal's main file
            document_id = self.c.execute(
                select(func.min(proposal_documents.c.document_id)).where(
                    proposal_documents.c.proposal_id == live.proposal
                )
            ).scalar_one()
            step = flow.PresentationStep(document_id=document_id, comment=comment)
        elif need is life.Need.INTERNAL_DECISION:
            step = flow.InternalDecisionStep(comment)
        self._make_move(live, event.by, event.to, step)

    def _client_decision(self, live: _Live, event: data.ClientDecision) -> None:
        contact_id = live.client.contacts[0][0]
        proof = self._document(live, event.proof) if event.proof is not None else None
        step = flow.ClientDecisionStep(
            contact_id,
            self.not_after_today(event.on),
            event.channel,
            self._text(live, event.comment),
            proof,
        )
        self._make_move(live, "owner", event.to, step)

    def _document(self, live: _Live, doc: data.Doc) -> DocumentInput:
        """The file's bytes: a PDF, the client's e-mail or text, all from the plan."""
        at = self.clock.at
        title = self._text(live, doc.title)
        lines = [self._text(live, line) for line in doc.lines]
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

    def _media_plan(self, live: _Live) -> None:
        """The plan of the campaign's kind, scaled to its budget and its days."""
        plan = live.plan
        mix = data.MEDIA_MIX[plan.kind]
        if plan.budget < data.SMALL_PLAN:
            mix = mix[:3]
        days = (plan.deadline - plan.start).days
        lines = []
        for channel, description, share, begins, ends in mix:
            amount = Decimal(round(plan.budget * share / 100) * 100)
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

    def _key_visual(self, live: _Live) -> DocumentInput:
        """The campaign's key visual, drawn in its client's colour with its headline."""
        plan = live.plan
        color = demo_images.client_color(plan.account)
        accent = data.AGENCY["secondary_color"]
        image = demo_images.key_visual(
            plan.name.split("·")[-1].strip(), plan.brand, color, str(accent)
        )
        return DocumentInput("key-visual.png", image, "image/png")

    # -- meeting reports --

    def _meeting(self, live: _Live, event: data.Meeting, key: int) -> None:
        contacts = live.client.contacts
        steps = []
        for step in event.steps:
            owner_staff = owner_contact = None
            if step.who.startswith("client"):
                owner_contact = contacts[(1 if step.who == "client2" else 0) % len(contacts)][0]
            else:
                owner_staff = self.staff_id(step.who, live.client)
            steps.append(
                edit.NextStepInput(
                    self._text(live, step.text), owner_staff, owner_contact, step.due, step.done
                )
            )
        saved = edit.save_meeting(
            self.db,
            self.as_(event.by, live),
            live.id,
            edit.MeetingInput(
                held_on=event.on,
                subject=self._text(live, event.subject),
                place=event.place,
                agreements=self._text(live, event.agreements),
                staff_ids=tuple(self.staff_id(who, live.client) for who in event.staff),
                contact_ids=tuple(c[0] for c in contacts[: event.clients]),
                next_steps=tuple(steps),
            ),
        )
        live.meetings[key] = (saved.id, saved.version)

    def _send(self, live: _Live, event: data.Meeting, key: int) -> None:
        meeting_id, version = live.meetings[key]
        saved = edit.send_meeting(
            self.db, self.as_(event.by, live), meeting_id, live.client.contacts[0][0], version
        )
        live.meetings[key] = (meeting_id, saved.version)

    def _acknowledge(self, live: _Live, ack: data.Acknowledged, key: int) -> None:
        meeting_id, version = live.meetings[key]
        saved = edit.acknowledge_meeting(
            self.db,
            self.actor(live.client.lead),
            meeting_id,
            self.not_after_today(ack.on),
            ack.channel,
            self._text(live, ack.note),
            version,
        )
        live.meetings[key] = (meeting_id, saved.version)


def fill_campaigns(
    db: Database, connection: Connection, demo: DemoBuilder, clock: DemoClock
) -> int:
    """Play the demo's campaigns on `db`, whose sessions share `connection`'s transaction,
    with `clock` running on it; the number of campaigns."""
    return CampaignPlayer(db, connection, demo, clock).play()
