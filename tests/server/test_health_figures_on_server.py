"""An account's kept health tells the client's satisfaction as the answers give it
(migration 0029): Coca-Cola's client scored the agency 4 of 5 last quarter and 2 this
one; Álvaro, its lead, records the answers in the window (the day's health is kept with
them), then in his own psql session rewrites the day's row — «healthy», nothing
measured, a reason of his own — and the server refuses each; the figure the services
computed goes in again."""

from __future__ import annotations

import json
from datetime import date

import psycopg
from server_world import ServerAgency
from sqlalchemy import text

from agencia.domain.labels import label
from agencia.domain.satisfaction_enums import Dimension
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.satisfaction import templates
from agencia.services.satisfaction.health_history import record_health
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput, record_response

_TODAY = "(clock_timestamp() AT TIME ZONE 'UTC')::date"


def _answers(server_agency: ServerAgency) -> dict[str, object]:
    """Two responses to the shipped five-indicator survey, a quarter apart; what the
    services kept of today's health then."""
    coca = server_agency.agency.accounts["coca"]
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        survey = next(
            t for t in templates.list_templates(db, alvaro) if t.shipped == "five_indicators"
        )
        contact = save_contact(db, alvaro, coca, ContactInput("Ana Ruiz")).id
        for on, perceived in ((date(2026, 8, 14), 4), (date(2026, 11, 20), 2)):
            answers = tuple(AnswerInput(d, q, 4, perceived) for d in range(1, 6) for q in (1, 2))
            record_response(db, alvaro, ResponseInput(survey.id, coca, contact, on, answers))
    finally:
        db.close()
    with server_agency.owner.reader.connect() as conn:
        row = conn.execute(
            text(
                "SELECT score, band, satisfaction, reasons::text FROM account_health_history"
                f" WHERE account_id = :a AND computed_on = {_TODAY}"
            ),
            {"a": coca},
        ).one()
    return {"score": row[0], "band": row[1], "satisfaction": row[2], "reasons": row[3]}


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


def _fell(dimension: str, fall: float = 2.0) -> list[object]:
    return ["health.fell", {"dimension": dimension, "fall": fall}]


def test_today_s_health_tells_the_client_s_satisfaction(server_agency: ServerAgency) -> None:
    coca = server_agency.agency.accounts["coca"]
    kept = _answers(server_agency)
    assert kept["band"] == "at_risk" and float(str(kept["satisfaction"])) == 2.0
    reasons = json.loads(str(kept["reasons"]))
    low = ["health.low_satisfaction", {"score": 2.0}]
    assert low in reasons and sum(r[0] == "health.fell" for r in reasons) == 5
    falls = [r for r in reasons if r[0] == "health.fell"]
    with server_agency.connect("alvaro") as conn:
        # healthy, nothing measured of satisfaction
        assert not _taken(conn, coca, score=90, band="healthy", satisfaction=None, reasons="[]")
        # healthy with the client's 2 of 5; or a better satisfaction than the answers'
        assert not _taken(conn, coca, score=90, band="healthy", satisfaction=2.0)
        assert not _taken(conn, coca, score=90, band="healthy", satisfaction=4.5)
        # «nothing known» of an account whose client answered
        nothing = json.dumps([["health.nothing_known", {}]])
        assert not _taken(conn, coca, score=None, band=None, satisfaction=None, reasons=nothing)
        # at risk, but the low score and the falls left unsaid, or said otherwise
        for said in (
            [],
            [low],
            [["health.low_satisfaction", {"score": 4.0}], *falls],
            [low, *falls[:4], _fell("El director no contesta")],
            [low, *falls, ["health.ceo_angry", {}]],
            [low, *falls, ["health.sla_breaches", {"n": "muchos"}]],
        ):
            assert not _taken(conn, coca, reasons=json.dumps(said))
        for shapeless in ("Todo bien", [["health.low_satisfaction"]], [low, *falls, "ok"]):
            assert not _taken(conn, coca, reasons=json.dumps(shapeless))
        # what the answers show, in the window's other language too: taken
        english = {label(d, "es"): label(d, "en") for d in Dimension}
        said = [low, *(_fell(english[r[1]["dimension"]], r[1]["fall"]) for r in falls)]
        assert _taken(conn, coca, score=35, reasons=json.dumps(said))
    db, alvaro = server_agency.signed_in("alvaro")
    try:  # the services' own computation goes in again
        assert record_health(db, alvaro, date.today()) >= 1
    finally:
        db.close()
    assert _answers_kept(server_agency, coca) == (kept["score"], kept["band"])


def _answers_kept(server_agency: ServerAgency, coca: int) -> tuple[object, object]:
    with server_agency.owner.reader.connect() as conn:
        row = conn.execute(
            text(
                "SELECT score, band FROM account_health_history"
                f" WHERE account_id = :a AND computed_on = {_TODAY}"
            ),
            {"a": coca},
        ).one()
    return row[0], row[1]


def test_a_fair_client_s_row_is_kept_with_its_reason(server_agency: ServerAgency) -> None:
    """A neutral client (3 of 5 everywhere) is «En observación» with «satisfacción solo
    regular» as its reason: the server knew no such code and refused the row."""
    coca = server_agency.agency.accounts["coca"]
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        survey = next(
            t for t in templates.list_templates(db, alvaro) if t.shipped == "five_indicators"
        )
        contact = save_contact(db, alvaro, coca, ContactInput("Ana Ruiz")).id
        answers = tuple(AnswerInput(d, q, 3, 3) for d in range(1, 6) for q in (1, 2))
        on = date.today()
        record_response(db, alvaro, ResponseInput(survey.id, coca, contact, on, answers))
        assert record_health(db, alvaro, on) >= 1
    finally:
        db.close()
    with server_agency.owner.reader.connect() as conn:
        reasons = conn.execute(
            text(
                "SELECT reasons::text FROM account_health_history"
                f" WHERE account_id = :a AND computed_on = {_TODAY}"
            ),
            {"a": coca},
        ).scalar_one()
    assert ["health.fair_satisfaction", {"score": 3.0}] in json.loads(str(reasons))
