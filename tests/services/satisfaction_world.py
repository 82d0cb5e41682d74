"""A small agency for the satisfaction tests: a director and an executive of one group
with two accounts (a contact each), and an executive of no group who sees neither."""

from __future__ import annotations

from typing import TypeAlias

from factories import add_account, add_group, add_staff, set_director, set_up
from service_world import Desk

from agencia.db.database import Database
from agencia.domain.enums import Role
from agencia.services.accounts.contacts import ContactInput, save_contact

# the service desk's cast list: who and what the tests use, by short name
World: TypeAlias = Desk


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
