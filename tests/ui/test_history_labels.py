"""Every record kind and field name the account's history can hold reads as words, in
Spanish and in English — never as the name in the code («survey_respo…», «template_id: 1»).

The names are found where they are written: each `uow.audit(…, account_id=…)` in the
services (what the account page's «Historial» reads), its `changes` followed through the
function — dict literals, keys set one by one, loops over constant names, local helpers
and the callers of a helper that takes them. What the walk cannot follow (a dataclass's
fields, a constant imported from elsewhere) is listed in `FROM_ELSEWHERE`, by the place
that writes it; a new writer the walk cannot follow fails here until it is listed.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from agencia.domain import messages
from agencia.domain.briefs import FIELD_NAMES
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.services.accounts.account_edit import AccountInput
from agencia.services.accounts.contacts import ContactInput
from agencia.services.accounts.views import HistoryEntry
from agencia.services.people.handover_work import _HOLDS
from agencia.ui.accounts.detail_models import HistoryModel
from agencia.ui.accounts.labels import entity_label, field_label, has_field_label
from agencia.ui.shell import i18n

PACKAGE = Path(__file__).resolve().parents[2] / "agencia"

# place the walk stops at (path: function: expression) → the names it stands for
FROM_ELSEWHERE: dict[str, Callable[[], set[str]]] = {
    "agencia/services/accounts/account_edit.py:_clean: asdict(data)": lambda: {
        f.name for f in fields(AccountInput)
    },
    "agencia/services/accounts/contacts.py:_contact_values: asdict(data)": lambda: (
        {f.name for f in fields(ContactInput)} - {"brand_ids"}
    ),  # left out there: «brands» says them
    "agencia/services/campaigns/briefs.py:save_brief: k": lambda: set(FIELD_NAMES),
    "agencia/services/people/handover_work.py:move_held: column": lambda: {
        column for column, _open, _named in _HOLDS.values()
    },
}
# kept out of the trail by the writer itself (contacts.py drops it before auditing)
NEVER_WRITTEN = {"search_text"}

Tree = ast.FunctionDef | ast.AsyncFunctionDef
_trees: dict[Path, ast.Module] = {}


def _tree(path: Path) -> ast.Module:
    if path not in _trees:
        _trees[path] = ast.parse(path.read_text(encoding="utf-8"))
    return _trees[path]


def _functions(tree: ast.AST) -> list[Tree]:
    return [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)]


def _strings(node: ast.AST) -> set[str] | None:
    if isinstance(node, ast.Tuple | ast.List | ast.Set) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    ):
        return {str(e.value) for e in node.elts if isinstance(e, ast.Constant)}
    return None


class Walk:
    """The field names one function can put in a `changes` dict, and where it lost track."""

    def __init__(self, path: Path, func: Tree, depth: int = 0) -> None:
        self.path, self.func, self.depth = path, func, depth
        args = func.args
        self.params = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
        self.names: set[str] = set()
        self.lost: list[str] = []

    def _lose(self, what: str) -> None:
        self.lost.append(f"{self.path.relative_to(PACKAGE.parent)}:{self.func.name}: {what}")

    def _merge(self, other: Walk) -> None:
        self.names |= other.names
        self.lost += other.lost

    def _iterated(self, var: str, seen: tuple[str, ...]) -> bool:
        """The keys a loop variable runs over: constant names, or another dict's keys."""
        for node in ast.walk(self.func):
            loops = [node] if isinstance(node, ast.For) else getattr(node, "generators", [])
            for loop in loops:
                target = loop.target
                if isinstance(target, ast.Tuple) and target.elts:
                    target = target.elts[0]
                if not (isinstance(target, ast.Name) and target.id == var):
                    continue
                found = _strings(loop.iter)
                if found is not None:
                    self.names |= found
                    return True
                it = loop.iter
                if (
                    isinstance(it, ast.Call)
                    and isinstance(it.func, ast.Attribute)
                    and it.func.attr in ("items", "keys")
                ):
                    self.dict_keys(it.func.value, seen)
                    return True
        return False

    def _key(self, node: ast.expr, seen: tuple[str, ...]) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.names.add(node.value)
        elif not (isinstance(node, ast.Name) and self._iterated(node.id, seen)):
            self._lose(ast.unparse(node))

    def dict_keys(self, node: ast.expr | None, seen: tuple[str, ...] = ()) -> None:
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if key is None:  # **other
                    self.dict_keys(value, seen)
                else:
                    self._key(key, seen)
        elif isinstance(node, ast.DictComp):
            self._key(node.key, seen)
        elif isinstance(node, ast.Name) and node.id in self.params:
            self._from_callers(self.params.index(node.id), node.id)
        elif isinstance(node, ast.Name):
            if node.id not in seen:
                self._assigned(node.id, (*seen, node.id))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            helper = self._local(node.func.id)
            if node.func.id == "apply_changes":  # (record, {field: new value})
                self.dict_keys(node.args[1], seen)
            elif helper is not None:
                walk = Walk(self.path, helper, self.depth + 1)
                for ret in ast.walk(helper):
                    if isinstance(ret, ast.Return):
                        walk.dict_keys(ret.value)
                self._merge(walk)
            else:
                self._lose(ast.unparse(node))
        else:
            self._lose(ast.unparse(node))

    def _assigned(self, name: str, seen: tuple[str, ...]) -> None:
        """Every way the function fills the dict called `name`."""
        for n in ast.walk(self.func):
            if isinstance(n, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in n.targets
            ):
                self.dict_keys(n.value, seen)
            elif isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name):
                if n.target.id == name:
                    self.dict_keys(n.value, seen)
            elif (
                isinstance(n, ast.Subscript)
                and isinstance(n.ctx, ast.Store)
                and isinstance(n.value, ast.Name)
                and n.value.id == name
            ):
                self._key(n.slice, seen)
            elif (
                isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr in ("update", "setdefault")
                and isinstance(n.func.value, ast.Name)
                and n.func.value.id == name
            ):
                if n.func.attr == "update":
                    for arg in n.args:
                        self.dict_keys(arg, seen)
                else:
                    self._key(n.args[0], seen)

    def _local(self, name: str) -> Tree | None:
        return next((f for f in _functions(_tree(self.path)) if f.name == name), None)

    def _from_callers(self, index: int, name: str) -> None:
        """A parameter: what each caller in the module passes for it."""
        calls = 0
        for caller in _functions(_tree(self.path)) if self.depth < 4 else ():
            for call in ast.walk(caller):
                if not (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == self.func.name
                ):
                    continue
                calls += 1
                if index < len(call.args):
                    arg: ast.expr | None = call.args[index]
                else:
                    arg = next((k.value for k in call.keywords if k.arg == name), None)
                walk = Walk(self.path, caller, self.depth + 1)
                walk.dict_keys(arg)
                self._merge(walk)
        if not calls:
            self._lose(name)


def account_trail_writers() -> Iterator[Walk]:
    """Each `.audit(…, account_id=…)` call in the package, its `changes` walked."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for func in _functions(_tree(path)):
            for call in ast.walk(func):
                if not (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "audit"
                    and any(k.arg == "account_id" for k in call.keywords)
                ):
                    continue
                walk = Walk(path, func)
                if len(call.args) > 3:
                    walk.dict_keys(call.args[3])
                else:
                    walk.dict_keys(
                        next((k.value for k in call.keywords if k.arg == "changes"), None)
                    )
                yield walk


def history_field_names() -> set[str]:
    names: set[str] = set()
    lost: set[str] = set()
    writers = 0
    for walk in account_trail_writers():
        writers += 1
        names |= walk.names
        lost.update(walk.lost)
    unknown = lost - FROM_ELSEWHERE.keys()
    assert not unknown, (
        f"field names the walk cannot follow; list them in FROM_ELSEWHERE: {unknown}"
    )
    assert writers > 40  # the walk found the services' writers
    for place in lost:
        names |= FROM_ELSEWHERE[place]()
    return names - NEVER_WRITTEN


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = messages.language()
    lang = str(request.param)
    i18n.install_translators(qapp, lang)
    messages.set_language(lang)
    yield lang
    i18n.install_translators(qapp, "es")
    messages.set_language(before)


def test_the_walk_finds_the_names_written_today() -> None:
    names = history_field_names()
    # a survey response, a contact's new brands, a brief's insight, a request's new owner
    assert {"template_id", "answered", "brands", "insight", "assignee", "trade_name"} <= names


@pytest.mark.parametrize("language", ["es", "en"], indirect=True)
def test_every_field_the_account_trail_holds_has_words(language: str) -> None:
    missing = sorted(name for name in history_field_names() if not has_field_label(name))
    assert not missing, f"history fields without a label: {missing}"
    for name in history_field_names():
        words = field_label(name)
        assert words and words != name and "_" not in words, (language, name, words)


@pytest.mark.parametrize("language", ["es", "en"], indirect=True)
def test_every_kind_of_record_has_words(language: str) -> None:
    for kind in ChangeKind:
        words = entity_label(kind.value)
        assert words and words != kind.value and "_" not in words, (language, kind, words)


@pytest.mark.parametrize("language", ["es", "en"], indirect=True)
def test_a_name_from_old_data_reads_as_words_not_code(language: str) -> None:
    assert "_" not in field_label("an_old_field_id")
    assert "_" not in entity_label("an_old_kind")
    assert field_label("an_old_field_id") != "an_old_field_id"


SURVEY = HistoryEntry(
    at=datetime(2026, 11, 2, 9, 30, tzinfo=UTC),
    who="Carmen Sáez Molina",
    entity="survey_response",
    entity_id=7,
    action=AuditAction.CREATE,
    summary="Encuesta anual · 2026-11-02",
    changes={"template_id": [None, 1], "answered": [None, 10]},
)


@pytest.mark.parametrize(
    ("language", "what", "fields"),
    [
        ("es", "Alta · Respuesta a la encuesta", ("Encuesta", "Preguntas respondidas: 10")),
        ("en", "Created · Survey response", ("Survey", "Questions answered: 10")),
    ],
    indirect=["language"],
)
def test_a_survey_response_in_the_history_reads_as_words(
    language: str, what: str, fields: tuple[str, str]
) -> None:
    model = HistoryModel(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    model.set_history([SURVEY])
    row = model.index(0, 0)
    assert model.index(0, 2).data().startswith(what)
    changed = [model.index(n, 0, row).data() for n in range(model.rowCount(row))]
    assert changed[0].startswith(fields[0] + ": ")
    assert changed[1] == fields[1]
    for text in [model.index(0, c).data() for c in range(4)] + changed:
        assert "template_id" not in text and "survey_response" not in text
        assert not text.startswith("answered")
