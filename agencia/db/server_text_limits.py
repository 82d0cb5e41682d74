"""How long a free text may be on the server, whoever writes it (PostgreSQL).

Security review 8: the `text` columns had no upper limit on the server — a person's
`psql` wrote a 50 MB account note, which every workstation then reads with the account.
The services refuse a long text before it is sent (their maxima: a brief's
`domain.briefs.TEXT_LIMITS`, a vendor's rates and notes, the agency's «about», a survey
answer's notes); the server refuses it too, at the same maxima, and every other free
text at `GENERAL_MAX`, far beyond anything typed (the services set no maximum there;
`tests/server/test_text_limits_on_server.py` lists them). A mail's text
(`communications.summary`, mail from outside) may be as long as a message the outbox
and the mail reader accept. One trigger per table, generated from the catalogue's `text`
columns (a migration's `reapply` sees the columns of its day); only a value that
changes is measured, so a row kept from before stays editable; the owner's sessions
(restore, the demo) are left alone.
"""

from __future__ import annotations

import functools

# Characters: about 50 printed pages. Free texts the services set no maximum for.
GENERAL_MAX = 100_000
# A mail's text, kept whole: the mail reader's and the outbox's limit
# (services.communications.mime.MAX_BYTES: a message of 25 MiB).
MAIL_MAX = 25 * 1024 * 1024
# A row's own search text is built from its other fields: room for several of them.
SEARCH_MAX = 4 * GENERAL_MAX
# (table, column): the services' own maximum (services.coordination.vendors,
# services.agency.profile.ABOUT_MAX, services.satisfaction.responses.NOTES_MAX; the
# tests compare them); a brief's, domain.briefs.TEXT_LIMITS (`own_maxima`).
_OWN: dict[tuple[str, str], int] = {
    ("vendors", "rates"): 4000,
    ("vendors", "notes"): 4000,
    ("agency", "about"): 2000,
    ("agency", "about_en"): 2000,
    ("survey_responses", "notes"): 2000,
    ("communications", "summary"): MAIL_MAX,
}


@functools.cache
def own_maxima() -> dict[tuple[str, str], int]:
    """Every free text with a maximum of the services' own (read once, when first asked:
    the unit of work imports this module at start-up)."""
    from agencia.domain.briefs import TEXT_LIMITS

    return {**{("briefs", field): most for field, most in TEXT_LIMITS.items()}, **_OWN}


_NOT_PEOPLES = ("alembic_version", "agencia_settings")


def text_limit(table: str, column: str) -> int:
    """The most characters a free text of `table` may hold: the server's rule, also what
    the unit of work refuses by field before a flush, on either database (db.uow)."""
    most = own_maxima().get((table, column))
    if most is not None:
        return most
    return SEARCH_MAX if column == "search_text" else GENERAL_MAX


def _caps_sql() -> str:
    rows = ", ".join(f"('{t}', '{c}', {n})" for (t, c), n in sorted(own_maxima().items()))
    return f"(VALUES {rows}) AS m(t, c, n)"


# The function's checks are built in the catalogue's loop: `format` writes each column's
# IF … END IF (its name quoted by %I, its limit a number).
_CHECK = (
    "'IF char_length(NEW.%1$I) > %2$s AND (TG_OP = ''INSERT'' OR NEW.%1$I IS DISTINCT "
    "FROM OLD.%1$I) THEN RAISE EXCEPTION ''%3$s.%1$s: at most %2$s characters'' "
    "USING ERRCODE = ''22001''; END IF;'"
)


def _apply_sql() -> str:
    return f"""
DO $limits$ DECLARE r record; BEGIN
    FOR r IN
        SELECT col.table_name AS t, string_agg(format({_CHECK}, col.column_name,
                   COALESCE(m.n, CASE WHEN col.column_name = 'search_text' THEN {SEARCH_MAX}
                                      ELSE {GENERAL_MAX} END),
                   col.table_name), E'\\n' ORDER BY col.column_name) AS checks
        FROM information_schema.columns col
        LEFT JOIN {_caps_sql()} ON m.t = col.table_name AND m.c = col.column_name
        WHERE col.table_schema = 'public' AND col.data_type = 'text'
          AND col.table_name NOT IN {_NOT_PEOPLES!r}
          AND col.table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = 'public')
        GROUP BY col.table_name
    LOOP
        EXECUTE format('CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql '
                       'SET search_path = public, pg_temp AS $f$ BEGIN '
                       'IF agencia_owner_session() THEN RETURN NEW; END IF; %s '
                       'RETURN NEW; END $f$', 'agencia_text_limits_' || r.t, r.checks);
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', r.t || '_text_limits', r.t);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION %I()', r.t || '_text_limits', r.t,
                       'agencia_text_limits_' || r.t);
    END LOOP;
END $limits$"""


def text_limit_rules() -> list[str]:
    """The triggers (idempotent), for the tables and `text` columns there are now."""
    return [_apply_sql()]


def triggers() -> tuple[tuple[str, str], ...]:
    """What a downgrade (`server_security.remove`) drops: a trigger of each table's name
    (the whole schema loaded only then: the unit of work imports this module)."""
    from agencia.db.metadata import metadata

    return tuple((t, f"{t}_text_limits") for t in sorted(metadata.tables))
