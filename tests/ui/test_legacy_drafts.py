"""Drafts written before drafts were per person (no `person` in the file) are not lost
after upgrading (code review): they cannot say whose they are, so they are offered to
the first administrator who signs in on that database — who may see every record — and
become theirs; anyone else never sees them, and the first run's draft stays the wizard's.

The real drafts folder and a real database with its people."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from agencia.db.database import Database, open_database
from agencia.domain.enums import Role
from agencia.services.auth import actor_for
from agencia.services.first_run import FirstRun, set_up_agency
from agencia.services.people.sign_ins import add_user
from agencia.services.people.staff_edit import StaffInput, add_staff
from agencia.ui import drafts
from agencia.ui.auth.wizard_draft import EDITOR, RECORD

ADMIN = FirstRun(
    agency_name="Estudio Rojo",
    locale="es_ES",
    currency="EUR",
    admin_name="Ana Torres",
    admin_login="ana",
    admin_password="secreto-largo",
)


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Ana (administrator) and Marta (executive)."""
    opened = open_database(f"sqlite:///{tmp_path / 'agencia.sqlite3'}")
    ana = set_up_agency(opened, ADMIN)
    marta = add_staff(opened, ana, StaffInput("Marta Peña Lozano", Role.ACCOUNT_EXECUTIVE)).id
    add_user(opened, ana, "marta", marta, "clave provisional larga")
    yield opened
    drafts.sign_out(opened)
    opened.close()


def _legacy(db: Database, editor: str, record: object, content: object) -> Path:
    """A draft as the version before wrote it: the same file, no `person` in it."""
    store = drafts.DraftStore(drafts.database_key(db), drafts.default_folder())
    assert store.write(editor, record, "Cuenta Café", content, "accounts")
    path = store.path_for(editor, record)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["person"]
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_draft_from_before_drafts_were_per_person_is_offered_to_an_administrator(
    db: Database, drafts_folder: Path
) -> None:
    old = _legacy(db, "accounts.AccountPage", 7, {"name": "Café Madrid"})
    wizard = _legacy(db, EDITOR, RECORD, {"fields": {"agency_name": "Estudio Rojo"}})

    drafts.sign_in(db, actor_for(db, "marta"))  # not hers to see: it may be anyone's
    assert drafts.store_for(db).left_behind() == []
    assert old.exists() and wizard.exists()

    drafts.sign_in(db, actor_for(db, "ana"))
    store = drafts.store_for(db)
    (found,) = store.left_behind()  # the wizard's is not offered: the wizard takes it
    assert (found.editor, found.record) == ("accounts.AccountPage", "7")
    assert store.read("accounts.AccountPage", 7) == {"name": "Café Madrid"}
    assert not old.exists() and wizard.exists()  # hers now: taken back, discarded by her

    drafts.sign_in(db, actor_for(db, "marta"))
    assert drafts.store_for(db).left_behind() == []
    drafts.sign_out(db)  # the wizard's, before anyone signs in, as always
    assert drafts.store_for(db).read(EDITOR, RECORD) == {"fields": {"agency_name": "Estudio Rojo"}}
