"""Finding and reading campaigns: the list, the board, one campaign's page, the CSV."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, false, or_, select
from sqlalchemy.orm import aliased, selectinload

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.briefs import FIELD_NAMES
from agencia.domain.campaign_life import BOARD_ORDER, CLOSED
from agencia.domain.campaign_models import (
    Approval,
    Brief,
    Campaign,
    Contrabrief,
    Document,
    MeetingReport,
    Proposal,
    StatusChange,
)
from agencia.domain.enums import LEAD_ROLES, ApprovalStage, CampaignStatus
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, AccountAssignment, Brand, Contact, Staff
from agencia.domain.permissions import Action
from agencia.domain.text import search_words
from agencia.services.accounts import access
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import approvals as approval_rules
from agencia.services.campaigns import documents, media_plan
from agencia.services.campaigns import flow as campaign_flow
from agencia.services.campaigns.campaigns_csv import CSV_COLUMNS as CSV_COLUMNS  # its old home
from agencia.services.campaigns.campaigns_csv import write_campaigns_csv as write_campaigns_csv
from agencia.services.campaigns.pending_approvals import awaiting_ids
from agencia.services.campaigns.views import (
    ApprovalView,
    BriefView,
    CampaignDetail,
    CampaignRow,
    ContrabriefView,
    KpiResult,
    MeetingView,
    NextStepView,
    ProposalView,
    StatusChangeView,
)
from agencia.services.results import Option

SORTS = ("name", "account", "status", "budget", "deadline", "owner", "code")


@dataclass(frozen=True, slots=True)
class CampaignQuery:
    """What the campaigns list and the board ask; everything applied in SQL."""

    text: str = ""
    status: CampaignStatus | None = None
    account_id: int | None = None
    owner_id: int | None = None
    mine: bool = False  # campaigns the person owns or whose account team they are on
    open_only: bool = False  # leave out completed, rejected and cancelled
    sort: str = "deadline"
    descending: bool = False
    statuses: tuple[CampaignStatus, ...] = ()  # the list's multi-choice filter: any of them
    awaiting: str = ""  # "brief" or "proposal": those awaiting the person's decision


def _row_select(owner: type[Staff]) -> Select[Any]:
    """A list row's columns: the campaign and the names it shows beside it."""
    return (
        select(Campaign, Account.trade_name, Brand.name, owner.full_name)
        .join(Account, Account.id == Campaign.account_id)
        .outerjoin(Brand, Brand.id == Campaign.brand_id)
        .join(owner, owner.id == Campaign.owner_id)
    )


def _rows_query(
    uow: UnitOfWork, query: CampaignQuery, *, ids_only: bool = False, per_row: bool = False
) -> Select[Any]:
    """The matching campaigns in display order: whole rows, or (`ids_only`) their IDs,
    joined only to what the search, the filters and the sort need. `per_row` (whole rows
    read a page at a time): the list's visibility and «Mis campañas» in their per-row
    form (`campaigns.access.listed_clause`), each row tested on its own account row."""
    actor = uow.actor
    owner = aliased(Staff)
    if ids_only:
        stmt = select(Campaign.id)  # the visibility test needs no account row (access)
        if query.sort == "account" or not campaign_access.listed_without_account(actor):
            stmt = stmt.join(Account, Account.id == Campaign.account_id)
        if query.sort == "owner":
            stmt = stmt.join(owner, owner.id == Campaign.owner_id)
    else:
        stmt = _row_select(owner)
    per_row = per_row and not ids_only
    stmt = stmt.where(campaign_access.listed_clause(actor, per_row=per_row))
    typed = search_words(query.text)
    if typed is None:  # "%" alone finds nothing, not every campaign
        stmt = stmt.where(false())
    for token in typed or ():
        stmt = stmt.where(Campaign.search_text.like(f"% {token}%"))
    if query.status is not None:
        stmt = stmt.where(Campaign.status == query.status)
    if query.statuses:
        stmt = stmt.where(Campaign.status.in_(query.statuses))
    if query.account_id is not None:
        stmt = stmt.where(Campaign.account_id == query.account_id)
    if query.owner_id is not None:
        stmt = stmt.where(Campaign.owner_id == query.owner_id)
    if query.open_only:
        stmt = stmt.where(Campaign.status.not_in(CLOSED))
    if query.awaiting:  # the approval rules are Python's: their answer, as IDs
        stmt = stmt.where(Campaign.id.in_(awaiting_ids(uow, query.awaiting)))
    if query.mine:
        stmt = stmt.where(campaign_access.mine_clause(actor, per_row=per_row))
    order: Any = {
        "name": Campaign.name_key,
        "account": Account.name_key,
        "status": case({status: i for i, status in enumerate(BOARD_ORDER)}, value=Campaign.status),
        "budget": Campaign.budget,
        "deadline": Campaign.deadline,
        "owner": owner.name_key,
        "code": Campaign.code,
    }.get(query.sort, Campaign.deadline)
    order = order.desc() if query.descending else order
    if query.sort == "deadline":
        order = order.nulls_last()
    return stmt.order_by(order, Campaign.name_key, Campaign.id)


def _row(c: Campaign, account: str, brand: str | None, owner: str) -> CampaignRow:
    return CampaignRow(
        id=c.id,
        code=c.code,
        name=c.name,
        account=account,
        account_id=c.account_id,
        brand=brand or "",
        brand_id=c.brand_id,
        status=c.status,
        kind=c.kind,
        budget=c.budget,
        currency=c.currency,
        start_date=c.start_date,
        deadline=c.deadline,
        owner=owner,
        owner_id=c.owner_id,
        may_be_shown=c.may_be_shown,
        version=c.version,
    )


def list_campaigns(db: Database, actor: Actor, query: CampaignQuery) -> list[CampaignRow]:
    """The whole list at once (the board, the command line, the CSV export)."""
    with unit_of_work(db, actor, write=False) as uow:
        return [_row(*r) for r in uow.session.execute(_rows_query(uow, query))]


def search_campaign_ids(db: Database, actor: Actor, query: CampaignQuery) -> list[int]:
    """All matching IDs in display order: the list model holds these and pages in rows."""
    with unit_of_work(db, actor, write=False) as uow:
        stmt = _rows_query(uow, query, ids_only=True)
        return list(uow.session.connection().execute(stmt).scalars())


def campaign_rows(db: Database, actor: Actor, ids: Sequence[int]) -> list[CampaignRow]:
    """The rows for `ids` (one page of the list), in the order asked, visible ones only;
    visibility probed on each row's account (the list's rule `per_row`): "account in
    every account she sees" made SQLite probe the page from each of a director's 33,334
    accounts (1 s a page)."""
    if not ids:
        return []
    with unit_of_work(db, actor, write=False) as uow:
        stmt = _row_select(aliased(Staff)).where(
            Campaign.id.in_(list(ids)), campaign_access.listed_clause(actor, per_row=True)
        )
        by_id = {r.id: r for r in (_row(*found) for found in uow.session.execute(stmt))}
    return [by_id[i] for i in ids if i in by_id]


def get_campaign(db: Database, actor: Actor, campaign_id: int) -> CampaignDetail:
    with unit_of_work(db, actor, write=False) as uow:
        return load_detail(uow, campaign_id)


def _names(uow: UnitOfWork, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = uow.session.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_(wanted)))
    return {i: n for i, n in rows}


def load_detail(uow: UnitOfWork, campaign_id: int) -> CampaignDetail:
    campaign, account, reach = campaign_access.load(uow, campaign_id)
    s = uow.session
    s.refresh(campaign, ["products"])
    brand = s.get(Brand, campaign.brand_id) if campaign.brand_id else None
    owner = s.get(Staff, campaign.owner_id)
    assert owner is not None
    briefs = list(
        s.scalars(
            select(Brief).where(Brief.campaign_id == campaign.id).order_by(Brief.number.desc())
        )
    )
    proposals = list(
        s.scalars(
            select(Proposal)
            .where(Proposal.campaign_id == campaign.id)
            .options(selectinload(Proposal.documents))
            .order_by(Proposal.number.desc())
        )
    )
    meetings = list(
        s.scalars(
            select(MeetingReport)
            .where(MeetingReport.campaign_id == campaign.id)
            .options(
                selectinload(MeetingReport.staff),
                selectinload(MeetingReport.contacts),
                selectinload(MeetingReport.next_steps),
            )
            .order_by(MeetingReport.held_on.desc(), MeetingReport.id.desc())
        )
    )
    approvals = list(
        s.scalars(
            select(Approval).where(Approval.campaign_id == campaign.id).order_by(Approval.id.desc())
        )
    )
    changes = list(
        s.scalars(
            select(StatusChange)
            .where(StatusChange.campaign_id == campaign.id)
            .order_by(StatusChange.id)
        )
    )
    contrabrief = s.scalar(select(Contrabrief).where(Contrabrief.campaign_id == campaign.id))
    contact_ids = {a.contact_id for a in approvals} | {m.sent_to_id for m in meetings}
    contact_ids |= {st.owner_contact_id for m in meetings for st in m.next_steps}
    contacts: dict[int, str] = {
        i: n
        for i, n in s.execute(
            select(Contact.id, Contact.full_name).where(Contact.id.in_(contact_ids - {None}))
        )
    }
    staff_ids: set[int | None] = {b.author_id for b in briefs} | {p.author_id for p in proposals}
    staff_ids |= {a.decided_by_id for a in approvals} | {a.on_behalf_of_id for a in approvals}
    staff_ids |= {c.staff_id for c in changes} | {m.author_id for m in meetings}
    staff_ids |= {st.owner_staff_id for m in meetings for st in m.next_steps}
    staff_ids |= {contrabrief.author_id if contrabrief else None}
    proof_ids = {a.proof_id for a in approvals} - {None}
    if campaign.key_visual_id is not None:
        proof_ids.add(campaign.key_visual_id)
    docs = {d.id: d for d in s.scalars(select(Document).where(Document.id.in_(proof_ids)))}
    staff_ids |= {d.uploaded_by_id for p in proposals for d in p.documents}
    staff_ids |= {d.uploaded_by_id for d in docs.values()}
    names = _names(uow, staff_ids)

    standing_brief = approval_rules.standing_approval(uow, campaign.id, ApprovalStage.BRIEF)
    superseded = {a.supersedes_id for a in approvals} - {None}
    brief_views = tuple(
        BriefView(
            id=b.id,
            number=b.number,
            template=b.template,
            fields={k: getattr(b, k) for k in FIELD_NAMES},
            note=b.note,
            author=names.get(b.author_id or 0, ""),
            author_id=b.author_id,
            created_at=b.created_at,
            decision=(
                standing_brief.decision
                if standing_brief is not None and standing_brief.brief_id == b.id
                else None
            ),
        )
        for b in briefs
    )
    latest_brief = briefs[0] if briefs else None
    brief_decision, _ = campaign_flow.brief_refusal(uow, campaign, account, reach, latest_brief)
    edit_refusal = (
        ("campaign.closed", {"status": campaign.status})
        if campaign.status in CLOSED
        else campaign_access.why_not(uow, Action.EDIT_BRIEFS, reach)
    )
    # actas: the same rule as meetings.refuse_if_closed, then the person's reach
    log_refusal = (
        ("meeting.campaign_closed", {"status": campaign.status})
        if campaign.status in CLOSED
        else campaign_access.why_not(uow, Action.LOG_COMMUNICATION, reach)
    )
    return CampaignDetail(
        row=_row(campaign, account.trade_name, brand.name if brand else None, owner.full_name),
        account_group_id=account.group_id,
        products=tuple((p.id, p.name) for p in campaign.products),
        owner_role=owner.role,
        briefs=brief_views,
        contrabrief=(
            ContrabriefView(
                contrabrief.understanding,
                contrabrief.questions,
                contrabrief.approach,
                contrabrief.brief_number,
                names.get(contrabrief.author_id or 0, ""),
                contrabrief.updated_at,
                contrabrief.version,
            )
            if contrabrief is not None
            else None
        ),
        proposals=tuple(
            ProposalView(
                p.id,
                p.number,
                p.summary,
                p.notes,
                names.get(p.author_id or 0, ""),
                p.author_id,
                p.created_at,
                tuple(documents.view(d, names.get(d.uploaded_by_id or 0, "")) for d in p.documents),
            )
            for p in proposals
        ),
        meetings=tuple(
            MeetingView(
                id=m.id,
                held_on=m.held_on,
                subject=m.subject,
                place=m.place,
                agreements=m.agreements,
                author=names.get(m.author_id or 0, ""),
                staff=tuple((p.id, p.full_name) for p in m.staff),
                contacts=tuple((c.id, c.full_name) for c in m.contacts),
                next_steps=tuple(
                    NextStepView(
                        st.description,
                        names.get(st.owner_staff_id or 0)
                        or contacts.get(st.owner_contact_id or 0, ""),
                        st.owner_staff_id,
                        st.owner_contact_id,
                        st.due_on,
                        st.done,
                        st.id,
                    )
                    for st in m.next_steps
                ),
                sent_to_id=m.sent_to_id,
                sent_to=contacts.get(m.sent_to_id or 0, ""),
                sent_at=m.sent_at,
                acknowledged_on=m.acknowledged_on,
                acknowledged_channel=m.acknowledged_channel,
                acknowledgement_note=m.acknowledgement_note,
                version=m.version,
                acta_sha256=m.acta_sha256,
                sent_sha256=m.sent_sha256,
                acknowledged_sha256=m.acknowledged_sha256,
            )
            for m in meetings
        ),
        approvals=tuple(
            ApprovalView(
                id=a.id,
                stage=a.stage,
                subject_number=a.subject_number,
                decision=a.decision,
                comment=a.comment,
                required_role=a.required_role,
                decided_by=names.get(a.decided_by_id or 0, ""),
                decided_by_id=a.decided_by_id,
                on_behalf_of=names.get(a.on_behalf_of_id or 0, ""),
                contact=contacts.get(a.contact_id or 0, ""),
                decided_on=a.decided_on,
                channel=a.channel,
                document_sha256=a.document_sha256,
                proof=(
                    documents.view(
                        docs[a.proof_id], names.get(docs[a.proof_id].uploaded_by_id or 0, "")
                    )
                    if a.proof_id in docs
                    else None
                ),
                at=a.at,
                superseded=a.id in superseded,
            )
            for a in approvals
        ),
        changes=tuple(
            StatusChangeView(
                c.from_status,
                c.to_status,
                names.get(c.staff_id or 0, ""),
                c.at,
                c.comment,
                c.document_sha256,
                c.approval_id is not None,
            )
            for c in changes
        ),
        moves=campaign_flow.move_options(uow, campaign, account, reach),
        required_role=approval_rules.required_role(uow, campaign),
        can_edit=edit_refusal is None,
        can_log=log_refusal is None,
        edit_refusal=edit_refusal,
        log_refusal=log_refusal,
        brief_decision=brief_decision,
        results_story=campaign.results_story,
        results_kpis=tuple(
            KpiResult(k.get("name", ""), k.get("target", ""), k.get("achieved", ""))
            for k in campaign.results_kpis
        ),
        presented_sha256=approval_rules.presented_sha256(uow, campaign.id),
        created_at=campaign.created_at,
        plan=media_plan.load_plan(uow, campaign.id),
        key_visual=(
            documents.view(
                docs[campaign.key_visual_id],
                names.get(docs[campaign.key_visual_id].uploaded_by_id or 0, ""),
            )
            if campaign.key_visual_id in docs
            else None
        ),
    )


def campaign_accounts(db: Database, actor: Actor) -> list[Option]:
    """Accounts the person may create campaigns for (a combo box's items)."""
    with unit_of_work(db, actor, write=False) as uow:
        rows = uow.session.execute(
            select(Account.id, Account.trade_name)
            .where(access.visible_clause(actor, Action.EDIT_BRIEFS))
            .order_by(Account.name_key)
            .limit(5000)
        )
        return [Option(i, n) for i, n in rows]


@dataclass(frozen=True, slots=True)
class AccountChoices:
    """What a campaign form offers for one account."""

    brands: tuple[tuple[int, str, tuple[tuple[int, str], ...]], ...]  # id, name, products
    contacts: tuple[tuple[int, str, str], ...]  # id, name, position
    owners: tuple[tuple[int, str], ...]
    staff: tuple[tuple[int, str], ...]  # everyone who may attend a meeting
    currency: str


def account_choices(db: Database, actor: Actor, account_id: int) -> AccountChoices:
    with unit_of_work(db, actor, write=False) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        access.require(uow, Action.SEE_ACCOUNTS, account)
        brands = list(
            uow.session.scalars(
                select(Brand)
                .where(Brand.account_id == account_id, Brand.active.is_(True))
                .options(selectinload(Brand.products))
                .order_by(Brand.name)
            )
        )
        contacts = uow.session.execute(
            select(Contact.id, Contact.full_name, Contact.position)
            .where(Contact.account_id == account_id, Contact.active.is_(True))
            .order_by(Contact.full_name)
        ).all()
        team = select(AccountAssignment.staff_id).where(AccountAssignment.account_id == account_id)
        people = uow.session.execute(
            select(Staff.id, Staff.full_name, Staff.role)
            .where(
                Staff.active.is_(True),
                or_(Staff.id.in_(team), and_(Staff.group_id == account.group_id)),
            )
            .order_by(Staff.name_key)
        ).all()
        return AccountChoices(
            brands=tuple(
                (b.id, b.name, tuple((p.id, p.name) for p in b.products if p.active))
                for b in brands
            ),
            contacts=tuple((i, n, p) for i, n, p in contacts),
            owners=tuple((i, n) for i, n, r in people if r in LEAD_ROLES),
            staff=tuple((i, n) for i, n, _ in people),
            currency=account.currency,
        )
