"""The full export is all or nothing: a write that fails midway (a full disk) or a process
interrupted leaves nothing half-written under the name chosen, an earlier export there
stays as it was, and a folder holding other files is never written into."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest
from factories import actor_for_staff, small_agency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError, PermissionDenied
from agencia.domain.messages import render
from agencia.domain.models import Staff
from agencia.services.data import export_all as module
from agencia.services.data.export_all import export_all
from agencia.services.files import write_atomically


@pytest.fixture
def source(sqlite_db: Database) -> Database:
    small_agency(sqlite_db)
    return sqlite_db


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def fail_after(
    monkeypatch: pytest.MonkeyPatch, writes: int, error: BaseException
) -> Callable[[], int]:
    """The real writer for the first `writes` files, then `error` (the disk is full, or
    the person pressed Ctrl+C): the failure injected where the export writes."""
    done = [0]

    def writer(path: Path, data: bytes) -> Path:
        if done[0] >= writes:
            raise error
        done[0] += 1
        return write_atomically(path, data)

    monkeypatch.setattr(module, "write_atomically", writer)
    return lambda: done[0]


@pytest.mark.parametrize(
    "error",
    [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
    ids=["disk_full", "interrupted"],
)
def test_a_failure_midway_leaves_nothing_under_the_name(
    source: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    written = fail_after(monkeypatch, 5, error)
    place = tmp_path / "exportaciones"
    place.mkdir()
    target = place / "copia"
    with pytest.raises((DomainError, KeyboardInterrupt)) as failed:
        export_all(source, SYSTEM, target)
    assert written() == 5  # it did fail midway
    assert not target.exists()
    assert list(place.iterdir()) == []  # nor a hidden half beside it
    if isinstance(failed.value, DomainError):
        assert failed.value.code == "data.export_failed"
        assert str(target) in str(failed.value) and "No space left" in str(failed.value)


def test_an_earlier_export_survives_a_failed_one_and_is_replaced_by_a_good_one(
    source: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = tmp_path / "exportaciones"
    target = place / "copia"
    export_all(source, SYSTEM, target)
    (target / "stale.json").write_text("{}", encoding="utf-8")  # not in a fresh export
    before = files_of(target)
    with monkeypatch.context() as patched:
        fail_after(patched, 3, OSError(errno.ENOSPC, "No space left on device"))
        with pytest.raises(DomainError):
            export_all(source, SYSTEM, target)
    assert files_of(target) == before
    export_all(source, SYSTEM, target)
    after = files_of(target)
    assert "stale.json" not in after and after["manifest.json"] == before["manifest.json"]
    assert [p.name for p in place.iterdir()] == ["copia"]


def test_a_folder_with_other_files_is_refused_and_left_alone(
    source: Database, tmp_path: Path
) -> None:
    target = tmp_path / "Documentos"
    target.mkdir()
    (target / "carta.txt").write_text("hola", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        export_all(source, SYSTEM, target)
    assert refused.value.code == "data.export_folder_taken"
    assert files_of(target) == {"carta.txt": b"hola"}
    empty = tmp_path / "vacia"
    empty.mkdir()
    assert export_all(source, SYSTEM, empty)["accounts"] > 0
    assert (empty / "manifest.json").is_file()


def test_only_an_administrator_exports_and_is_told_so(source: Database, tmp_path: Path) -> None:
    with unit_of_work(source, SYSTEM, write=False) as uow:
        director = uow.session.scalars(
            select(Staff.id).where(Staff.role == Role.ACCOUNT_DIRECTOR)
        ).first()
    assert director is not None
    with pytest.raises(PermissionDenied) as refused:
        export_all(source, actor_for_staff(source, director), tmp_path / "c")
    assert "exportar la base de datos" in render(refused.value.code, refused.value.params, "es")
    assert "export the whole database" in render(refused.value.code, refused.value.params, "en")
    assert not (tmp_path / "c").exists()
