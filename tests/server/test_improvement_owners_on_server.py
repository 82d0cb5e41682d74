"""explore9 M7: whose an improvement action is, held by the server as by the services
(improvement_owners.may_own). Álvaro manages Coca-Cola's improvements; in his own psql
session he may not give one to someone «de baja», to a trainee whose role manages none,
nor to Raúl of another group, who could neither see nor close it; nor may the
administrator hand one to Raúl. To Marta (Gran Consumo's supervisor) it goes."""

from __future__ import annotations

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import text

_OPEN = (
    "INSERT INTO improvement_actions (account_id, dimension, title, owner_id, opened_on,"
    " due_on, status, opened_gap, version, created_at) VALUES (%s, 'Tiempo de respuesta',"
    " 'Llamar cada semana', %s, current_date, current_date + 14, 'open', 1.5, 1, now())"
    " RETURNING id"
)


def _owners(server_agency: ServerAgency) -> list[int]:
    with server_agency.owner.reader.connect() as conn:
        sql = "SELECT owner_id FROM improvement_actions ORDER BY id"
        return list(conn.execute(text(sql)).scalars())


def test_an_improvement_action_goes_only_to_whoever_may_own_it(
    server_agency: ServerAgency,
) -> None:
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    refused = psycopg.errors.InsufficientPrivilege
    with server_agency.connect("alvaro") as conn:
        for who, account in (("baja", coca), ("pablo", coca), ("raul", coca), ("pablo", None)):
            with pytest.raises(refused), conn.transaction():
                conn.execute(_OPEN, (account, staff[who]))
        with conn.transaction():
            row = conn.execute(_OPEN, (coca, staff["marta"])).fetchone()
            conn.execute(_OPEN, (None, staff["marta"]))  # the agency's own
    assert row is not None
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        handover = "UPDATE improvement_actions SET owner_id = %s WHERE id = %s"
        for who in ("raul", "baja"):
            with pytest.raises(refused), conn.transaction():
                conn.execute(handover, (staff[who], row[0]))
        with conn.transaction():
            conn.execute(handover, (staff["alvaro"], row[0]))
    assert _owners(server_agency) == [staff["alvaro"], staff["marta"]]
