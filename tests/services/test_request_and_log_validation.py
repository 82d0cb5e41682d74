"""The validators the window's forms ask live are the ones the services refuse with: a
request's and a logged contact's subject (required, not too long), on both databases;
the mailbox's intake keeps a message whatever its subject."""

from __future__ import annotations

import pytest
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.errors import ValidationError
from agencia.domain.service_enums import Direction, Priority, RequestKind
from agencia.services.communications import log
from agencia.services.service import requests


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _request(desk: Desk, subject: str) -> requests.NewRequest:
    return requests.NewRequest(
        desk.accounts["madrid"], Channel.PHONE, RequestKind.REQUEST, Priority.NORMAL, subject
    )


def _contact(desk: Desk, subject: str) -> log.NewCommunication:
    return log.NewCommunication(desk.accounts["madrid"], Channel.PHONE, Direction.INBOUND, subject)


def test_a_request_s_subject_is_checked_alike_by_the_form_and_the_service(desk: Desk) -> None:
    assert requests.validate_request(_request(desk, "Cambio de logo")) == {}
    for subject, code in (("  ", "field.required"), ("x" * 201, "field.too_long")):
        data = _request(desk, subject)
        assert requests.validate_request(data)["subject"][0] == code
        with pytest.raises(ValidationError) as refused:
            requests.open_request(desk.db, desk.actor("exec"), data)
        assert refused.value.field_errors == requests.validate_request(data)


def test_a_logged_contact_s_subject_is_checked_alike(desk: Desk) -> None:
    assert log.validate_communication(_contact(desk, "Llamada")) == {}
    for subject, code in (("", "field.required"), ("x" * 301, "field.too_long")):
        data = _contact(desk, subject)
        assert log.validate_communication(data)["subject"][0] == code
        with pytest.raises(ValidationError) as refused:
            log.log_communication(desk.db, desk.actor("exec"), data)
        assert refused.value.field_errors == log.validate_communication(data)
        assert log.list_communications(desk.db, desk.actor("exec")) == []
    assert log.log_communication(desk.db, desk.actor("exec"), _contact(desk, "Llamada")).id
