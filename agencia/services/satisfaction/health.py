"""The account health list: every account the person may see, its indicator, the
weights used and the reasons, the accounts at risk first.

Satisfaction is the latest quarter's score (read on 1–5) and its trend the dimensions
that fell since the quarter before that had answers; the other factors come from
`health_sources`, each left out where its area is absent or unused.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.account_health import Health, HealthInputs, falls, health
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.satisfaction_models import SurveyAnswer, SurveyResponse
from agencia.domain.survey_scales import rescale
from agencia.domain.survey_scoring import quarter
from agencia.services.accounts.access import visible_clause
from agencia.services.satisfaction import health_sources as sources
from agencia.services.satisfaction.scope import Scope, in_scope, named_templates

_BAND_ORDER = {HealthBand.AT_RISK: 0, HealthBand.WATCH: 1, HealthBand.HEALTHY: 2, None: 3}


@dataclass(frozen=True, slots=True)
class AccountHealth:
    """One line of the health list."""

    account_id: int
    account: str
    health: Health


Perceived = tuple[date, str, float]  # (answered on, dimension, perceived on 1–5)


def _by_quarter(answers: list[Perceived]) -> dict[date, dict[str, float]]:
    """{quarter: {dimension: mean perceived on 1–5}}, each quarter's dimensions in the
    order they were first met."""
    values: dict[date, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for on, dimension, value in answers:
        values[quarter(on)][dimension].append(value)
    return {q: {d: fmean(v) for d, v in dims.items()} for q, dims in values.items()}


def satisfaction_inputs(
    answers: list[Perceived],
) -> tuple[float | None, dict[str, float] | None]:
    """The latest quarter's score, and how much each dimension fell since the quarter
    before (None when there is no earlier quarter to compare with)."""
    quarters = _by_quarter(answers)
    if not quarters:
        return None, None
    ordered = sorted(quarters)
    latest = quarters[ordered[-1]]
    score = fmean(latest.values())
    if len(ordered) < 2:
        return score, None
    return score, falls(quarters[ordered[-2]], latest)


def perceived_by_account(
    uow: UnitOfWork, today: date, one: int | None = None
) -> dict[int, list[Perceived]]:
    """Per account the person may see (or `one`), its perceived answers up to `today` on
    1–5, in the order `results.scored` gives them (by date, response, dimension and
    question), answers to a place their template lacks left out. Only what the health
    reads, as plain rows: a whole agency's 200,000 answers are not made objects."""
    query = in_scope(
        select(
            SurveyResponse.account_id,
            SurveyResponse.template_id,
            SurveyResponse.answered_on,
            SurveyAnswer.dimension_no,
            SurveyAnswer.question_no,
            SurveyAnswer.perceived,
        )
        .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
        .where(SurveyAnswer.perceived.is_not(None)),
        uow,
        Scope(account_id=one, end=today),
    ).order_by(
        SurveyResponse.answered_on,
        SurveyResponse.id,
        SurveyAnswer.dimension_no,
        SurveyAnswer.question_no,
    )
    rows = uow.session.connection().execute(query).all()
    templates = named_templates(uow, {r[1] for r in rows})
    places = {t: (named.points, named.places()) for t, named in templates.items()}
    out: dict[int, list[Perceived]] = defaultdict(list)
    for account_id, template_id, on, dimension_no, question_no, perceived in rows:
        points, where = places[template_id]
        place = where.get((dimension_no, question_no))
        if place is not None:
            out[account_id].append((on, place[0], rescale(perceived, points, 5)))
    return out


ONE_QUERY_MOST = 500  # accounts asked for by id in one query; more: every row read once


def _gather(
    uow: UnitOfWork, today: date, only: int | Collection[int] | None = None
) -> list[AccountHealth]:
    wanted = None if only is None else {only} if isinstance(only, int) else set(only)
    asked = wanted if wanted is not None and len(wanted) <= ONE_QUERY_MOST else None
    query = select(Account.id, Account.trade_name).where(visible_clause(uow.actor))
    if asked is not None:
        query = query.where(Account.id.in_(sorted(asked)))
    # plain rows (the connection's): the ORM's loading adds nothing to 100,000 pairs
    accounts = uow.session.connection().execute(query.order_by(Account.trade_name)).all()
    if wanted is not None and asked is None:  # many: the whole agency's rows, kept apart
        accounts = [row for row in accounts if row[0] in wanted]
    one = next(iter(asked)) if asked is not None and len(asked) == 1 else None
    per_account = perceived_by_account(uow, today, one)
    sla = sources.sla(uow, today, asked)
    overdue = sources.overdue_tasks(uow, today, asked)
    contacts = sources.last_contacts(uow, asked)
    cycles = sources.approval_days(uow, today, asked)
    # accounts alike (no answers, the same last contact, …) share one Health: most of a
    # large agency's are one of a few thousand
    made: dict[tuple[object, ...], Health] = {}
    known = contacts is not None
    out = []
    for account_id, name in accounts:
        mine = per_account.get(account_id)
        score, fell = satisfaction_inputs(mine) if mine else (None, None)
        last = contacts.get(account_id) if contacts is not None else None
        sla_of = sla.get(account_id) if sla is not None else None
        cycle = cycles.get(account_id)
        late = overdue.get(account_id, 0) if overdue is not None else None
        days = (today - last).days if last is not None else None
        if fell is not None:  # a dict: not a key
            inputs = HealthInputs(score, fell, sla_of, cycle, late, days, known)
            out.append(AccountHealth(account_id, name, health(inputs)))
            continue
        key = (score, sla_of, cycle, late, days)  # a plain tuple: cheaper than the inputs
        found = made.get(key)
        if found is None:
            inputs = HealthInputs(score, None, sla_of, cycle, late, days, known)
            found = made[key] = health(inputs)
        out.append(AccountHealth(account_id, name, found))
    return out


def account_health(db: Database, actor: Actor, today: date | None = None) -> list[AccountHealth]:
    """Every visible account's health, at risk first, then by score (lowest first)."""
    with unit_of_work(db, actor, write=False) as uow:
        rows = _gather(uow, today or date.today())
    return sorted(
        rows,
        key=lambda r: (
            _BAND_ORDER[r.health.band],
            r.health.score if r.health.score is not None else 101,
            r.account,
        ),
    )


def health_of(
    uow: UnitOfWork, today: date, only: int | Collection[int] | None = None
) -> list[AccountHealth]:
    """The same, in the order of the accounts' names, inside a caller's unit of work; of
    the visible accounts in `only` (one id or several) when given, each source asked for
    those accounts alone: one account's health costs what that account has."""
    return _gather(uow, today, only)
