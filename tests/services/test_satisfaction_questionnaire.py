"""The fillable PDF questionnaire round trip on both databases: made for a contact, its
fields filled with a PDF library as a client would, imported, compared; a form for
another contact or another version of the survey is refused."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from satisfaction_world import World, satisfaction_world

from agencia.db.database import Database
from agencia.decks.questionnaire import IDENTITY
from agencia.domain.errors import DomainError
from agencia.domain.survey_templates import DimensionDef, TemplateDef
from agencia.services.satisfaction import questionnaire, results, templates

TODAY = date(2026, 11, 20)


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _fill(pdf: bytes, values: dict[str, str]) -> bytes:
    """Tick the boxes as a PDF reader would: each radio group's value and its kids' state."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for ref in page.get("/Annots", []):
            annot = ref.get_object()
            parent = annot.get("/Parent")
            field = parent.get_object() if parent is not None else annot
            name = field.get("/T")
            if name not in values:
                continue
            field[NameObject("/V")] = NameObject("/" + values[name])
            states = [k for k in annot["/AP"]["/N"] if k != "/Off"]
            on = NameObject("/" + values[name])
            annot[NameObject("/AS")] = on if on in states else NameObject("/Off")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_filled_questionnaire_becomes_the_response(world: World) -> None:
    five = templates.list_templates(world.db, world.admin)[0]
    exec_ = world.actor("exec")
    pdf = questionnaire.questionnaire_pdf(world.db, exec_, five.id, world.contacts["cafe"])
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert "Cinco indicadores de calidad" in text and "1 Pésimo" in text
    fields = reader.get_fields() or {}
    assert {"e_1_1", "p_5_2", "i_5", IDENTITY} <= set(fields)
    filled = _fill(pdf, {"e_5_1": "5", "p_5_1": "3", "e_5_2": "4", "p_5_2": "4", "i_5": "5",
                         "p_1_1": "2"})  # fmt: skip
    saved = questionnaire.import_questionnaire(world.db, exec_, filled, date(2026, 11, 1),
                                               today=TODAY)  # fmt: skip
    assert saved.warnings == (("response.incomplete", {"answered": 3, "total": 10}),)
    found = results.satisfaction_results(world.db, exec_)
    by = {d.dimension: d for d in found.dimensions}
    assert by["Empatía"].score == 3.5 and by["Empatía"].gap == -1
    assert by["Empatía"].weighted_gap == -1  # importance 5 of 5
    assert by["Tangibles"].score == 2 and by["Tangibles"].gap is None
    with pytest.raises(DomainError) as other:
        questionnaire.import_questionnaire(
            world.db, exec_, filled, TODAY, contact_id=world.contacts["tacos"], today=TODAY
        )
    assert other.value.code == "questionnaire.other_contact"


def test_a_form_for_an_edited_survey_is_refused(world: World) -> None:
    five = templates.list_templates(world.db, world.admin)[0]
    mine_id = templates.copy_template(world.db, world.actor("director"), five.id, "Mía").id
    pdf = questionnaire.questionnaire_pdf(
        world.db, world.actor("exec"), mine_id, world.contacts["tacos"]
    )
    templates.update_template(
        world.db,
        world.actor("director"),
        mine_id,
        TemplateDef("Mía", (DimensionDef("Solo una", ("¿Bien?",)),)),
    )
    filled = _fill(pdf, {"p_1_1": "4"})
    with pytest.raises(DomainError) as refused:
        questionnaire.import_questionnaire(
            world.db, world.actor("exec"), filled, TODAY, today=TODAY
        )
    assert refused.value.code == "questionnaire.other_survey"
    with pytest.raises(DomainError) as foreign:
        questionnaire.import_questionnaire(
            world.db, world.actor("exec"), b"%PDF-1.4\n%%EOF", TODAY, today=TODAY
        )
    assert foreign.value.code in {"questionnaire.not_ours", "questionnaire.unreadable"}
