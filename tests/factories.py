"""Test data: an agency, its groups and people, and accounts, built through the services.

There is no staff-administration service yet, so groups, people and team assignments go
in as ORM rows through `unit_of_work(db, SYSTEM)`; accounts, contacts and brands go
through the real services, so their search text and audit trail are the real ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import AccountStatus, AssignmentRole, Role
from agencia.domain.models import AccountAssignment, AccountGroup, AuditEvent, Staff
from agencia.domain.text import sort_key
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.brands import save_brand
from agencia.services.first_run import FirstRun, set_up_agency

ADMIN_PASSWORD = "secreto-123"


def set_up(db: Database, locale: str = "es_ES", currency: str = "EUR") -> Actor:
    """The agency and its first administrator (the actor returned)."""
    return set_up_agency(
        db,
        FirstRun(
            agency_name="Agencia de Pruebas",
            locale=locale,
            currency=currency,
            admin_name="Ana Administradora",
            admin_login="admin",
            admin_password=ADMIN_PASSWORD,
        ),
    )


def add_group(db: Database, name: str, director_id: int | None = None) -> int:
    with unit_of_work(db, SYSTEM) as uow:
        group = AccountGroup(name=name, director_id=director_id)
        uow.session.add(group)
        uow.session.flush()
        return group.id


def set_director(db: Database, group_id: int, director_id: int) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        group = uow.session.get(AccountGroup, group_id)
        assert group is not None
        group.director_id = director_id


def add_staff(
    db: Database,
    name: str,
    role: Role,
    *,
    group_id: int | None = None,
    reports_to: int | None = None,
    title: str = "",
    active: bool = True,
) -> int:
    with unit_of_work(db, SYSTEM) as uow:
        person = Staff(
            full_name=name,
            name_key=sort_key(name),
            role=role,
            title=title or name,
            group_id=group_id,
            reports_to_id=reports_to,
            active=active,
        )
        uow.session.add(person)
        uow.session.flush()
        return person.id


def actor_for_staff(db: Database, staff_id: int) -> Actor:
    """The person as the services see them once signed in (group as `auth` derives it)."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        person = uow.session.get(Staff, staff_id)
        assert person is not None
        directs = uow.session.scalar(
            select(AccountGroup.id).where(AccountGroup.director_id == staff_id).limit(1)
        )
        return Actor(
            user_id=None,
            staff_id=person.id,
            login=sort_key(person.full_name).replace(" ", "."),
            name=person.full_name,
            role=person.role,
            group_id=person.group_id if person.group_id is not None else directs,
        )


def assign(
    db: Database, account_id: int, staff_id: int, part: AssignmentRole = AssignmentRole.EXECUTIVE
) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(AccountAssignment(account_id=account_id, staff_id=staff_id, role=part))


def add_account(
    db: Database,
    name: str,
    *,
    group_id: int | None = None,
    lead_id: int | None = None,
    **fields: Any,
) -> int:
    """An account created by the system (as an administrator would: group and lead kept)."""
    data = AccountInput(trade_name=name, group_id=group_id, lead_executive_id=lead_id, **fields)
    return create_account(db, SYSTEM, data).id


def audit_events(
    db: Database, entity: str | None = None, entity_id: int | None = None
) -> list[AuditEvent]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        stmt = select(AuditEvent).order_by(AuditEvent.id)
        if entity is not None:
            stmt = stmt.where(AuditEvent.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditEvent.entity_id == entity_id)
        return list(uow.session.scalars(stmt))


@dataclass
class Agency:
    """A small agency: two groups with their people, and accounts with awkward names."""

    db: Database
    admin: Actor
    groups: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)
    accounts: dict[str, int] = field(default_factory=dict)
    brands: dict[str, int] = field(default_factory=dict)

    def actor(self, who: str) -> Actor:
        return actor_for_staff(self.db, self.staff[who])


def small_agency(db: Database) -> Agency:
    """Gran Consumo (director Lucía, her team) and Servicios (director Andrés, one exec).

    Accounts of Gran Consumo are led by Álvaro (exec) except AT&T (Laura, junior);
    Banco Andino belongs to Servicios. Irene (assistant) and Pablo (trainee) are on the
    team of Coca-Cola only.
    """
    agency = Agency(db, set_up(db))
    g = agency.groups
    g["consumo"] = add_group(db, "Gran Consumo")
    g["servicios"] = add_group(db, "Servicios y Tecnología")
    s = agency.staff
    s["lucia"] = add_staff(
        db,
        "Lucía Fernández Ortega",
        Role.ACCOUNT_DIRECTOR,
        group_id=g["consumo"],
        title="Directora de Cuentas",
    )
    set_director(db, g["consumo"], s["lucia"])
    s["javier"] = add_staff(
        db, "Javier Núñez Calvo", Role.ACCOUNT_MANAGER, group_id=g["consumo"], reports_to=s["lucia"]
    )
    s["marta"] = add_staff(
        db,
        "Marta Peña Lozano",
        Role.ACCOUNT_SUPERVISOR,
        group_id=g["consumo"],
        reports_to=s["javier"],
    )
    s["alvaro"] = add_staff(
        db,
        "Álvaro García Rubio",
        Role.ACCOUNT_EXECUTIVE,
        group_id=g["consumo"],
        reports_to=s["marta"],
    )
    s["laura"] = add_staff(
        db,
        "Laura Velázquez Gil",
        Role.JUNIOR_ACCOUNT_EXECUTIVE,
        group_id=g["consumo"],
        reports_to=s["marta"],
    )
    s["irene"] = add_staff(
        db, "Irene Domínguez Vidal", Role.ASSISTANT, group_id=g["consumo"], reports_to=s["alvaro"]
    )
    s["pablo"] = add_staff(
        db, "Pablo Herrero Cano", Role.TRAINEE, group_id=g["consumo"], reports_to=s["alvaro"]
    )
    s["andres"] = add_staff(
        db,
        "Andrés Muñoz Beltrán",
        Role.ACCOUNT_DIRECTOR,
        group_id=g["servicios"],
        title="Director de Cuentas",
    )
    set_director(db, g["servicios"], s["andres"])
    s["raul"] = add_staff(
        db,
        "Raúl Jiménez Prieto",
        Role.ACCOUNT_EXECUTIVE,
        group_id=g["servicios"],
        reports_to=s["andres"],
    )
    s["baja"] = add_staff(
        db,
        "Sonia Baja Antigua",
        Role.ACCOUNT_EXECUTIVE,
        group_id=g["consumo"],
        reports_to=s["marta"],
        active=False,
    )

    a = agency.accounts
    consumo = {"group_id": g["consumo"]}
    a["coca"] = add_account(
        db,
        "Coca-Cola",
        lead_id=s["alvaro"],
        legal_name="Coca-Cola Europacific Partners Iberia, S.L.",
        tax_id="B86561412",
        sector="Bebidas",
        city="Madrid",
        **consumo,
    )
    a["loreal"] = add_account(
        db,
        "L'Oréal",
        lead_id=s["alvaro"],
        legal_name="L'Oréal España, S.A.",
        tax_id="A28050359",
        sector="Cosmética",
        city="Madrid",
        status=AccountStatus.PAUSED,
        **consumo,
    )
    a["att"] = add_account(
        db,
        "AT&T",
        lead_id=s["laura"],
        legal_name="AT&T Comunicaciones Digitales",
        tax_id="ACD010101AB1",
        sector="Telecomunicaciones",
        city="Ciudad de México",
        country="MX",
        **consumo,
    )
    a["garcia"] = add_account(
        db,
        "Cervezas García",
        lead_id=s["alvaro"],
        legal_name="García Hermanos, S.A.",
        tax_id="A41000001",
        sector="Bebidas",
        city="Sevilla",
        status=AccountStatus.PROSPECT,
        **consumo,
    )
    a["andino"] = add_account(
        db,
        "Banco Andino",
        lead_id=s["raul"],
        group_id=g["servicios"],
        legal_name="Banco Andino del Perú, S.A.",
        tax_id="20100047218",
        sector="Banca",
        city="Lima",
        country="PE",
    )
    for who in ("irene", "pablo"):
        assign(db, a["coca"], s[who], AssignmentRole.ASSISTANT)
    agency.brands["coca"] = save_brand(db, SYSTEM, a["coca"], "Coca-Cola Zero").id
    agency.brands["fanta"] = save_brand(db, SYSTEM, a["coca"], "Fanta").id
    return agency
