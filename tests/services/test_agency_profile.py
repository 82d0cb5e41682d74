"""The agency's profile on both databases: anyone reads it, an administrator edits it,
audited field by field; refusals beside their fields; the logo checked with Pillow; an
existing agency keeps working after migration 0003."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest
from factories import actor_for_staff, add_group, add_staff, audit_events, set_up
from PIL import Image
from sqlalchemy import text
from sqlalchemy.engine import make_url

from agencia.db import migrate
from agencia.db.database import Database
from agencia.db.engine import make_migration_engine
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import Conflict, PermissionDenied, ValidationError
from agencia.domain.messages import render
from agencia.services import images
from agencia.services.agency import profile
from agencia.services.agency.profile import AgencyProfileInput


def _image(kind: str, size: tuple[int, int] = (120, 60), color: str = "#0B4F6C") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, kind)
    return out.getvalue()


def _input(view: profile.AgencyProfileView, **changes: Any) -> AgencyProfileInput:
    data = AgencyProfileInput(
        name=view.name,
        legal_name=view.legal_name,
        tax_id=view.tax_id,
        tagline=view.tagline,
        about=view.about,
        services=view.services,
        process=view.process,
        address=view.address,
        phone=view.phone,
        email=view.email,
        website=view.website,
        primary_color=view.primary_color,
        secondary_color=view.secondary_color,
        deck_font=view.deck_font,
        locale=view.locale,
        currency=view.currency,
        time_zone=view.time_zone,  # a new agency has its locale's country's
    )
    return replace(data, **changes)


FULL = {
    "tagline": "Ideas que mueven marcas",
    "about": "Agencia independiente: estrategia, creatividad y medios.",
    "services": ("Estrategia de marca", "Creatividad 360°", "Medios"),
    "process": (("Escuchar", "El brief en una reunión."), ("Crear", "La propuesta.")),
    "address": "Gran Vía 1, 28013 Madrid",
    "phone": "+34 91 000 00 00",
    "email": "hola@agencia.es",
    "website": "https://www.agencia.es",
    "primary_color": "#0b4f6c",
    "secondary_color": "#F18F01",
}


def test_a_new_agency_has_an_empty_profile_anyone_may_read(db: Database) -> None:
    admin = set_up(db)
    executive = actor_for_staff(db, add_staff(db, "Eva Ejecutiva", Role.ACCOUNT_EXECUTIVE))
    view = profile.get_profile(db, executive)
    assert view == profile.get_profile(db, admin)
    assert view.name == "Agencia de Pruebas"
    assert (view.tagline, view.services, view.process, view.logo) == ("", (), (), None)
    assert (view.deck_font, view.locale, view.currency) == ("Lato", "es_ES", "EUR")
    assert view.primary_color == "#1B4F9C"


def test_an_administrator_saves_the_whole_profile_audited_field_by_field(db: Database) -> None:
    admin = set_up(db)
    view = profile.get_profile(db, admin)
    logo = _image("PNG")
    saved = profile.update_profile(db, admin, _input(view, **FULL, logo=logo), view.version)
    after = profile.get_profile(db, admin)
    assert saved.version == after.version == view.version + 1
    assert after.services == FULL["services"] and after.process == FULL["process"]
    assert after.primary_color == "#0B4F6C"  # kept in capitals
    assert after.logo == logo and after.tagline == FULL["tagline"]
    [event] = [e for e in audit_events(db, "agency") if e.action is AuditAction.UPDATE]
    assert event.staff_id == admin.staff_id
    assert set(event.changes) == {*FULL, "logo"}
    assert event.changes["tagline"] == ["", FULL["tagline"]]
    assert event.changes["process"][1][0] == {
        "title": "Escuchar",
        "text": "El brief en una reunión.",
    }
    assert event.changes["logo"] == [None, f"{len(logo)} bytes"]  # never the bytes

    # nothing changed: no new version, no audit entry; the logo stays unless removed
    again = profile.update_profile(db, admin, _input(after), after.version)
    assert again.version == after.version
    assert profile.get_profile(db, admin).logo == logo
    removed = profile.update_profile(db, admin, _input(after, remove_logo=True), after.version)
    assert profile.get_profile(db, admin).logo is None and removed.version == after.version + 1
    updates = [e for e in audit_events(db, "agency") if e.action is AuditAction.UPDATE]
    assert len(updates) == 2 and updates[-1].changes == {"logo": [f"{len(logo)} bytes", None]}


def test_only_an_administrator_edits_and_a_stale_save_is_refused(db: Database) -> None:
    admin = set_up(db)
    group = add_group(db, "Grupo")
    director = actor_for_staff(
        db, add_staff(db, "Dora Directora", Role.ACCOUNT_DIRECTOR, group_id=group)
    )
    view = profile.get_profile(db, admin)
    with pytest.raises(PermissionDenied):
        profile.update_profile(db, director, _input(view, tagline="Nuestra"), view.version)
    profile.update_profile(db, admin, _input(view, tagline="Primera"), view.version)
    with pytest.raises(Conflict):
        profile.update_profile(db, admin, _input(view, tagline="Segunda"), view.version)
    assert profile.get_profile(db, admin).tagline == "Primera"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "  ", "field.required"),
        ("primary_color", "azul", "field.color"),
        ("secondary_color", "#12345", "field.color"),
        ("email", "hola@", "field.email"),
        ("website", "no es una web", "field.website"),
        ("phone", "llámenos", "field.phone"),
        ("locale", "castellano", "field.locale"),
        ("locale", "xx_YY", "field.locale"),
        ("currency", "EURO", "field.currency"),
        ("currency", "XYZ", "field.currency"),
        ("deck_font", "Comic Sans", "field.choice"),
        ("tagline", "x" * 201, "field.too_long"),
        ("services", tuple(f"Servicio {n}" for n in range(13)), "field.too_many"),
        ("services", ("x" * 121,), "field.line_too_long"),
        ("process", (("", "Sin título"),), "field.step_title"),
        ("process", tuple((f"Paso {n}", "") for n in range(9)), "field.too_many"),
    ],
)
def test_refusals_sit_beside_their_field(
    sqlite_db: Database, field: str, value: object, code: str
) -> None:
    admin = set_up(sqlite_db)
    view = profile.get_profile(sqlite_db, admin)
    with pytest.raises(ValidationError) as refused:
        profile.update_profile(sqlite_db, admin, _input(view, **{field: value}), view.version)
    assert refused.value.field_errors[field][0] == code
    message = render(*refused.value.field_errors[field], lang="es")
    assert message and "{" not in message
    assert profile.get_profile(sqlite_db, admin).version == view.version


def test_a_website_without_scheme_and_a_plain_locale_are_fine(sqlite_db: Database) -> None:
    admin = set_up(sqlite_db)
    view = profile.get_profile(sqlite_db, admin)
    data = _input(view, website="www.agencia.com.mx", locale="es_MX", currency="mxn")
    profile.update_profile(sqlite_db, admin, data, view.version)
    after = profile.get_profile(sqlite_db, admin)
    assert (after.website, after.locale, after.currency) == ("www.agencia.com.mx", "es_MX", "MXN")


def _refused_logo(data: bytes) -> str:
    with pytest.raises(ValidationError) as refused:
        images.check_image(data)
    return refused.value.field_errors["logo"][0]


def test_the_logo_is_a_png_or_jpeg_of_reasonable_size() -> None:
    assert images.check_image(_image("PNG")) == "image/png"
    assert images.check_image(_image("JPEG")) == "image/jpeg"
    assert _refused_logo(_image("GIF")) == "field.image_kind"
    assert _refused_logo(_image("BMP")) == "field.image_kind"
    assert _refused_logo(b"%PDF-1.7 not an image") == "field.image_kind"
    assert _refused_logo(_image("PNG")[:60]) == "field.image_damaged"
    assert _refused_logo(_image("PNG", (5000, 20))) == "field.image_pixels"
    assert _refused_logo(_image("PNG", (8, 8))) == "field.image_pixels"
    noise = Image.frombytes("RGB", (1000, 1000), bytes(range(256)) * 11719 + bytes(36))
    big = io.BytesIO()
    noise.save(big, "PNG", compress_level=0)
    assert len(big.getvalue()) > images.LOGO_MAX_BYTES
    assert _refused_logo(big.getvalue()) == "field.image_too_large"


def test_a_refused_logo_leaves_the_profile_as_it_was(sqlite_db: Database) -> None:
    admin = set_up(sqlite_db)
    view = profile.get_profile(sqlite_db, admin)
    with pytest.raises(ValidationError) as refused:
        profile.update_profile(
            sqlite_db, admin, _input(view, tagline="Nueva", logo=_image("GIF")), view.version
        )
    assert set(refused.value.field_errors) == {"logo"}
    assert profile.get_profile(sqlite_db, admin).tagline == ""


def test_services_and_process_as_plain_text() -> None:
    text_ = "Estrategia\n\n  Medios  \n"
    assert profile.services_from_text(text_) == ("Estrategia", "Medios")
    assert profile.services_as_text(("Estrategia", "Medios")) == "Estrategia\nMedios"
    steps = profile.process_from_text("Escuchar: el brief: y sus dudas\nCrear\n\n")
    assert steps == (("Escuchar", "el brief: y sus dudas"), ("Crear", ""))
    assert profile.process_from_text(profile.process_as_text(steps)) == steps


@pytest.mark.parametrize("blank_url", ["sqlite", "postgresql"], indirect=True)
def test_an_agency_made_before_0003_gets_an_empty_deck_profile(blank_url: str) -> None:
    engine = make_migration_engine(make_url(blank_url))
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn, "0002")
            conn.execute(
                text(
                    "INSERT INTO agency (name, legal_name, tax_id, locale, currency, about, "
                    "address, phone, email, website, primary_color, secondary_color, "
                    "approval_threshold, manager_approval_threshold, is_demo, created_at, "
                    "version) VALUES ('Vieja', '', '', 'es_ES', 'EUR', '', '', '', '', '', "
                    "'#111111', '#222222', 1, 2, false, CURRENT_TIMESTAMP, 1)"
                )
            )
            conn.commit()
            migrate.upgrade(conn)
            row = conn.execute(
                text("SELECT tagline, services, process, deck_font FROM agency")
            ).one()
            conn.rollback()
    finally:
        engine.dispose()
    assert row[0] == "" and row[1] == "" and row[3] == "Lato"
    assert row[2] in ([], "[]")
