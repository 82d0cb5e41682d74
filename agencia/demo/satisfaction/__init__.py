"""The demo's client satisfaction: both shipped templates, a year of quarterly responses
from sixteen accounts (some incomplete), the improvement actions their weakest
dimensions became (one overdue, one whose gap the next survey closed), and two accounts
at risk for different reasons — one whose empathy and attitude collapsed in the last
quarter, one that has scored low all year.

Made through the real services by each account's lead executive (who may record their
accounts' responses) and the group's director (who opens the actions), dated back from
the demo's own today; each response recorded on the day it was answered, so every
account's health is kept from then on (its trend), and today's for every account.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.run import DemoRun
from agencia.demo.satisfaction.scale import responses_at_scale
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.models import Account, AccountGroup, Contact, User
from agencia.services import auth
from agencia.services.satisfaction import bulk, improvements, templates
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput

ACCOUNTS = 16
QUARTERS_BACK = (355, 265, 175, 30)  # days before today: four surveys over a year
FALLEN, LOW = 0, 1  # the two accounts at risk, by place in the list


def _accounts(db: Database) -> list[tuple[int, int, str, int | None]]:
    """(account, a contact, the lead's login, the group's director) of the first
    accounts whose lead signs in."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        rows = uow.session.execute(
            select(Account.id, User.login, AccountGroup.director_id)
            .join(User, User.staff_id == Account.lead_executive_id)
            .outerjoin(AccountGroup, AccountGroup.id == Account.group_id)
            .where(User.active.is_(True))
            .order_by(Account.id)
            .limit(ACCOUNTS)
        ).all()
        out = []
        for account, login, director in rows:
            contact = uow.session.scalar(
                select(Contact.id).where(Contact.account_id == account).order_by(Contact.id)
            )
            if contact is not None:
                out.append((account, contact, login, director))
        return out


def _director_actor(db: Database, director: int | None) -> Actor | None:
    if director is None:
        return None
    with unit_of_work(db, SYSTEM, write=False) as uow:
        login = uow.session.scalar(select(User.login).where(User.staff_id == director))
    return auth.actor_for(db, login) if login else None


def _answers(
    demo: DemoRun, place: int, survey: int, dims: tuple[int, ...], points: int
) -> tuple[tuple[AnswerInput, ...], dict[int, int]]:
    """One response's answers. Each account has its level and keeps it (a question moves
    one point now and then); the fallen account was content until the last survey, where
    empathy and staff attitude collapsed and the rest slipped; the low one stays low."""
    rng = demo.rng
    last = survey == len(QUARTERS_BACK) - 1
    level = 1.8 if place == LOW else 3.6 + (place % 5) * 0.3
    if place == FALLEN:
        level = 2.2 if last else 4.4
    answers = []
    incomplete = place % 4 == 3 and survey == 1
    for d, questions in enumerate(dims, 1):
        for q in range(1, questions + 1):
            if incomplete and d > 3:
                continue  # the client stopped halfway: only the first dimensions answered
            wobble = rng.choice((-1, 0, 0, 0, 0, 0, 1))
            perceived = round(level) + (wobble if place not in (FALLEN, LOW) else 0)
            if place == FALLEN and last and d in (3, 5):
                perceived = 1
            expected = 5 if (d + q) % 3 == 0 else 4
            answers.append(AnswerInput(d, q, expected, min(points, max(1, perceived))))
    importance = {d: rng.choice((3, 4, 5, 5)) for d in range(1, len(dims) + 1)}
    return tuple(answers), importance


def fill_satisfaction(demo: DemoRun) -> None:
    db = demo.services()
    accounts = _accounts(db)
    if not accounts:
        return
    today = demo.now.date()
    shipped = {t.shipped: t for t in templates.list_templates(db, SYSTEM)}
    five, eight = shipped["five_indicators"], shipped["eight_values"]
    actors: dict[str, Actor] = {}
    entries: list[bulk.Entry] = []
    for place, (account, contact, login, _director) in enumerate(accounts):
        actor = actors.setdefault(login, auth.actor_for(db, login))
        template = eight if place % 3 == 2 else five
        dims = tuple(len(d.questions) for d in template.dimensions)
        for survey, days in enumerate(QUARTERS_BACK):
            answers, importance = _answers(demo, place, survey, dims, template.points)
            answered = today - timedelta(days=days + demo.rng.randint(0, 10))
            entries.append(  # recorded the day it was answered: its health kept
                bulk.Entry(
                    actor,
                    ResponseInput(template.id, account, contact, answered, answers, importance),
                    answered,
                )
            )
    bulk.record_responses(db, entries)  # `record_response`'s checks and rows, in order
    _actions(db, accounts, today)
    if demo.size == "large":  # the responses at scale, then every account's health
        demo.later(responses_at_scale)
    else:
        bulk.record_health(db, SYSTEM, today)  # and every account's as of today


def _actions(db: Database, accounts: list[tuple[int, int, str, int | None]], today: date) -> None:
    """Actions on the two accounts at risk (one already overdue), and one on a healthy
    account opened a year ago whose gap the later surveys closed."""
    plans = (
        (FALLEN, "Empatía", "Reunión de reenganche con la directora de marketing", -10, -2.1),
        (FALLEN, "Actitud del personal", "Un único interlocutor y respuesta en 24 h", 20, -2.3),
        (LOW, "Cumplimiento de expectativas", "Revisar las entregas con el cliente", 30, -1.6),
        (4, "Tangibles", "Nueva plantilla de presentaciones", -200, -0.8),
    )  # fmt: skip
    for place, dimension, title, due_in, gap in plans:
        if place >= len(accounts):
            continue
        account, _contact, login, director = accounts[place]
        actor = _director_actor(db, director) or auth.actor_for(db, login)
        owner = actor.staff_id if actor.staff_id is not None else 0
        opened = today - timedelta(days=300 if due_in < -100 else 40)
        saved = improvements.open_action(
            db,
            actor,
            improvements.ActionInput(
                dimension, title, owner, today + timedelta(days=due_in), gap, account, opened
            ),
        )
        if due_in < -100:
            improvements.close_action(db, actor, saved.id, today=today - timedelta(days=30))
