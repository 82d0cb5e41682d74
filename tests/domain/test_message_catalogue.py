"""The catalogue of messages for people: every code a service raises can be rendered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agencia.domain import messages
from agencia.domain.enums import Role
from agencia.domain.errors import ValidationError
from agencia.domain.permissions import Action

PACKAGE = Path(messages.__file__).resolve().parents[1]
# Where codes are raised or handed out: every layer below the GUI, area packages included.
LAYERS = ("services", "db", "domain", "decks", "cli", "demo")


def _raised_codes() -> set[str]:
    found: set[str] = set()
    pattern = re.compile(
        r"(?:NotFound|DomainError|PermissionDenied|Conflict|DatabaseRefused)\(\s*\"([a-z_.]+)\""
    )
    pair = re.compile(r"[(\s]\"([a-z_]+\.[a-z_.]+)\",\s*\{")  # ("code", {params}), return "code", {
    for layer in LAYERS:
        for path in (PACKAGE / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            found.update(pattern.findall(text))
            found.update(pair.findall(text))
    assert {"review.new_proposal", "db.stale_wal"} <= found  # area packages are scanned
    return found


def test_every_code_a_service_raises_has_a_sentence() -> None:
    missing = _raised_codes() - messages.known_codes()
    assert not missing, f"add these to agencia/domain/messages.py: {sorted(missing)}"


# the data area's parameters: where a problem is, what the file held, what was written
_DATA_NUMBERS = ("row", "line", "offset", "mb", "done", "total", "created", "updated",
                 "skipped", "rejected", "records", "record", "by_id",
                 "length", "most")  # fmt: skip
_DATA_WORDS = (
    "by",  # what blocks an undo («la solicitud 12»)
    "column",
    "sheet",
    "sheets",
    "headers",
    "field",
    "entity",
    "sha256",
    "table",
    "tables",
    "file",
    "schema",
    "ours",
    "command",  # restore: the command that sets the administrator's password
    "target_file",  # restore: the file a reference points into
)


@pytest.mark.parametrize("code", sorted(messages.known_codes()))
def test_every_message_renders_in_both_languages(code: str) -> None:
    params = {
        "name": "X",
        "id": 1,
        "max": 2,
        "min": 3,
        "value": "v",
        "fields": "a",
        "role": "trainee",
        "action": "see_accounts",
        "login": "l",
        "path": "p",
        "detail": "d",
        "revision": "r",
        "fs": "nfs",
        "pid": 9,
        "url": "u",
        "missing": 4096,
        "number": 2,
        "source": "brief",
        "target": "live",
        "request_source": "assigned",  # service: a request's move refused
        "request_target": "closed",
        "status": "completed",
        "what": "results",
        "size": "51.0",
        "code": "C2026-0001",
        "date": "2026-11-30",
        "decision": "Aprobado",
        "chars": "漢",
        "text": "t",
        "why": "w",
        "approved": 1,
        "wal": "p-wal",
        "shm": "p-shm",
        "lock": "p.lock",
        "links": 2,
        "folder": "f",
        "rows": 5,
        "kept": "k",
        "kind": "CUIT",
        "currency": "MXN",
        "over": "1.00",  # coordination: a budget passed by
        "tasks": "t",  # coordination: what a task waits for
        # accounts: a merge names both accounts
        **dict.fromkeys(("keep", "duplicate"), "x"),
        **dict.fromkeys(("keep_id", "duplicate_id"), 1),
        # people: moves between groups, the team's file
        **dict.fromkeys(("group", "account", "lead", "old", "boss", "names", "more"), "x"),
        **dict.fromkeys(("n", "count"), 2),
        **dict.fromkeys(("held", "to", "moved"), "x"),  # people: what a handover moves
        "first": "f",
        "last": "l",  # a plan's dates: the years it may fall in
        "message": "m",
        # data: imports (where a problem is, what the file held, what was written)
        **dict.fromkeys(_DATA_NUMBERS, 1),
        **dict.fromkeys(_DATA_WORDS, "x"),
        # satisfaction: scales, answers, imports, the health indicator's reasons
        **dict.fromkeys(("points", "answered", "total", "question", "newer", "days"), 5),
        **dict.fromkeys(("day", "dimension", "lines", "columns", "problem", "reasons"), "x"),
        **dict.fromkeys(("fall", "score", "below"), 0.6),
        **dict.fromkeys(("task", "campaign"), 7),  # an action made a task
        "title": "t",
        "agency": "a",  # communications: who sends the satisfaction questionnaire
        "values": "x, y",  # db: what a column holds that Agencia does not know
    }
    for lang in ("es", "en"):
        text = messages.render(code, params, lang)
        assert text and "{" not in text


def test_roles_and_actions_have_spanish_and_english_names() -> None:
    assert messages.role_name("junior_account_executive", "es") == "Ejecutivo de cuenta Jr."
    assert messages.role_name("account_director", "en") == "Account Director"
    for role in Role:
        assert messages.role_name(role, "es") != role.value or role is Role.TRAINEE
    for action in Action:
        assert messages.action_name(action, "es") != action.value


def test_a_refusal_reads_as_a_sentence() -> None:
    text = messages.render("permission.denied", {"role": "trainee", "action": "edit_account"}, "es")
    assert (
        text == "Su rol (Trainee) no le permite editar cuentas, contactos y marcas en esta cuenta."
    )
    error = ValidationError({"email": ("field.email", {})})
    assert error.field_errors == {"email": ("field.email", {})}
    assert messages.render("no.such.code") == "no.such.code"
