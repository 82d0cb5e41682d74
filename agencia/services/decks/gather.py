"""What every deck's content starts from: the deck's language, the agency's profile
(agencia.decks.profile, shared with the acta), and the stored images (logos aside) a
deck prints.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.decks.profile import agency_profile
from agencia.domain.campaign_models import Document
from agencia.domain.errors import NotFound
from agencia.domain.models import Agency

__all__ = ["agency_profile", "deck_language", "load_agency", "stored_images"]


def deck_language(lang: str) -> str:
    """The deck's language from a locale or language name: English, or else Spanish."""
    return "en" if lang.lower().startswith("en") else "es"


def load_agency(uow: UnitOfWork) -> Agency:
    """The agency whose decks these are."""
    agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
    if agency is None:
        raise NotFound("agency.missing")
    return agency


def stored_images(uow: UnitOfWork, document_ids: Iterable[int | None]) -> dict[int, bytes]:
    """The bytes of the stored documents among `document_ids` (key visuals), by id."""
    ids = [i for i in document_ids if i is not None]
    if not ids:
        return {}
    return dict(
        uow.session.execute(select(Document.id, Document.data).where(Document.id.in_(ids)))
        .tuples()
        .all()
    )
