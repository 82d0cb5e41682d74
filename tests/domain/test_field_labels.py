"""Every field a service's input carries has the words people see for it, in Spanish and
English (`domain/field_labels`); a part of a field is named after its field."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import agencia.services
from agencia.domain.field_labels import FIELDS, field_label


def _input_fields() -> dict[str, set[str]]:
    """Each field name of every `…Input` dataclass in the services, with its classes."""
    found: dict[str, set[str]] = {}
    for module in pkgutil.walk_packages(agencia.services.__path__, "agencia.services."):
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if (
                isinstance(value, type)
                and dataclasses.is_dataclass(value)
                and name.endswith("Input")
                and value.__module__ == loaded.__name__
            ):
                for field in dataclasses.fields(value):
                    found.setdefault(field.name, set()).add(name)
    return found


def test_every_input_field_has_words_in_both_languages() -> None:
    fields = _input_fields()
    assert len(fields) > 100  # the services' inputs were found
    assert {f: sorted(c) for f, c in fields.items() if f not in FIELDS} == {}
    for name, (es, en) in FIELDS.items():
        assert es.strip() and en.strip() and "_" not in es + en, name


def test_a_field_in_the_messages_language_or_the_one_asked() -> None:
    assert field_label("start_date", "es") == "Inicio"
    assert field_label("start_date", "en") == "Start"
    assert field_label("lead_executive_id", "es") == "Ejecutivo principal"
    assert field_label("due_on", "en") == "End"


def test_a_part_of_a_field_is_named_after_it() -> None:
    assert field_label("next_steps.0", "es") == "Próximos pasos (1)"  # counted from 1
    assert field_label("importance.2", "en") == "Importance (2)"
    assert field_label("line 12", "es") == "Línea 12"
    assert field_label("line 12", "en") == "Line 12"
    assert field_label("something_unknown", "es") == "something_unknown"
