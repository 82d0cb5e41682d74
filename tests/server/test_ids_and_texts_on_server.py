"""Security review 8: ID sequences, a sign-in's own columns and free texts, from `psql`.

- A trainee read `accounts_id_seq`'s last value (how many accounts exist agency-wide)
  and could burn any sequence with `nextval`: no SELECT on sequences, USAGE only where
  the group may insert; a sequence used up says so in the app's words.
- A person wrote their own `users.last_sign_in` (ten days ago) and `version` (999).
- A 50 MB account note was accepted: free texts have the services' maxima on the server.
"""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db import server_text_limits
from agencia.db.uow import unit_of_work
from agencia.domain.briefs import TEXT_LIMITS
from agencia.domain.enums import CampaignKind
from agencia.domain.errors import DatabaseFailed, ValidationError
from agencia.domain.models import Account
from agencia.services.agency.profile import ABOUT_MAX
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.satisfaction.responses import NOTES_MAX


def test_a_trainee_cannot_read_how_many_ids_there_are(server_agency: ServerAgency) -> None:
    with server_agency.connect("pablo") as conn:
        for query in (
            "SELECT last_value FROM accounts_id_seq",
            "SELECT currval('accounts_id_seq')",
        ):
            with pytest.raises(
                (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectNotInPrerequisiteState)
            ):
                conn.execute(query)


def test_sequences_are_used_only_where_people_insert(server_agency: ServerAgency) -> None:
    with server_agency.owner.reader.connect() as conn:
        wrong = conn.execute(
            text(
                "SELECT s.relname, g FROM pg_class s "
                "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
                "AND d.classid = 'pg_class'::regclass "
                "JOIN pg_class t ON t.oid = d.refobjid, "
                "unnest(ARRAY['agencia_staff', 'agencia_admins']) g "
                "WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace "
                "AND (has_sequence_privilege(g, s.oid, 'SELECT') "
                "OR has_sequence_privilege(g, s.oid, 'USAGE') "
                "<> has_any_column_privilege(g, t.oid, 'INSERT'))"
            )
        ).all()
        kept = conn.execute(
            text("SELECT has_sequence_privilege('agencia_staff', 'accounts_id_seq', 'USAGE')")
        ).scalar()
    assert wrong == []
    assert kept  # people add accounts (and the import asks nextval itself)


def test_a_used_up_sequence_is_said_in_words(server_agency: ServerAgency) -> None:
    with server_agency.owner.writer.begin() as owner:
        owner.execute(text("SELECT setval('campaigns_id_seq', 2147483647)"))
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        with pytest.raises(DatabaseFailed) as failed:
            create_campaign(
                db,
                alvaro,
                CampaignInput(
                    account_id=server_agency.agency.accounts["coca"],
                    name="Sin números",
                    kind=CampaignKind.LAUNCH,
                    budget="1000",
                    start_date=date(2026, 3, 1),
                ),
            )
    finally:
        db.close()
    assert failed.value.code == "db.ids_exhausted"


def test_the_server_says_when_one_last_signed_in(server_agency: ServerAgency) -> None:
    with server_agency.connect("pablo") as conn:
        conn.execute(
            "UPDATE users SET last_sign_in = now() - interval '10 days' WHERE login = session_user"
        )
        kept = conn.execute(
            "SELECT last_sign_in > now() - interval '1 day' FROM users WHERE login = session_user"
        ).fetchone()
        assert kept == (True,)
        for version in ("version + 5", "999", "version - 1"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"UPDATE users SET version = {version} WHERE login = session_user")
        conn.execute("UPDATE users SET version = version + 1 WHERE login = session_user")


def test_a_free_text_has_a_maximum_on_the_server(server_agency: ServerAgency) -> None:
    coca = server_agency.agency.accounts["coca"]
    most = server_text_limits.GENERAL_MAX
    with server_agency.connect("alvaro") as conn:
        with pytest.raises(psycopg.errors.StringDataRightTruncation):
            conn.execute(
                "UPDATE accounts SET notes = repeat('x', %s) WHERE id = %s", (most + 1, coca)
            )
        conn.execute("UPDATE accounts SET notes = repeat('x', %s) WHERE id = %s", (most, coca))
        with pytest.raises(psycopg.errors.StringDataRightTruncation):
            conn.execute("UPDATE accounts SET notes = repeat('x', 50000000) WHERE id = %s", (coca,))


def test_a_long_text_kept_from_before_stays_editable(server_agency: ServerAgency) -> None:
    coca = server_agency.agency.accounts["coca"]
    with server_agency.owner.writer.begin() as owner:  # the owner's rows are left alone
        owner.execute(
            text("UPDATE accounts SET notes = repeat('x', :n) WHERE id = :i"),
            {"n": server_text_limits.GENERAL_MAX * 2, "i": coca},
        )
    with server_agency.connect("alvaro") as conn:
        conn.execute("UPDATE accounts SET website = 'https://coca.example' WHERE id = %s", (coca,))


def test_the_servers_maxima_are_the_services() -> None:
    own = server_text_limits.own_maxima()
    assert {f: own["briefs", f] for f in TEXT_LIMITS} == TEXT_LIMITS
    assert own["agency", "about"] == own["agency", "about_en"] == ABOUT_MAX
    assert own["survey_responses", "notes"] == NOTES_MAX


def test_the_app_says_which_field_is_too_long(server_agency: ServerAgency) -> None:
    """What the services let through (an account's notes have no maximum of theirs) is
    refused by field before the server's rule answers with an internal error."""
    db, alvaro = server_agency.signed_in("alvaro")
    most = server_text_limits.GENERAL_MAX
    try:
        with pytest.raises(ValidationError) as refused, unit_of_work(db, alvaro) as uow:
            account = uow.session.get(Account, server_agency.agency.accounts["coca"])
            assert account is not None
            account.notes = "x" * (most + 1)
    finally:
        db.close()
    assert refused.value.field_errors == {"notes": ("field.too_long", {"max": most})}
