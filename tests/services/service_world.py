"""A small service desk for the service and communications tests: a ladder of people
(executive → supervisor → manager → director), a Spanish and a Mexican account, and a
contact on each."""

from __future__ import annotations

from dataclasses import dataclass, field

from factories import actor_for_staff, add_account, add_group, add_staff, set_director, set_up

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.enums import Role
from agencia.services.accounts.contacts import ContactInput, save_contact


@dataclass
class Desk:
    """Who and what the tests use, by short name."""

    db: Database
    admin: Actor
    staff: dict[str, int] = field(default_factory=dict)
    accounts: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)

    def actor(self, who: str) -> Actor:
        return actor_for_staff(self.db, self.staff[who])


def service_desk(db: Database) -> Desk:
    desk = Desk(db, set_up(db))
    group = add_group(db, "Gran Consumo")
    s = desk.staff
    s["director"] = add_staff(db, "Lucía Directora", Role.ACCOUNT_DIRECTOR, group_id=group)
    set_director(db, group, s["director"])
    s["manager"] = add_staff(
        db, "Marta Gerente", Role.ACCOUNT_MANAGER, group_id=group, reports_to=s["director"]
    )
    s["supervisor"] = add_staff(
        db, "Sergio Supervisor", Role.ACCOUNT_SUPERVISOR, group_id=group, reports_to=s["manager"]
    )
    s["exec"] = add_staff(
        db, "Álvaro Ejecutivo", Role.ACCOUNT_EXECUTIVE, group_id=group, reports_to=s["supervisor"]
    )
    s["other"] = add_staff(db, "Otra Ejecutiva", Role.ACCOUNT_EXECUTIVE)
    a = desk.accounts
    a["madrid"] = add_account(
        db,
        "Café Madrid",
        group_id=group,
        lead_id=s["exec"],
        country="ES",
        time_zone="Europe/Madrid",
    )
    a["mexico"] = add_account(
        db,
        "Tacos CDMX",
        group_id=group,
        lead_id=s["exec"],
        country="MX",
        time_zone="America/Mexico_City",
    )
    lonely = add_group(db, "Sin director")
    s["loner"] = add_staff(db, "Sola Supervisora", Role.ACCOUNT_SUPERVISOR, group_id=lonely)
    a["orphan"] = add_account(db, "Sin Nadie", group_id=lonely, country="ES")
    for key, account, email in (
        ("ana", a["madrid"], "ana@cafe-madrid.es"),
        ("beto", a["mexico"], "beto@tacos.mx"),
    ):
        desk.contacts[key] = save_contact(
            db, desk.admin, account, ContactInput(full_name=key.title(), email=email)
        ).id
    return desk
