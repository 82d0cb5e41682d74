"""Who may undo an import (explore7 M4): only the person who made it, or an
administrator; a record the person cannot reach is a refusal naming it, never "already
gone"; the count says what was really removed; and each person lists only the imports
they may undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, audit_events, small_agency
from sqlalchemy import delete, func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.data_models import DataImport
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import Contact
from agencia.services.data.fields import ImportKind
from agencia.services.data.history import list_imports, may_import
from agencia.services.data.imports import run_import
from agencia.services.data.undo import undo_import


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _contacts_file(tmp_path: Path) -> Path:
    path = tmp_path / "contactos.csv"
    path.write_text(
        "Cuenta;Nombre;Apellidos;Correo\n"
        "Coca-Cola;María;Peña;maria@coca.es\n"
        "Coca-Cola;José;Núñez;jose@coca.es\n",
        encoding="utf-8",
    )
    return path


def _contacts(db: Database) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Contact)) or 0)


def _undone(db: Database, import_id: int) -> bool:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        found = uow.session.get(DataImport, import_id)
        assert found is not None
        return found.undone_at is not None


def test_someone_else_cannot_undo_an_import_and_nothing_is_marked(
    agency: Agency, tmp_path: Path
) -> None:
    a = agency
    before = _contacts(a.db)
    made = run_import(a.db, a.admin, _contacts_file(tmp_path), ImportKind.CONTACTS)
    assert made.created == 2, made.problems
    import_id = made.import_id or 0
    for who in ("pablo", "alvaro"):  # a trainee; an executive on the account's team
        with pytest.raises(PermissionDenied) as refused:
            undo_import(a.db, a.actor(who), import_id)
        assert refused.value.code == "data.undo_not_yours"
        assert "solo quien la hizo o un administrador" in str(refused.value)
    assert _contacts(a.db) == before + 2 and not _undone(a.db, import_id)
    undos = [e for e in audit_events(a.db) if e.action == AuditAction.IMPORT_UNDO]
    assert undos == []  # the trail names nobody for an undo that did not happen
    assert undo_import(a.db, a.admin, import_id).records == 2
    assert _contacts(a.db) == before and _undone(a.db, import_id)


def test_a_record_out_of_reach_is_a_refusal_and_the_count_is_what_was_removed(
    agency: Agency, tmp_path: Path
) -> None:
    a = agency
    alvaro = a.actor("alvaro")  # leads Coca-Cola: may import its contacts
    made = run_import(a.db, alvaro, _contacts_file(tmp_path), ImportKind.CONTACTS)
    assert made.created == 2, made.problems
    import_id = made.import_id or 0
    with unit_of_work(a.db, SYSTEM) as uow:  # one contact no longer reads for him
        uow.session.execute(delete(Contact).where(Contact.email == "maria@coca.es"))
    with pytest.raises(PermissionDenied) as refused:
        undo_import(a.db, alvaro, import_id)
    assert refused.value.code == "data.undo_unseen"
    assert refused.value.params["entity"] == "contact"
    assert not _undone(a.db, import_id) and _contacts(a.db) >= 1
    # the administrator sees every record: the absent one is gone, the other is removed
    assert undo_import(a.db, a.admin, import_id).records == 1
    assert _undone(a.db, import_id)


def test_each_person_lists_the_imports_they_may_undo(agency: Agency, tmp_path: Path) -> None:
    a = agency
    theirs = run_import(a.db, a.admin, _contacts_file(tmp_path), ImportKind.CONTACTS)
    assert [r.id for r in list_imports(a.db, a.actor("pablo"))] == []
    assert [r.id for r in list_imports(a.db, a.admin)] == [theirs.import_id]
    other = tmp_path / "otros.csv"
    other.write_text("Cuenta;Nombre;Apellidos\nCoca-Cola;Eva;Sanz\n", encoding="utf-8")
    mine = run_import(a.db, a.actor("alvaro"), other, ImportKind.CONTACTS)
    assert [r.id for r in list_imports(a.db, a.actor("alvaro"))] == [mine.import_id]
    assert [r.id for r in list_imports(a.db, a.admin)] == [mine.import_id, theirs.import_id]


def test_only_a_role_that_writes_records_may_import() -> None:
    assert not may_import(Role.TRAINEE) and not may_import(Role.ASSISTANT)
    assert may_import(Role.ACCOUNT_EXECUTIVE) and may_import(Role.ADMINISTRATOR)


def test_a_director_lists_her_groups_imports_and_undoes_only_her_own(
    agency: Agency, tmp_path: Path
) -> None:
    """explore8 L3: a director saw «nothing imported yet» when her manager had imported.
    She sees her group's imports (who made each), may undo none of theirs; a director of
    another group sees none of them; the administrator sees all."""
    a = agency
    javiers = run_import(a.db, a.actor("javier"), _contacts_file(tmp_path), ImportKind.CONTACTS)
    assert javiers.created == 2, javiers.problems
    listed = list_imports(a.db, a.actor("lucia"))
    assert [(r.id, r.by, r.undoable) for r in listed] == [
        (javiers.import_id, "Javier Núñez Calvo", False)
    ]
    assert list_imports(a.db, a.actor("andres")) == []  # the other group's director
    assert [r.undoable for r in list_imports(a.db, a.actor("javier"))] == [True]
    assert [r.undoable for r in list_imports(a.db, a.admin)] == [True]
    with pytest.raises(PermissionDenied):
        undo_import(a.db, a.actor("lucia"), javiers.import_id or 0)


def test_an_empty_list_never_says_nobody_imported(agency: Agency, tmp_path: Path) -> None:
    """What is said when a person sees no import: only the administrator, who sees them
    all, may be told nothing was imported."""
    from agencia.domain.messages import render
    from agencia.services.data.history import nothing_listed

    a = agency
    run_import(a.db, a.admin, _contacts_file(tmp_path), ImportKind.CONTACTS)
    said = {
        who: (render(nothing_listed(a.actor(who)), None, "es"),
              render(nothing_listed(a.actor(who)), None, "en"))
        for who in ("alvaro", "lucia")
    }  # fmt: skip
    assert said["alvaro"][0].startswith("Usted no ha hecho ninguna importación"), said
    assert said["alvaro"][1].startswith("You have not made any imports"), said
    assert said["lucia"][0].startswith("Ni usted ni nadie de su grupo ha importado nada"), said
    assert said["lucia"][1].startswith("Neither you nor anyone in your group"), said
    for es, en in said.values():
        assert "todavía" not in es and "yet" not in en
    assert render(nothing_listed(a.admin), None, "es") == "No se ha importado nada todavía."
