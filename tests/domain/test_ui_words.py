"""The words UI.md fixes: the service request kinds (Solicitud / Incidencia / Reclamación;
Request / Incident / Complaint) on both sides of the Atlantic, and a default job title in
the reader's language (an English window read «Directora de cuentas»)."""

from __future__ import annotations

from agencia.domain.enums import Role, TitleGender
from agencia.domain.labels import label, title_shown
from agencia.domain.service_enums import RequestKind


def test_request_kinds_read_as_ui_md_says() -> None:
    for latam in (False, True):
        assert label(RequestKind.REQUEST, "es", latam=latam) == "Solicitud"
        assert label(RequestKind.INCIDENT, "es", latam=latam) == "Incidencia"
        assert label(RequestKind.COMPLAINT, "es", latam=latam) == "Reclamación"
    english = [label(k, "en") for k in RequestKind]
    assert english[:3] == ["Incident", "Request", "Complaint"]


def test_a_default_title_reads_in_the_reader_s_language() -> None:
    director, jr = Role.ACCOUNT_DIRECTOR, Role.JUNIOR_ACCOUNT_EXECUTIVE
    she, he = TitleGender.FEMININE, TitleGender.MASCULINE
    assert title_shown("Directora de cuentas", director, she, "en") == "Account Director"
    assert title_shown("Ejecutivo de cuenta Jr.", jr, he, "en") == "Junior Account Executive"
    assert title_shown("Administrador", Role.ADMINISTRATOR, he, "en") == "Administrator"
    assert title_shown("Account Director", director, she, "es") == "Directora de cuentas"
    assert title_shown("", director, she, "en") == "Account Director"
    # the agency's own title stays as typed, in any language
    assert title_shown("Directora de Innovación", director, she, "en") == "Directora de Innovación"
