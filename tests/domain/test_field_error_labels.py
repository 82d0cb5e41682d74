"""Every field a service can name in a refusal has the words people see for it: the
command line's one-line error says «Contraseña nueva: …», never «new_password: …».

The names are read from the services' (and the domain's validation's) own source: each
string key of a literal {field: (code, params)} whose code is in the message catalogue,
each `errors["field"] = (code, …)`, and each field a password check is told to name."""

from __future__ import annotations

import ast
from pathlib import Path

import agencia
from agencia.domain.errors import ValidationError
from agencia.domain.field_labels import field_label
from agencia.domain.messages import known_codes

_ROOT = Path(agencia.__file__).parent


def _is_reason(node: ast.expr | None, codes: frozenset[str]) -> bool:
    """(code, params) with a code the catalogue knows: a field's refusal."""
    return (
        isinstance(node, ast.Tuple)
        and bool(node.elts)
        and isinstance(first := node.elts[0], ast.Constant)
        and first.value in codes
    )


def _named(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _refused_fields() -> dict[str, set[str]]:
    """Each field name a refusal is keyed by, with the files that name it."""
    codes = known_codes()
    found: dict[str, set[str]] = {}
    files = [*(_ROOT / "services").rglob("*.py"), *(_ROOT / "domain").rglob("*.py")]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str | None] = []
            if isinstance(node, ast.Dict):
                names += [
                    _named(k)
                    for k, v in zip(node.keys, node.values, strict=True)
                    if _is_reason(v, codes)
                ]
            elif isinstance(node, ast.Assign) and _is_reason(node.value, codes):
                names += [_named(t.slice) for t in node.targets if isinstance(t, ast.Subscript)]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "check_password":
                names += [_named(a) for a in node.args[2:]]
                names += [_named(k.value) for k in node.keywords if k.arg == "field"]
            for name in names:
                if name:  # "" is a whole row's problem, said without a field
                    found.setdefault(name, set()).add(str(path.relative_to(_ROOT)))
    return found


def test_every_field_a_service_refuses_has_words() -> None:
    fields = _refused_fields()
    assert len(fields) > 50 and "new_password" in fields  # the services' refusals were read
    unnamed = {
        name: sorted(where)
        for name, where in fields.items()
        if field_label(name, "es") == name or field_label(name, "en") == name
    }
    assert unnamed == {}


def test_the_new_password_is_named_as_the_forms_name_it() -> None:
    refused = ValidationError({"new_password": ("password.has_login", {})})
    assert str(refused).startswith("Revise los campos: Contraseña nueva: ")
    assert field_label("new_password", "en") == "New password"
