"""The satisfaction questionnaire sent to a client's contact by e-mail: the fillable PDF
the satisfaction area draws (in the client's language), sent through the agency's SMTP
server and logged as a communication with the PDF's SHA-256 and the server's delivery
confirmation (its Message-ID), like any other document sent from the app.

The dependency runs from communications to satisfaction, not back: satisfaction works
without the mail area (its health indicator reads the communications table only where
that area is in use), while sending documents from every area — actas, decks, briefs,
questionnaires — is what this area is for.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.messages import render
from agencia.domain.models import Account, Agency, Contact
from agencia.services.communications import outbox
from agencia.services.communications.servers import MailServer
from agencia.services.satisfaction.questionnaire import questionnaire_pdf

FILE_NAMES = {"es": "encuesta-de-satisfaccion.pdf", "en": "satisfaction-survey.pdf"}


def _addressee(db: Database, actor: Actor, contact_id: int) -> tuple[int, str, str, str]:
    """The contact's account, their name, the agency's name and the client's language."""
    with unit_of_work(db, actor, write=False) as uow:
        contact = uow.session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact.not_found", id=contact_id)
        account = uow.session.get(Account, contact.account_id)
        assert account is not None
        agency = uow.session.scalar(select(Agency).limit(1))
        locale = account.locale or (agency.locale if agency else "es")
        lang = "en" if locale.startswith("en") else "es"
        return account.id, contact.full_name, agency.name if agency else "", lang


def send_questionnaire(
    db: Database,
    actor: Actor,
    server: MailServer,
    template_id: int,
    contact_id: int,
    now: datetime | None = None,
) -> int:
    """Draw the contact's questionnaire, send it to them, and return the communication's
    id. Nothing is logged unless the server took the message; the questionnaire's own
    rules (who may record surveys for the account) apply before anything is sent."""
    pdf = questionnaire_pdf(db, actor, template_id, contact_id)
    account_id, name, agency, lang = _addressee(db, actor, contact_id)
    params = {"name": name, "agency": agency}
    data = outbox.Outgoing(
        account_id,
        (contact_id,),
        render("questionnaire.mail.subject", params, lang),
        render("questionnaire.mail.body", params, lang),
        attachments=((FILE_NAMES[lang], "application/pdf", pdf),),
    )
    return outbox.send(db, actor, server, data, now=now)
