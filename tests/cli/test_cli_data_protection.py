"""`agencia contact export ID --out FILE` and `agencia contact erase ID --confirm`: an
administrator's, audited; the erasure asks for --confirm and leaves none of the contact's
values in the audit trail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import one_line, run
from sqlalchemy import select

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import AuditEvent, Contact


def _a_contact(url: str) -> tuple[int, str, str]:
    db = open_database(url)
    try:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            contact = uow.session.scalars(
                select(Contact).where(Contact.email != "").order_by(Contact.id).limit(1)
            ).one()
            return contact.id, contact.full_name, contact.email
    finally:
        db.close()


def _trail(url: str) -> str:
    db = open_database(url)
    try:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            events = uow.session.scalars(select(AuditEvent)).all()
            return json.dumps([(e.summary, e.changes) for e in events], ensure_ascii=False)
    finally:
        db.close()


def test_export_then_erase(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    contact_id, name, email = _a_contact(demo_url)
    out = tmp_path / "contacto.json"
    status, _, err = run(
        capsys, "contact", "export", str(contact_id), "--out", str(out),
        "--db", demo_url, "--user", "rosav",
    )  # fmt: skip
    assert (status, err) == (0, ""), err
    assert json.loads(out.read_text("utf-8"))["contact"]["email"] == email
    text = tmp_path / "contacto.txt"
    status, _, _ = run(
        capsys, "contact", "export", str(contact_id), "--out", str(text),
        "--db", demo_url, "--user", "rosav",
    )  # fmt: skip
    assert status == 0 and name in text.read_text("utf-8")

    status, _, err = run(
        capsys, "contact", "erase", str(contact_id), "--db", demo_url, "--user", "rosav"
    )
    assert status == 1 and "--confirm" in one_line(err)
    status, _, err = run(
        capsys, "contact", "erase", str(contact_id), "--confirm", "--db", demo_url
    )  # the demo's director is not an administrator
    assert status == 1 and "administrador" in one_line(err)
    status, _, err = run(
        capsys, "contact", "erase", str(contact_id), "--confirm",
        "--db", demo_url, "--user", "rosav",
    )  # fmt: skip
    assert (status, err) == (0, "")
    trail = _trail(demo_url)
    assert name not in trail and email not in trail
    assert f"persona suprimida #{contact_id}" in trail
