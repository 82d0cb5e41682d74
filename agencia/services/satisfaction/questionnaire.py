"""The fillable PDF questionnaire: made per contact in the client's language, and read
back when it returns — its fields become the response.

The form carries its identity (survey revision, account, contact, a fingerprint of the
survey's questions, and a random token). The token is kept in the trail when the form is
made («questionnaire issued», with the contact and survey it was made for), so the
identity cannot be forged: a client who edits the hidden field to answer as another
contact names a token that contact was never sent. Reading it back records the token as
used («questionnaire returned»): the same form imported twice is refused, not counted
twice. A form whose survey no longer asks the same questions, or that is not the contact
the person said it was from, is refused too. Two workstations importing the same form
at the same instant both find no return in the trail: the response carries the token
under a unique index (migration 0023), so the second waits for the first and is refused
alike. Reading uses pypdf (pure Python).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import secrets
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.decks.content import AgencyProfile
from agencia.decks.profile import agency_profile
from agencia.decks.questionnaire import IDENTITY, Questionnaire, render_questionnaire
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError, NotFound, ValidationError
from agencia.domain.field_labels import field_label
from agencia.domain.messages import render
from agencia.domain.models import Account, Agency, AuditEvent, Contact
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_enums import ResponseSource
from agencia.domain.satisfaction_models import SurveyResponse
from agencia.domain.survey_scales import point_words
from agencia.domain.survey_templates import SHIPPED, shipped
from agencia.services.accounts import access as account_access
from agencia.services.results import SaveResult
from agencia.services.satisfaction.health_history import record_account_health
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput, add_response
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
    """The form for `contact_id` (its account's language), to fill in and send back; its
    token is kept in the trail (what the returned form is checked against)."""
    with unit_of_work(db, actor) as uow:
        view = view_of(uow, template_of(uow, template_id))
        contact = uow.session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact.not_found", id=contact_id)
        account = uow.session.get(Account, contact.account_id)
        assert account is not None
        account_access.require(uow, Action.RECORD_SURVEYS, account)
        agency = uow.session.scalar(select(Agency).limit(1))
        lang = _lang(account.locale or (agency.locale if agency else "es"))
        title, dimensions = _printed(view, lang)
        token = secrets.token_hex(16)
        form = Questionnaire(
            agency=agency_profile(agency, lang) if agency else AgencyProfile(name=""),
            title=title,
            account=account.trade_name,
            contact=contact.full_name,
            language=lang,
            points=view.points,
            words=point_words(view.points, view.wording, lang),
            dimensions=tuple((n, tuple(q)) for n, q in dimensions),
            identity=f"{view.id}:{account.id}:{contact.id}:{fingerprint(view)}:{token}",
        )
        uow.audit(
            ChangeKind.CONTACT,
            contact.id,
            AuditAction.QUESTIONNAIRE_SENT,
            {"survey": [None, view.id], "token": [None, token]},
            account_id=account.id,
            summary=view.name,
        )
    return render_questionnaire(form)


def _printed(view: TemplateView, lang: str) -> tuple[str, list[tuple[str, tuple[str, ...]]]]:
    """The survey's title and (dimension, questions) as the form prints them in `lang`."""
    if view.shipped in SHIPPED and view.revision == 1:  # the shipped words exist in both
        definition = shipped(lang)[SHIPPED.index(view.shipped)]
        return definition.name, [(d.name, d.questions) for d in definition.dimensions]
    return view.name, [(d.name, d.questions) for d in view.dimensions]


def _refused_answers(
    uow: UnitOfWork, view: TemplateView, account_id: int, refused: ValidationError
) -> DomainError:
    """A form's wrong answers named as the form prints them (1.1 «¿…?»: «9» no está en
    la escala…), never by the code's field names (answer.1.1)."""
    account = uow.session.get(Account, account_id)
    agency = uow.session.scalar(select(Agency).limit(1))
    locale = (account.locale if account else "") or (agency.locale if agency else "es")
    _title, printed = _printed(view, _lang(locale))
    reasons = []
    for field, (code, params) in sorted(refused.field_errors.items()):
        parts = field.split(".")
        where = field_label(field)
        if parts[0] in ("answer", "importance") and all(p.isdigit() for p in parts[1:]):
            d = int(parts[1])
            name, questions = printed[d - 1] if 1 <= d <= len(printed) else ("", ())
            if parts[0] == "importance":
                where = f"{d}. «{name}» ({field_label('importance')})"
            else:
                q = int(parts[2])
                text = questions[q - 1] if 1 <= q <= len(questions) else ""
                where = f"{d}.{q} «{text}»" if text else f"{d}.{q}"
        reasons.append(f"{where}: {render(code, params).rstrip('.')}")
    return DomainError("questionnaire.bad_answers", reasons="; ".join(reasons))


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


def _parse(identity: str) -> tuple[int, int, int, str, str]:
    """template, account, contact, fingerprint and token; a form of an earlier version
    (no token) is refused: nothing says it was not edited."""
    parts = identity.split(":")
    if len(parts) == 4 and all(p.isdigit() for p in parts[:3]):
        raise DomainError("questionnaire.unsigned")
    if len(parts) != 5 or not all(p.isdigit() for p in parts[:3]):
        raise DomainError("questionnaire.not_ours")
    return int(parts[0]), int(parts[1]), int(parts[2]), parts[3], parts[4]


def _trail(uow: UnitOfWork, action: AuditAction, contact_id: int) -> list[AuditEvent]:
    return list(
        uow.session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == ChangeKind.CONTACT.value,
                AuditEvent.entity_id == contact_id,
                AuditEvent.action == action,
            )
        )
    )


def _token(event: AuditEvent) -> str:
    pair = (event.changes or {}).get("token") or [None, ""]
    return str(pair[-1] or "")


def _check_sent(uow: UnitOfWork, ids: tuple[int, int, int], token: str) -> None:
    """The token was sent to this contact of this account for this survey, and has not
    come back before."""
    sent = [
        e
        for e in _trail(uow, AuditAction.QUESTIONNAIRE_SENT, ids[2])
        if e.account_id == ids[1]
        and ((e.changes or {}).get("survey") or [None, None])[-1] == ids[0]
        and hmac.compare_digest(_token(e).encode(), token.encode())
    ]
    if not sent:
        raise DomainError("questionnaire.forged")
    for event in _trail(uow, AuditAction.QUESTIONNAIRE_RETURNED, ids[2]):
        if hmac.compare_digest(_token(event).encode(), token.encode()):
            response = ((event.changes or {}).get("response") or [None, None])[-1]
            raise DomainError("questionnaire.already_imported", id=response)


def import_questionnaire(
    db: Database,
    actor: Actor,
    data: bytes,
    answered_on: date,
    contact_id: int | None = None,
    today: date | None = None,
) -> SaveResult:
    """A returned form becomes the response; refused when its identity was edited, when
    it was imported before, when it is for another survey or contact (or another than
    `contact_id`, when the person says whose it is)."""
    identity, values = read_form(data)
    template_id, account_id, form_contact, printed, token = _parse(identity)
    ids = template_id, account_id, form_contact
    if contact_id is not None and contact_id != ids[2]:
        raise DomainError("questionnaire.other_contact", id=ids[2])
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
        form_token=token,
    )
    day = today or date.today()
    with unit_of_work(db, actor) as uow:
        view = view_of(uow, template_of(uow, ids[0]))
        if fingerprint(view) != printed:
            raise DomainError("questionnaire.other_survey", name=view.name)
        _check_sent(uow, ids, token)
        try:
            with uow.session.begin_nested():  # a clash leaves the transaction usable
                row, (answered, total, complete) = add_response(uow, response, day)
        except ValidationError as refused:
            raise _refused_answers(uow, view, ids[1], refused) from None
        except IntegrityError:
            earlier = uow.session.scalar(
                select(SurveyResponse.id).where(SurveyResponse.form_token == token)
            )
            if earlier is None:
                raise
            raise DomainError("questionnaire.already_imported", id=earlier) from None
        uow.session.flush()
        record_account_health(uow, row.account_id, day)
        uow.audit(
            ChangeKind.CONTACT,
            ids[2],
            AuditAction.QUESTIONNAIRE_RETURNED,
            {"response": [None, row.id], "token": [None, token]},
            account_id=ids[1],
            summary=view.name,
        )
        warnings: tuple[tuple[str, dict[str, object]], ...] = ()
        if not complete:
            warnings = (("response.incomplete", {"answered": answered, "total": total}),)
        return SaveResult(row.id, row.version, warnings)
