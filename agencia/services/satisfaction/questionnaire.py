"""The fillable PDF questionnaire: made per contact in the client's language, and read
back when it returns — its fields become the response.

The form carries its identity (survey revision, account, contact, and a fingerprint of
the survey's questions); a returned form whose survey no longer asks the same questions,
whose contact is not the account's, or that is not the contact the person said it was
from, is refused. Reading uses pypdf (pure Python).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import date
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks.content import AgencyProfile
from agencia.decks.profile import agency_profile
from agencia.decks.questionnaire import IDENTITY, Questionnaire, render_questionnaire
from agencia.domain.actor import Actor
from agencia.domain.errors import DomainError, NotFound
from agencia.domain.models import Account, Agency, Contact
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_enums import ResponseSource
from agencia.domain.survey_scales import point_words
from agencia.domain.survey_templates import SHIPPED, shipped
from agencia.services.accounts import access as account_access
from agencia.services.results import SaveResult
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput, record_response
from agencia.services.satisfaction.templates import TemplateView, template_of, view_of

_ANSWER = re.compile(r"^([epi])_(\d+)(?:_(\d+))?$")


def fingerprint(view: TemplateView) -> str:
    """What the survey asks, in twelve hex digits: a form is read back only into a
    survey that still asks the same questions on the same scale."""
    shape = [view.points, [len(d.questions) for d in view.dimensions], view.id]
    return hashlib.sha256(json.dumps(shape).encode()).hexdigest()[:12]


def _lang(locale: str) -> str:
    return "en" if locale.startswith("en") else "es"


def questionnaire_pdf(db: Database, actor: Actor, template_id: int, contact_id: int) -> bytes:
    """The form for `contact_id` (its account's language), to fill in and send back."""
    with unit_of_work(db, actor, write=False) as uow:
        view = view_of(uow, template_of(uow, template_id))
        contact = uow.session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact.not_found", id=contact_id)
        account = uow.session.get(Account, contact.account_id)
        assert account is not None
        account_access.require(uow, Action.RECORD_SURVEYS, account)
        agency = uow.session.scalar(select(Agency).limit(1))
        lang = _lang(account.locale or (agency.locale if agency else "es"))
        dimensions = [(d.name, d.questions) for d in view.dimensions]
        title = view.name
        if view.shipped in SHIPPED and view.revision == 1:  # the shipped words exist in both
            definition = shipped(lang)[SHIPPED.index(view.shipped)]
            dimensions = [(d.name, d.questions) for d in definition.dimensions]
            title = definition.name
        form = Questionnaire(
            agency=agency_profile(agency, lang) if agency else AgencyProfile(name=""),
            title=title,
            account=account.trade_name,
            contact=contact.full_name,
            language=lang,
            points=view.points,
            words=point_words(view.points, view.wording, lang),
            dimensions=tuple((n, tuple(q)) for n, q in dimensions),
            identity=f"{view.id}:{account.id}:{contact.id}:{fingerprint(view)}",
        )
    return render_questionnaire(form)


def _value(field: Any) -> str:
    raw = field.get("/V") if isinstance(field, dict) else None
    text = str(raw or "").lstrip("/")
    return "" if text in ("Off", "") else text


def read_form(data: bytes) -> tuple[str, dict[str, str]]:
    """The identity and the filled fields of a returned form."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        fields = PdfReader(io.BytesIO(data)).get_fields() or {}
    except (PdfReadError, ValueError, KeyError) as error:
        raise DomainError("questionnaire.unreadable", detail=str(error)[:80]) from error
    identity = _value(fields.get(IDENTITY))
    if not identity:
        raise DomainError("questionnaire.not_ours")
    return identity, {name: _value(f) for name, f in fields.items() if name != IDENTITY}


def import_questionnaire(
    db: Database,
    actor: Actor,
    data: bytes,
    answered_on: date,
    contact_id: int | None = None,
    today: date | None = None,
) -> SaveResult:
    """A returned form becomes the response; refused when it is for another survey or
    contact (or another than `contact_id`, when the person says whose it is)."""
    identity, values = read_form(data)
    try:
        template_id, account_id, form_contact, printed = identity.split(":")
        ids = int(template_id), int(account_id), int(form_contact)
    except ValueError as error:
        raise DomainError("questionnaire.not_ours") from error
    if contact_id is not None and contact_id != ids[2]:
        raise DomainError("questionnaire.other_contact", id=ids[2])
    with unit_of_work(db, actor, write=False) as uow:
        view = view_of(uow, template_of(uow, ids[0]))
    if fingerprint(view) != printed:
        raise DomainError("questionnaire.other_survey", name=view.name)
    answers: dict[tuple[int, int], dict[str, int]] = {}
    importance: dict[int, int] = {}
    for name, value in values.items():
        match = _ANSWER.match(name)
        if not match or not value.isdigit():
            continue
        kind, d = match[1], int(match[2])
        if kind == "i":
            importance[d] = int(value)
        elif match[3]:
            answers.setdefault((d, int(match[3])), {})[kind] = int(value)
    response = ResponseInput(
        template_id=ids[0],
        account_id=ids[1],
        contact_id=ids[2],
        answered_on=answered_on,
        answers=tuple(
            AnswerInput(d, q, v.get("e"), v.get("p")) for (d, q), v in sorted(answers.items())
        ),
        importance=importance,
        source=ResponseSource.PDF,
    )
    return record_response(db, actor, response, today)
