"""The credentials deck's content, gathered in one unit of work: the agency's profile,
its account team as org chart trees, the clients it may name and the case studies it may
tell, with the labels that come from codes already in the deck's language.

Confidentiality: another client's account or campaign appears only when it is marked
may-be-shown (a campaign, and its account too). The deck's recipient is the exception:
its own name, logo and completed campaigns appear whether or not they are showable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.decks.content import CaseStudy, ClientRef, CredentialsContent, Kpi
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Brief, Campaign, Proposal, StatusChange
from agencia.domain.enums import AccountStatus, CampaignStatus
from agencia.domain.errors import NotFound
from agencia.domain.labels import label, sector_label
from agencia.domain.models import Account, Brand
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.decks.gather import agency_profile, deck_language, load_agency, stored_images
from agencia.services.decks.language import speaks_latam
from agencia.services.decks.team import account_team, agency_team, org_trees, reporting_lines

MAX_CLIENTS = 24  # logos on the "clients we serve" slides
MAX_CASES = 6  # case studies in one credentials deck


def _showable_campaign() -> Any:
    return and_(Campaign.may_be_shown.is_(True), Account.may_be_shown.is_(True))


def _client_rows(uow: UnitOfWork, recipient: Account | None) -> list[Any]:
    """Showable clients we work for (active or paused), in name order; when there are more
    than fit, those with a case we may tell, then those with campaigns, then the oldest
    relationships. The recipient always, when it is a client."""
    s = uow.session
    with_cases = (
        select(Campaign.account_id)
        .join(Account, Account.id == Campaign.account_id)
        .where(Campaign.status == CampaignStatus.COMPLETED, _showable_campaign())
        .distinct()
    )
    with_campaigns = select(Campaign.account_id).distinct()
    serving = (AccountStatus.ACTIVE, AccountStatus.PAUSED)
    rows = list(
        s.execute(
            select(Account.id, Account.name_key, Account.trade_name, Account.sector, Account.logo)
            .where(Account.may_be_shown.is_(True), Account.status.in_(serving))
            .order_by(
                Account.id.in_(with_cases).desc(),
                Account.id.in_(with_campaigns).desc(),
                Account.created_at,
                Account.id,
            )
            .limit(MAX_CLIENTS)
        ).tuples()
    )
    if (
        recipient is not None
        and recipient.status in serving
        and all(row[0] != recipient.id for row in rows)
    ):
        rows = [
            (
                recipient.id,
                recipient.name_key,
                recipient.trade_name,
                recipient.sector,
                recipient.logo,
            ),
            *rows[: MAX_CLIENTS - 1],
        ]
    rows.sort(key=lambda row: (row[1], row[0]))
    return rows


def client_sectors(uow: UnitOfWork, recipient: Account | None) -> list[str]:
    """The sectors the clients slide names, as typed (which the catalogue must know)."""
    return [row[3] for row in _client_rows(uow, recipient)]


def _clients(
    uow: UnitOfWork, recipient: Account | None, lang: str, latam: bool
) -> tuple[ClientRef, ...]:
    return tuple(
        ClientRef(name, sector_label(sector, lang, latam=latam) if sector else "", logo)
        for _, _, name, sector, logo in _client_rows(uow, recipient)
    )


def _completed_on(uow: UnitOfWork, campaign_ids: Iterable[int]) -> dict[int, date]:
    ids = list(campaign_ids)
    if not ids:
        return {}
    rows = uow.session.execute(
        select(StatusChange.campaign_id, func.max(StatusChange.at))
        .where(
            StatusChange.campaign_id.in_(ids),
            StatusChange.to_status == CampaignStatus.COMPLETED,
        )
        .group_by(StatusChange.campaign_id)
    )
    return {i: at.date() for i, at in rows if at is not None}


def _latest_briefs(uow: UnitOfWork, campaign_ids: list[int]) -> dict[int, Brief]:
    latest: dict[int, Brief] = {}
    if not campaign_ids:
        return latest
    for brief in uow.session.scalars(
        select(Brief).where(Brief.campaign_id.in_(campaign_ids)).order_by(Brief.number)
    ):
        latest[brief.campaign_id] = brief
    return latest


def _latest_summaries(uow: UnitOfWork, campaign_ids: list[int]) -> dict[int, str]:
    latest: dict[int, str] = {}
    if not campaign_ids:
        return latest
    for campaign_id, summary in uow.session.execute(
        select(Proposal.campaign_id, Proposal.summary)
        .where(Proposal.campaign_id.in_(campaign_ids))
        .order_by(Proposal.number)
    ):
        latest[campaign_id] = summary
    return latest


def _kpis(raw: Sequence[dict[str, Any]]) -> tuple[Kpi, ...]:
    return tuple(
        Kpi(str(k.get("name", "")), str(k.get("target", "")), str(k.get("achieved", "")))
        for k in raw
        if str(k.get("name", "")).strip()
    )


def _cases(uow: UnitOfWork, recipient: Account | None) -> tuple[CaseStudy, ...]:
    """Completed campaigns we may tell: showable ones of showable accounts, and the
    recipient's own (first); the most recently completed first."""
    shown: Any = _showable_campaign()
    if recipient is not None:
        shown = or_(shown, Campaign.account_id == recipient.id)
    rows = list(
        uow.session.execute(
            select(Campaign, Account, Brand.name)
            .join(Account, Account.id == Campaign.account_id)
            .outerjoin(Brand, Brand.id == Campaign.brand_id)
            .where(Campaign.status == CampaignStatus.COMPLETED, shown)
        ).tuples()
    )
    ids = [c.id for c, _, _ in rows]
    completed = _completed_on(uow, ids)
    own = recipient.id if recipient is not None else None
    rows.sort(  # the recipient's own first, then the most recently completed
        key=lambda r: (
            r[0].account_id != own,
            -(completed.get(r[0].id) or r[0].deadline or date.min).toordinal(),
            -r[0].id,
        )
    )
    rows = rows[:MAX_CASES]
    ids = [c.id for c, _, _ in rows]
    briefs = _latest_briefs(uow, ids)
    summaries = _latest_summaries(uow, ids)
    visuals = stored_images(uow, (c.key_visual_id for c, _, _ in rows))
    cases = []
    for campaign, account, brand in rows:
        brief = briefs.get(campaign.id)
        when = completed.get(campaign.id) or campaign.deadline or campaign.start_date
        idea = (brief.key_message if brief else "") or summaries.get(campaign.id, "")
        cases.append(
            CaseStudy(
                client=account.trade_name,
                brand=brand or "",
                campaign=campaign.name,
                year=when.year if when else None,
                challenge=brief.objectives if brief else "",
                idea=idea,
                story=campaign.results_story,
                results=_kpis(campaign.results_kpis or []),
                key_visual=visuals.get(campaign.key_visual_id or -1),
                client_logo=account.logo,
            )
        )
    return tuple(cases)


def agency_content(
    db: Database,
    actor: Actor,
    *,
    for_account_id: int | None = None,
    lang: str = "es",
    today: date | None = None,
) -> CredentialsContent:
    """The agency's credentials, for anyone signed in; prepared for one account (a client
    or a prospect the person may see) when `for_account_id` is given."""
    lang = deck_language(lang)
    with unit_of_work(db, actor, write=False) as uow:
        agency = load_agency(uow)
        recipient = None
        if for_account_id is not None:
            recipient = uow.session.get(Account, for_account_id)
            if recipient is None:
                raise NotFound("account.not_found", id=for_account_id)
            access.require(uow, Action.SEE_ACCOUNTS, recipient)
        if recipient is not None and (team := account_team(uow, recipient, lang)):
            people = [(s, label(part, lang)) for s, part in team]
            chart = org_trees(people, reporting_lines(uow), lang)
        else:
            chart = agency_team(uow, lang)
        latam = lang == "es" and speaks_latam(agency, recipient)
        return CredentialsContent(
            agency=agency_profile(agency, lang),
            made_on=today or date.today(),
            prepared_for=recipient.trade_name if recipient is not None else "",
            prepared_for_logo=recipient.logo if recipient is not None else None,
            team=chart,
            clients=_clients(uow, recipient, lang, latam),
            cases=_cases(uow, recipient),
            locale=(recipient.locale if recipient is not None else "") or agency.locale,
            latam=latam,
        )
