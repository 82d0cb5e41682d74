"""The one catalogue of words for codes: every enum people read has every member's word,
in Spanish and English; the drifts that had crept between tables stay fixed."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from agencia.domain import enums, messages
from agencia.domain.enums import AssignmentRole, CampaignKind, Channel, Role
from agencia.domain.labels import CATALOGUE, CampaignPart, label, label_of
from agencia.domain.permissions import Action

# Codes people never read: none of enums.py's today. Add one here only with the reason.
NOT_SHOWN: frozenset[type[StrEnum]] = frozenset()


def _enums_module_enums() -> list[type[StrEnum]]:
    return [
        value
        for _, value in inspect.getmembers(enums, inspect.isclass)
        if issubclass(value, StrEnum)
        and value is not StrEnum
        and value.__module__ == enums.__name__
    ]


def test_every_enum_of_the_domain_is_in_the_catalogue() -> None:
    missing = [
        e.__name__ for e in _enums_module_enums() if e not in CATALOGUE and e not in NOT_SHOWN
    ]
    assert missing == [], "add their words to agencia/domain/labels.py"


@pytest.mark.parametrize("enum", list(CATALOGUE), ids=lambda e: e.__name__)
def test_every_member_has_a_word_in_both_languages(enum: type[StrEnum]) -> None:
    words = CATALOGUE[enum]
    missing = [m.value for m in enum if not all(w.strip() for w in words.get(m.value, ("", "")))]
    assert missing == [], f"{enum.__name__}: no Spanish or English word for {missing}"
    assert set(words) <= {m.value for m in enum}, f"{enum.__name__}: words for no member"


def test_a_label_follows_the_language_of_the_messages() -> None:
    assert label(Channel.EMAIL, "es") == "Correo electrónico"
    assert label(Channel.EMAIL, "en") == "E-mail"
    before = messages.language()
    try:
        messages.set_language("en")
        assert label(Channel.PHONE) == "Phone"
        messages.set_language("es")
        assert label(Channel.PHONE) == "Teléfono"
    finally:
        messages.set_language(before)


def test_members_that_share_a_value_keep_their_own_words() -> None:
    shared: dict[str, int] = {Role.ASSISTANT: 1}
    assert AssignmentRole.ASSISTANT in shared  # one key to a dict…
    assert label(Role.ASSISTANT, "es") == "Asistente"  # …but the catalogue tells them apart
    assert label(AssignmentRole.ASSISTANT, "es") == "Asistencia"


def test_a_stored_code_that_is_no_member_shows_itself() -> None:
    assert label_of(Channel, "pigeon", "es") == "pigeon"
    assert label_of(Channel, "fax", "en") == "Fax"
    assert messages.role_name("account_director", "en") == "Account Director"
    assert messages.action_name(Action.SEE_ACCOUNTS, "es") == "ver cuentas"


def test_the_words_that_had_drifted_are_one_word_now() -> None:
    assert (label(CampaignKind.INSTITUTIONAL, "es"), label(CampaignKind.INSTITUTIONAL, "en")) == (
        "Institucional",
        "Corporate",
    )
    assert label(AssignmentRole.DIRECTOR, "es") == "Dirección de la cuenta"
    assert label(Channel.CERTIFIED_POST, "es") == "Correo certificado"
    assert label(CampaignPart.OWNER, "en") == "Campaign lead"
