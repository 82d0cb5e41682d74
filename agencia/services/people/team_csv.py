"""Reading the agency's people from a spreadsheet saved as CSV: name, role, e-mail,
reports-to (and, optionally, group), with Spanish or English headings.

What spreadsheets save varies: UTF-8 with or without a byte-order mark, or Windows-1252
(Excel on Windows), a comma or a semicolon (the Spanish-locale Excel). Each problem names
the row as the spreadsheet shows it (the headings are row 1), so a person can find it.
Reading is plain (no database); `agencia.services.people.team_import` checks the rows
against the agency and adds them. The general import area may reuse `read_table`.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agencia.domain.enums import Role, TitleGender
from agencia.domain.errors import DomainError
from agencia.domain.text import fold

MAX_ROWS = 2000
MAX_BYTES = 5 * 1024 * 1024

# a heading, folded (lower case, no accents, no punctuation) → the column it names
HEADINGS: Mapping[str, str] = {
    **dict.fromkeys(("nombre", "nombre completo", "name", "full name"), "name"),
    **dict.fromkeys(("rol", "role", "puesto", "cargo", "position"), "role"),
    **dict.fromkeys(
        ("correo", "correo electronico", "email", "e mail", "mail"),
        "email",
    ),
    **dict.fromkeys(
        (
            "depende de",
            "responsable",
            "jefe",
            "jefa",
            "superior",
            "reports to",
            "manager",
            "boss",
        ),
        "reports_to",
    ),
    **dict.fromkeys(("grupo", "grupo de cuentas", "group", "account group"), "group"),
}
REQUIRED = ("name", "role")
COLUMN_NAMES: Mapping[str, tuple[str, str]] = {
    "name": ("nombre", "name"),
    "role": ("rol", "role"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one row (`row` as the spreadsheet numbers it)."""

    row: int
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TeamRow:
    """One person as the file gives them; `role` None when the text is not a role."""

    row: int
    name: str
    role_text: str
    role: Role | None
    gender: TitleGender
    email: str
    reports_to: str
    group: str


@dataclass(frozen=True, slots=True)
class Table:
    """A file's rows (blank ones left out) and how it was read."""

    rows: tuple[TeamRow, ...]
    encoding: str
    delimiter: str


def heading_key(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in (UTF-8 with or without BOM, UTF-16, Windows-1252):
    the one way spreadsheets' text is read (`agencia.services.text_files`)."""
    from agencia.services.text_files import decode_text

    return decode_text(data)


def delimiter_of(text: str) -> str:
    """The delimiter that splits the first lines alike (`agencia.services.text_files`)."""
    from agencia.services.text_files import detect_delimiter

    return detect_delimiter(text)


_ROLES: dict[str, tuple[Role, TitleGender]] = {}


def _roles() -> dict[str, tuple[Role, TitleGender]]:
    """Each role by its code, and by its title in Spanish and English, in either gender."""
    if not _ROLES:
        from agencia.domain.labels import role_title

        for role in Role:
            _ROLES[heading_key(role.value.replace("_", " "))] = (role, TitleGender.MASCULINE)
            for lang in ("es", "en"):
                _ROLES.setdefault(
                    heading_key(role_title(role, TitleGender.MASCULINE, lang)),
                    (role, TitleGender.MASCULINE),
                )
                _ROLES.setdefault(
                    heading_key(role_title(role, TitleGender.FEMININE, lang)),
                    (role, TitleGender.FEMININE),
                )
    return _ROLES


def parse_role(text: str) -> tuple[Role, TitleGender] | None:
    """`Ejecutiva de cuenta`, `account_executive`, `Account Executive` → the role (and the
    title's gender where the words say it)."""
    return _roles().get(heading_key(text))


def read_table(data: bytes) -> Table:
    """The file's people. Raises DomainError for a file that cannot be read at all (no
    headings, a required column missing, too many rows); a row's own problems are the
    import's to report, all at once."""
    if len(data) > MAX_BYTES:
        raise DomainError("team_csv.too_many", count=f"> {MAX_ROWS}", max=MAX_ROWS)
    text, encoding = decode(data)
    delimiter = delimiter_of(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not records or not any(cell.strip() for cell in records[0]):
        raise DomainError("team_csv.empty")
    columns: dict[str, int] = {}
    for index, heading in enumerate(records[0]):
        key = HEADINGS.get(heading_key(heading))
        if key is not None and key not in columns:
            columns[key] = index
    for needed in REQUIRED:
        if needed not in columns:
            from agencia.domain.messages import language

            es, en = COLUMN_NAMES[needed]
            raise DomainError("team_csv.missing_column", column=en if language() == "en" else es)

    def cell(record: list[str], key: str) -> str:
        index = columns.get(key)
        return record[index].strip() if index is not None and index < len(record) else ""

    rows: list[TeamRow] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue  # a blank line keeps its number, as the spreadsheet shows it
        role_text = cell(record, "role")
        found = parse_role(role_text)
        rows.append(
            TeamRow(
                row=number,
                name=" ".join(cell(record, "name").split()),
                role_text=role_text,
                role=found[0] if found else None,
                gender=found[1] if found else TitleGender.MASCULINE,
                email=cell(record, "email"),
                reports_to=cell(record, "reports_to"),
                group=cell(record, "group"),
            )
        )
    if not rows:
        raise DomainError("team_csv.empty")
    if len(rows) > MAX_ROWS:
        raise DomainError("team_csv.too_many", count=len(rows), max=MAX_ROWS)
    return Table(tuple(rows), encoding, delimiter)
