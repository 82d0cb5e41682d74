"""Adding the team from a CSV file: the encodings and separators spreadsheets save, Spanish
and English headings, every problem with the row the spreadsheet shows, all or nothing."""

from __future__ import annotations

import pytest
from factories import actor_for_staff, set_up
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import AuditAction, Role, TitleGender
from agencia.domain.errors import DomainError, PermissionDenied
from agencia.domain.models import AccountGroup, AuditEvent, Staff
from agencia.services.people import team_csv, views
from agencia.services.people.team_import import (
    TeamImportRefused,
    add_people,
    entries_of_file,
    import_team,
    problem_text,
)

SPANISH = (
    "Nombre;Rol;Correo electrónico;Depende de;Grupo\r\n"
    "Lucía Gómez;Directora de cuentas;lucia@agencia.es;;Gran Consumo\r\n"
    "Pedro Ruiz;Supervisor de cuentas;pedro@agencia.es;Lucía Gómez;Gran Consumo\r\n"
    "Ana Sol;Ejecutiva de cuenta;ana@agencia.es;pedro@agencia.es;Gran Consumo\r\n"
    "Íñigo Peña;account_executive;inigo@agencia.es;PEDRO RUIZ;Gran Consumo\r\n"
)


def _count(db: Database, model: type) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def admin(db: Database) -> Actor:
    return set_up(db)


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")]
)
def test_a_spanish_excel_file_adds_the_whole_team(
    db: Database, admin: Actor, encoding: str, bom: bytes
) -> None:
    data = bom + SPANISH.encode(encoding)
    preview = import_team(db, admin, data, dry_run=True)
    assert preview.problems == () and [r.name for r in preview.rows][3] == "Íñigo Peña"
    assert _count(db, Staff) == 1  # the preview added nobody
    done = import_team(db, admin, data)
    assert len(done.created) == 4 and done.new_groups == ("Gran Consumo",)
    people = {r.name: r for r in views.list_staff(db, admin)}
    assert people["Lucía Gómez"].title == "Directora de cuentas"
    assert people["Ana Sol"].reports_to == "Pedro Ruiz"
    assert people["Íñigo Peña"].role is Role.ACCOUNT_EXECUTIVE
    group = views.list_groups(db, admin)[0]
    assert (group.name, group.director, group.people) == ("Gran Consumo", "Lucía Gómez", 4)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        created = uow.session.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.action == AuditAction.CREATE, AuditEvent.entity == "staff"
            )
        )
    assert created == 4  # each of the four audited


def test_english_headings_comma_and_bosses_listed_after_their_people(
    db: Database, admin: Actor
) -> None:
    data = (
        b"Full name,E-mail,Reports to,Role\n"
        b'Sam Exec,sam@agency.com,"Kim Manager",Account Executive\n'
        b"Kim Manager,kim@agency.com,,account_manager\n"
    )
    table = team_csv.read_table(data)
    assert table.delimiter == "," and table.encoding == "utf-8"
    done = import_team(db, admin, data)
    people = {r.name: r for r in views.list_staff(db, admin)}
    assert people["Sam Exec"].reports_to == "Kim Manager" and len(done.created) == 2


def test_every_problem_names_its_spreadsheet_row_and_nobody_is_added(
    db: Database, admin: Actor
) -> None:
    data = (
        "nombre;rol;correo;depende de\n"
        "Rosa Bien;Ejecutiva de cuenta;rosa@agencia.es;\n"  # row 2: fine
        "\n"  # row 3: blank, still counted
        "Jaime Mal;Becario galáctico;jaime@;Nadie Conocido\n"  # row 4
        "Ana Administradora;asistente;;\n"  # row 5: already in the agency
        "Rosa Bien;trainee;;\n"  # row 6: repeated
        "Eva Uno;Trainee;;Eva Dos\n"  # rows 7 and 8 go round in a circle
        "Eva Dos;Trainee;;Eva Uno\n"
        "Tomás Bajo;account_executive;;rosa@agencia.es\n"  # row 9: boss not above him
    ).encode()
    with pytest.raises(TeamImportRefused) as refused:
        import_team(db, admin, data)
    found = {(p.row, p.code) for p in refused.value.problems}
    assert {
        (4, "team_csv.role_unknown"),
        (4, "field.email"),
        (4, "team_csv.reports_to_unknown"),
        (5, "team_csv.exists"),
        (6, "team_csv.repeated"),
        (7, "team_csv.reports_to_cycle"),
        (8, "team_csv.reports_to_cycle"),
        (9, "staff.reports_to_rank"),
    } <= found
    assert 2 not in {p.row for p in refused.value.problems}
    assert _count(db, Staff) == 1  # all or nothing
    first = refused.value.problems[0]
    assert problem_text(first, "es").startswith("Fila 4: ")
    assert problem_text(first, "en").startswith("Row 4: ")
    assert "no se ha añadido a nadie" in str(refused.value)


def test_a_file_without_the_needed_columns_or_rows_says_so(db: Database, admin: Actor) -> None:
    with pytest.raises(DomainError) as missing:
        import_team(db, admin, b"nombre;correo\nAna;ana@x.es\n")
    assert missing.value.code == "team_csv.missing_column"
    assert missing.value.params["column"] in ("rol", "role")
    with pytest.raises(DomainError) as empty:
        import_team(db, admin, b"nombre;rol\n\n")
    assert empty.value.code == "team_csv.empty"


def test_roles_are_read_in_either_language_and_gender() -> None:
    assert team_csv.parse_role("Ejecutiva de cuenta Jr.") == (
        Role.JUNIOR_ACCOUNT_EXECUTIVE,
        TitleGender.FEMININE,
    )
    assert team_csv.parse_role("ACCOUNT DIRECTOR") == (Role.ACCOUNT_DIRECTOR, TitleGender.MASCULINE)
    assert team_csv.parse_role("administrador") is None or team_csv.parse_role("administrador") == (
        Role.ADMINISTRATOR,
        TitleGender.MASCULINE,
    )
    assert team_csv.parse_role("astronauta") is None


def test_only_an_administrator_imports(db: Database, admin: Actor) -> None:
    done = import_team(db, admin, b"nombre,rol\nLuz Dir,Directora de cuentas\n")
    director = actor_for_staff(db, done.created[0])
    with pytest.raises(PermissionDenied):
        import_team(db, director, b"nombre,rol\nOtro,trainee\n")
    assert _count(db, AccountGroup) == 0


def test_people_typed_one_by_one_go_in_together(db: Database, admin: Actor) -> None:
    entries = [
        {"name": "Lucía Gómez", "role": "Directora de cuentas", "group": "Gran Consumo"},
        {
            "name": "Ana Sol",
            "role": "Ejecutiva de cuenta",
            "reports_to": "Lucía Gómez",
            "group": "Gran Consumo",
            "email": "ana@agencia.es",
        },
        {"name": "", "role": "trainee"},
    ]
    preview = add_people(db, admin, entries, dry_run=True)
    assert [(p.row, p.code) for p in preview.problems] == [(4, "field.required")]
    done = add_people(db, admin, entries[:2])
    assert len(done.created) == 2
    ana = next(r for r in views.list_staff(db, admin) if r.name == "Ana Sol")
    assert (ana.title, ana.reports_to, ana.group) == (
        "Ejecutiva de cuenta",
        "Lucía Gómez",
        "Gran Consumo",
    )
    assert entries_of_file(b"nombre;rol\n\nLuz;trainee\n") == [
        {"row": 3, "name": "Luz", "role": "trainee", "email": "", "reports_to": "", "group": ""}
    ]
