"""«Satisfacción solo regular» is kept as the answers give it: Coca-Cola's client scored
the agency 3 of 5 everywhere today, so the account is «En observación» with that reason;
Álvaro, its lead, rewrites the day's row in his own psql session — the reason with a 4,8,
the same row called «Sana», and (once a second answer of 2 brings the score to 2,5) a
«solo regular» beside the low score — and the server refuses each; the row as the
services computed it goes in again."""

from __future__ import annotations

import json
from datetime import date

import psycopg
from server_world import ServerAgency
from sqlalchemy import text

from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.satisfaction import templates
from agencia.services.satisfaction.health_history import record_health
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput, record_response

_TODAY = "(clock_timestamp() AT TIME ZONE 'UTC')::date"


def _answer(server_agency: ServerAgency, perceived: int) -> None:
    """One response to the shipped five-indicator survey today, every answer `perceived`;
    the day's health is kept again."""
    coca = server_agency.agency.accounts["coca"]
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        survey = next(
            t for t in templates.list_templates(db, alvaro) if t.shipped == "five_indicators"
        )
        contact = save_contact(db, alvaro, coca, ContactInput(f"Ana Ruiz {perceived}")).id
        answers = tuple(AnswerInput(d, q, 3, perceived) for d in range(1, 6) for q in (1, 2))
        record_response(db, alvaro, ResponseInput(survey.id, coca, contact, date.today(), answers))
        record_health(db, alvaro, date.today())
    finally:
        db.close()


def _kept(server_agency: ServerAgency) -> tuple[object, object, list[object]]:
    with server_agency.owner.reader.connect() as conn:
        row = conn.execute(
            text(
                "SELECT band, satisfaction, reasons::text FROM account_health_history"
                f" WHERE account_id = :a AND computed_on = {_TODAY}"
            ),
            {"a": server_agency.agency.accounts["coca"]},
        ).one()
    return row[0], row[1], json.loads(str(row[2]))


def _taken(conn: psycopg.Connection, coca: int, **row: object) -> bool:
    """Whether today's row of the account is rewritten so."""
    sets = ", ".join(f"{k} = %({k})s" for k in row)
    try:
        done = conn.execute(
            f"UPDATE account_health_history SET {sets}"
            f" WHERE account_id = %(a)s AND computed_on = {_TODAY}",
            {**row, "a": coca},
        )
        return done.rowcount == 1
    except psycopg.errors.InsufficientPrivilege:
        return False


def _fair(score: float) -> list[object]:
    return ["health.fair_satisfaction", {"score": score}]


def test_a_fair_satisfaction_is_the_answers_score(server_agency: ServerAgency) -> None:
    coca = server_agency.agency.accounts["coca"]
    _answer(server_agency, 3)
    band, satisfaction, reasons = _kept(server_agency)
    assert band == "watch" and float(str(satisfaction)) == 3.0 and _fair(3.0) in reasons
    with server_agency.connect("alvaro") as conn:
        # the client's 3 told as 4,8 (or 3,5)
        assert not _taken(conn, coca, reasons=json.dumps([_fair(4.8)]))
        assert not _taken(conn, coca, reasons=json.dumps([_fair(3.5)]))
        # said twice
        assert not _taken(conn, coca, reasons=json.dumps([_fair(3.0), _fair(3.0)]))
        # a «Sana» row with «solo regular» as its reason
        assert not _taken(conn, coca, score=72, band="healthy", reasons=json.dumps([_fair(3.0)]))
        # as the answers give it: taken
        assert _taken(conn, coca, score=52, band="watch", reasons=json.dumps([_fair(3.0)]))
    # a second answer of 2 today: 2,5 — a low score, not a fair one
    _answer(server_agency, 2)
    band, satisfaction, reasons = _kept(server_agency)
    low = ["health.low_satisfaction", {"score": 2.5}]
    assert float(str(satisfaction)) == 2.5 and low in reasons
    with server_agency.connect("alvaro") as conn:
        assert not _taken(conn, coca, reasons=json.dumps([low, _fair(2.5)]))
        assert _taken(conn, coca, reasons=json.dumps([low]))
    db, alvaro = server_agency.signed_in("alvaro")
    try:  # the services' own computation goes in again
        assert record_health(db, alvaro, date.today()) >= 1
    finally:
        db.close()
    assert _kept(server_agency) == (band, satisfaction, reasons)


def test_no_answers_no_fair_satisfaction(server_agency: ServerAgency) -> None:
    """Another account Álvaro sees, whose client never answered: its kept row may not
    call the client «solo regular»."""
    _answer(server_agency, 3)  # the day's health kept for every account Álvaro sees
    with server_agency.owner.reader.connect() as conn:
        other, band, reasons = conn.execute(
            text(
                "SELECT account_id, band, reasons::text FROM account_health_history"
                f" WHERE account_id <> :a AND computed_on = {_TODAY} ORDER BY account_id"
            ),
            {"a": server_agency.agency.accounts["coca"]},
        ).first() or (None, None, None)
    assert other is not None and "fair_satisfaction" not in str(reasons)
    with server_agency.connect("alvaro") as conn:
        assert not _taken(conn, other, reasons=json.dumps([_fair(3.0)]))
        assert _taken(conn, other, band=band, reasons=reasons)
