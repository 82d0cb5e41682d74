"""A returned questionnaire with a value off the scale is refused naming the question as
the form prints it («1.1 «…»»), never by the code's field name (answer.1.1)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from satisfaction_world import World, satisfaction_world

from agencia.db.database import Database
from agencia.domain.errors import DomainError
from agencia.domain.messages import language, set_language
from agencia.domain.survey_templates import shipped
from agencia.services.satisfaction import questionnaire, templates

TODAY = date(2026, 11, 20)


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _fill(pdf: bytes, values: dict[str, str]) -> bytes:
    """Set the fields' values as an edited PDF would (any value, on the scale or not)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for ref in page.get("/Annots", []):
            annot = ref.get_object()
            parent = annot.get("/Parent")
            field = parent.get_object() if parent is not None else annot
            if field.get("/T") in values:
                field[NameObject("/V")] = NameObject("/" + values[field["/T"]])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_out_of_scale_answer_is_refused_by_the_question_s_words(world: World) -> None:
    five = templates.list_templates(world.db, world.admin)[0]
    exec_ = world.actor("exec")
    pdf = questionnaire.questionnaire_pdf(world.db, exec_, five.id, world.contacts["cafe"])
    filled = _fill(pdf, {"p_1_1": "9", "e_1_1": "3", "i_2": "7"})
    was = language()
    said = {}
    try:
        for lang in ("es", "en"):
            set_language(lang)
            with pytest.raises(DomainError) as refused:
                questionnaire.import_questionnaire(world.db, exec_, filled, TODAY, today=TODAY)
            assert refused.value.code == "questionnaire.bad_answers"
            said[lang] = str(refused.value)
    finally:
        set_language(was)
    first = shipped("es")[0].dimensions  # the client's form is in Spanish (Café Madrid)
    assert "answer." not in said["es"] and "importance." not in said["es"]
    assert f"1.1 «{first[0].questions[0]}»: «9» no está en la escala de 1 a 5" in said["es"]
    assert f"2. «{first[1].name}» (Importancia): «7» no está en la escala" in said["es"]
    assert "answer." not in said["en"] and "(Importance)" in said["en"]
    assert "Ask the client to correct it" in said["en"]
