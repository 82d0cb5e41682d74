"""The real window in its own process on a secured server: the workstation's URL has no
password, the window goes straight to the sign-in, and what is typed there connects as
that person's own role (checked in the ready window, through the app's own database)."""

from __future__ import annotations

from pathlib import Path

from server_world import ServerAgency, window_process

_CHECK = """
def on_ready(window, startup):
    with startup.db.reader.connect() as conn:
        who = conn.exec_driver_sql("SELECT session_user").scalar()
        seen = conn.exec_driver_sql("SELECT count(*) FROM accounts").scalar()
    print(f"as={who} accounts={seen} agency={startup.agency.name}", flush=True)
"""


def test_the_window_process_signs_in_as_the_person(
    server_agency: ServerAgency, tmp_path: Path
) -> None:
    with window_process(
        server_agency.url, "pablo", tmp_path, _CHECK, env={"AGENCIA_LOG": "info"}
    ) as window:
        out, err = window.communicate(timeout=120)
    assert window.returncode == 0, err
    assert "as=pablo accounts=1 agency=Agencia de Pruebas" in out
    assert "ready: pablo signed in on" in err
    assert "Traceback" not in err
