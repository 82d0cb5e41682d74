"""What a person reads of the trail about people (explore9 L6): Pablo, a trainee, in his
own psql session, read every colleague's sign-ins (who, when) and each person's and
sign-in's creation with its fields, and why each colleague is away. Those entries are
the administrator's and each person's own: Pablo reads his own sign-ins, not Laura's;
the administrator reads both; the rest of the trail he reads as before. An absence's
note is its person's and the administrator's; its dates everyone's."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import text

from agencia.services.coordination.capacity import absences_of, add_absence, remove_absence

# (his own entries, others' entries about other people) under no account
_PEOPLE = (
    "SELECT count(*) FILTER (WHERE staff_id = %(me)s), count(*) FILTER (WHERE staff_id <> %(me)s"
    " AND NOT (entity = 'staff' AND entity_id = %(me)s) AND NOT (entity = 'user' AND entity_id"
    " IN (SELECT id FROM users WHERE staff_id = %(me)s)))"
    " FROM audit_events WHERE account_id IS NULL AND entity IN ('user', 'staff')"
)


def test_a_trainee_reads_his_own_sign_ins_not_his_colleagues(
    server_agency: ServerAgency,
) -> None:
    staff = server_agency.agency.staff
    with server_agency.owner.writer.begin() as conn:  # a new sign-in's first password kept
        conn.execute(text("UPDATE users SET must_change_password = false"))
    for login in ("pablo", "laura"):
        db, _ = server_agency.signed_in(login)
        db.close()
    with server_agency.connect("pablo") as pablo:
        own, others = pablo.execute(_PEOPLE, {"me": staff["pablo"]}).fetchone() or ()
        assert own >= 1
        assert others == 0
        # the trail of his accounts is still his to read
        assert pablo.execute("SELECT count(*) FROM audit_events").fetchone() != (own,)
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        row = conn.execute(_PEOPLE, {"me": staff["pablo"]}).fetchone() or ()
        laura = conn.execute(
            "SELECT count(*) FROM audit_events WHERE entity = 'user' AND action = 'sign_in'"
            " AND staff_id = %s",
            (staff["laura"],),
        ).fetchone()
    assert row[0] == own
    assert row[1] > 0  # Laura's sign-in, the sign-ins' creation
    assert laura == (1,)


def test_an_absences_note_is_its_persons_and_the_administrators(
    server_agency: ServerAgency,
) -> None:
    """Everyone reads who is away when (planning needs it), not why."""
    staff, today = server_agency.agency.staff, date.today()
    with server_agency.owner.writer.begin() as conn:  # a new sign-in's first password kept
        conn.execute(text("UPDATE users SET must_change_password = false"))
    sessions = {}
    for login in ("pablo", "laura"):
        sessions[login] = server_agency.signed_in(login)
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        for login, note in (("pablo", "Médico"), ("laura", "Baja por maternidad")):
            db, actor = sessions[login]
            add_absence(db, actor, staff[login], today, today + timedelta(days=1), note)
        db, pablo = sessions["pablo"]
        assert [a[3] for a in absences_of(db, pablo, staff["pablo"])] == ["Médico"]
        assert [a[3] for a in absences_of(db, pablo, staff["laura"])] == [""]
        assert [a[3] for a in absences_of(admin_db, admin, staff["laura"])] == [
            "Baja por maternidad"
        ]
        with server_agency.connect("pablo") as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT note FROM absences")
            dates = conn.execute("SELECT staff_id, starts_on FROM absences").fetchall()
            assert len(dates) == 2
        mine = absences_of(db, pablo, staff["pablo"])[0][0]
        remove_absence(db, pablo, mine)
        assert absences_of(db, pablo, staff["pablo"]) == []
    finally:
        admin_db.close()
        for db, _ in sessions.values():
            db.close()
