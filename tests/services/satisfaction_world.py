"""A small agency for the satisfaction tests: a director and an executive of one group
with two accounts (a contact each), and an executive of no group who sees neither; and
the responses the tests record, to the shipped five-indicator survey."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TypeAlias

from factories import add_account, add_group, add_staff, set_director, set_up
from service_world import Desk

from agencia.db.database import Database
from agencia.domain.enums import Role
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.satisfaction import templates
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput

# the service desk's cast list: who and what the tests use, by short name
World: TypeAlias = Desk
# {(dimension, question): (expected, perceived)}, None where it was not answered
Answers: TypeAlias = Mapping[tuple[int, int], tuple[int | None, int | None]]


def satisfaction_world(db: Database) -> World:
    w = World(db, set_up(db))
    group = add_group(db, "Gran Consumo")
    w.staff["director"] = add_staff(db, "Lucía Directora", Role.ACCOUNT_DIRECTOR, group_id=group)
    set_director(db, group, w.staff["director"])
    w.staff["exec"] = add_staff(db, "Álvaro Ejecutivo", Role.ACCOUNT_EXECUTIVE, group_id=group)
    w.staff["outsider"] = add_staff(db, "Otra Ejecutiva", Role.ACCOUNT_EXECUTIVE)
    for key, name in (("cafe", "Café Madrid"), ("tacos", "Tacos CDMX")):
        w.accounts[key] = add_account(db, name, group_id=group, lead_id=w.staff["exec"])
        w.contacts[key] = save_contact(
            db, w.admin, w.accounts[key], ContactInput(full_name=f"Contacto {name}")
        ).id
    return w


def five_indicators(w: World) -> templates.TemplateView:
    """The shipped five-indicator survey: five dimensions of two questions each."""
    shipped = templates.list_templates(w.db, w.actor("director"))
    return next(t for t in shipped if t.shipped == "five_indicators")


def every_question(
    expected: int, perceived: int | None
) -> dict[tuple[int, int], tuple[int, int | None]]:
    """The same answer to each of the five-indicator survey's ten questions."""
    return {(d, q): (expected, perceived) for d in range(1, 6) for q in (1, 2)}


def survey_response(
    w: World, account: str, on: date, answers: Answers, template_id: int | None = None,
    importance: Mapping[int, int] | None = None,
) -> ResponseInput:  # fmt: skip
    """`account`'s contact's response of `on` to the five-indicator survey (or to
    `template_id`), its answers in the order given."""
    return ResponseInput(
        template_id=five_indicators(w).id if template_id is None else template_id,
        account_id=w.accounts[account],
        contact_id=w.contacts[account],
        answered_on=on,
        answers=tuple(AnswerInput(d, q, e, p) for (d, q), (e, p) in answers.items()),
        importance=dict(importance or {}),
    )
