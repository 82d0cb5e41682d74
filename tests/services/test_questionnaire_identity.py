"""A returned questionnaire cannot say it is another client's, and counts once: its
identity carries a token kept in the trail when the form was made (explore7 M6)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from satisfaction_world import World, satisfaction_world

from agencia.db.database import Database
from agencia.decks.questionnaire import IDENTITY
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.services.satisfaction import questionnaire, templates

TODAY = date(2026, 11, 20)


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _set(pdf: bytes, values: dict[str, str]) -> bytes:
    """Fill fields as a PDF form editor would: a radio's name object, a text's string."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for ref in page.get("/Annots", []):
            annot = ref.get_object()
            parent = annot.get("/Parent")
            field = parent.get_object() if parent is not None else annot
            name = field.get("/T")
            if name not in values:
                continue
            if name == IDENTITY:
                field[NameObject("/V")] = TextStringObject(values[name])
                continue
            field[NameObject("/V")] = NameObject("/" + values[name])
            states = [k for k in annot["/AP"]["/N"] if k != "/Off"]
            on = NameObject("/" + values[name])
            annot[NameObject("/AS")] = on if on in states else NameObject("/Off")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _identity(pdf: bytes) -> str:
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    return str(fields[IDENTITY].get("/V"))


def _form(world: World, contact: str) -> bytes:
    five = templates.list_templates(world.db, world.admin)[0]
    return questionnaire.questionnaire_pdf(
        world.db, world.actor("exec"), five.id, world.contacts[contact]
    )


def _import(world: World, pdf: bytes) -> int:
    return questionnaire.import_questionnaire(
        world.db, world.actor("exec"), pdf, date(2026, 11, 1), today=TODAY
    ).id


def test_the_same_form_imported_twice_counts_once(world: World) -> None:
    filled = _set(_form(world, "cafe"), {"p_1_1": "4"})
    first = _import(world, filled)
    with pytest.raises(DomainError) as again:
        _import(world, filled)
    assert again.value.code == "questionnaire.already_imported"
    assert again.value.params == {"id": first}
    assert "ya importado" in render("questionnaire.already_imported", {"id": first}, "es")
    assert "already imported" in render("questionnaire.already_imported", {"id": first}, "en")
    # the same form filled in again (another file) is the same questionnaire
    with pytest.raises(DomainError):
        _import(world, _set(_form_copy(filled), {"p_1_1": "2"}))
    # a new form for the same contact (next quarter) is another questionnaire
    _import(world, _set(_form(world, "cafe"), {"p_1_1": "5"}))


def _form_copy(pdf: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_edited_identity_is_refused(world: World) -> None:
    mine = _form(world, "cafe")
    other = _form(world, "tacos")  # sent to the other client: its token is not cafe's
    template, _account, _contact, printed, token = _identity(mine).split(":")
    _, account, contact, _, other_token = _identity(other).split(":")
    forged = [
        f"{template}:{account}:{contact}:{printed}:{token}",  # answer as the other client
        f"{template}:{account}:{contact}:{printed}:{'0' * 32}",  # a made-up token
        f"{template}:{_account}:{_contact}:{printed}:{other_token}",  # a token not mine
    ]
    for identity in forged:
        edited = _set(mine, {IDENTITY: identity, "p_1_1": "1"})
        assert _identity(edited) == identity
        with pytest.raises(DomainError) as refused:
            _import(world, edited)
        assert refused.value.code == "questionnaire.forged"
    assert "no coincide" in render("questionnaire.forged", {}, "es")
    old = _set(mine, {IDENTITY: f"{template}:{account}:{contact}:{printed}"})
    with pytest.raises(DomainError) as unsigned:
        _import(world, old)
    assert unsigned.value.code == "questionnaire.unsigned"
    # the untouched forms still import, each for its own contact
    _import(world, _set(mine, {"p_1_1": "4"}))
    _import(world, _set(other, {"p_1_1": "4"}))
