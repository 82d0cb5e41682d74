"""`agencia deck agency --lang en` says on stderr which of the agency's texts are not
written in English yet (the deck is still made); nothing when they all are."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import run
from sqlalchemy import update

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import Agency


def test_an_english_deck_names_the_texts_missing_in_english(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "credentials.pdf"
    argv = ("deck", "agency", "--lang", "en", "--out", str(target), "--db", demo_url)
    status, _out, err = run(capsys, *argv)
    assert (status, err) == (0, "")  # the demo agency wrote every text in English
    db = open_database(demo_url)
    try:
        with unit_of_work(db, SYSTEM) as uow:
            uow.session.execute(update(Agency).values(tagline_en="", services_en=""))
    finally:
        db.close()
    status, _out, err = run(capsys, *argv)
    assert status == 0 and target.read_bytes().startswith(b"%PDF-")
    assert err.strip().startswith("Falta en inglés: el lema, los servicios.")
    status, _out, err = run(capsys, *argv[:2], "--lang", "es", *argv[4:])
    assert (status, err) == (0, "")  # a Spanish deck misses nothing
