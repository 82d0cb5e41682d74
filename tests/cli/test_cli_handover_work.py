"""`staff deactivate` names the open work a person still holds, and says how much of it
moved to whoever takes over (explore7 M5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import one_line, run
from factories import small_agency

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest


def test_deactivate_names_open_requests_then_says_what_moved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    db = open_database(url)
    try:
        a = small_agency(db)
        irene, alvaro = a.staff["irene"], a.staff["alvaro"]
        with unit_of_work(db, SYSTEM) as uow:
            for subject in ("Cambiar el logo", "Factura de marzo"):
                uow.session.add(
                    ServiceRequest(
                        account_id=a.accounts["coca"], channel=Channel.PHONE,
                        kind=RequestKind.REQUEST, priority=Priority.NORMAL, subject=subject,
                        status=RequestStatus.ASSIGNED, assignee_id=irene,
                    )
                )  # fmt: skip
    finally:
        db.close()
    where = ("--db", url)
    status, _, err = run(capsys, "staff", "deactivate", str(irene), *where)
    assert status == 1
    assert "2 solicitudes de servicio abiertas" in one_line(err)
    status, out, err = run(
        capsys, "staff", "deactivate", str(irene), "--handover", str(alvaro), *where
    )
    assert (status, err) == (0, "")
    assert "Pasan a Álvaro García Rubio: 2 solicitudes de servicio abiertas." in out
