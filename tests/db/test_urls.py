"""Database URLs: a mistyped one is refused without creating anything, and a password
never reaches a message."""

from __future__ import annotations

from pathlib import Path

import pytest

from agencia.db.urls import resolve
from agencia.domain.errors import DatabaseRefused
from agencia.domain.messages import render


@pytest.mark.parametrize(
    "raw",
    [
        "postgresql+psycopg:/ana:s3cr3t-pw@dbserver/agencia",  # one slash
        "postgresql+psycopg//ana:s3cr3t-pw@dbserver/agencia",  # no colon
        "postgres ql://ana:s3cr3t-pw@dbserver/agencia",
        "mysql://ana:s3cr3t-pw@dbserver/agencia",
        "postgresql+psycopg://ana:s3cr3t-pw@dbserver:notaport/agencia",
    ],
)
def test_a_mistyped_server_url_is_refused_without_its_password(
    raw: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseRefused) as refused:
        resolve(raw)
    message = render(refused.value.code, refused.value.params)
    assert "s3cr3t-pw" not in message and "s3cr3t-pw" not in str(refused.value)
    assert "***" in message or "ana" not in message
    assert list(tmp_path.iterdir()) == []  # no folder named after the password


def test_plain_paths_and_good_urls_still_open(tmp_path: Path) -> None:
    assert resolve(str(tmp_path / "a.sqlite3")).database == str(tmp_path / "a.sqlite3")
    assert resolve("sqlite:///" + str(tmp_path / "b.sqlite3")).get_backend_name() == "sqlite"
    url = resolve("postgresql://ana:pw@dbserver/agencia")
    assert url.drivername == "postgresql+psycopg" and url.password == "pw"
