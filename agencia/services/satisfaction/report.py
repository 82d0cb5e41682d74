"""The satisfaction report as a client-ready PDF: the results for a scope, in the
client's language when the scope is one account (its locale), else the agency's."""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks.content import AgencyProfile
from agencia.decks.profile import agency_profile
from agencia.decks.satisfaction_report import ReportLine, SatisfactionReport, render_report
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, Agency
from agencia.domain.permissions import Action
from agencia.services.accounts import access as account_access
from agencia.services.drawable import refuse_undrawable
from agencia.services.satisfaction.results import Scope, results_in


def _lang(locale: str) -> str:
    return "en" if locale.startswith("en") else "es"


def satisfaction_pdf(db: Database, actor: Actor, scope: Scope) -> bytes:
    """The PDF for `scope` (the person sees only the accounts they may see)."""
    with unit_of_work(db, actor, write=False) as uow:
        agency = uow.session.scalar(select(Agency).limit(1))
        agency_name = agency.name if agency else ""
        lang = _lang(agency.locale if agency else "es")
        subject = agency_name
        if scope.account_id is not None:
            account = uow.session.get(Account, scope.account_id)
            if account is None:
                raise NotFound("account.not_found", id=scope.account_id)
            account_access.require(uow, Action.SEE_ACCOUNTS, account)
            subject = account.trade_name
            lang = _lang(account.locale) if account.locale else lang
        found = results_in(uow, scope, lang)
        profile = agency_profile(agency, lang) if agency else AgencyProfile(name="")
    by_quarter: dict[str, list[float]] = {}
    for point in found.trend:
        name = f"T{(point.period.month - 1) // 3 + 1} {point.period.year}"
        if lang == "en":
            name = "Q" + name[1:]
        by_quarter.setdefault(name, []).append(point.score)
    report = SatisfactionReport(
        agency=profile,
        subject=subject,
        language=lang,
        points=found.points,
        responses=found.responses,
        accounts=found.accounts,
        incomplete=found.incomplete,
        lines=tuple(
            ReportLine(d.dimension, d.score, d.expectation, d.gap, d.weighted_gap, d.responses)
            for d in found.dimensions
        ),
        trend=tuple((q, sum(v) / len(v)) for q, v in by_quarter.items()),
        weakest=tuple(w.dimension for w in found.weakest),
    )
    refuse_undrawable(report)  # a client's name in Chinese would vanish from it unsaid
    return render_report(report)
