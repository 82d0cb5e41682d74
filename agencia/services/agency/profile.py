"""The agency's profile as its decks show it: read by anyone, edited by an administrator.

`get_profile` hands back everything the profile dialog and the credentials deck need;
`update_profile` saves the dialog whole over the version it was read at, each refusal as a
message code beside its field, and writes the fields that changed to the audit trail.
The logo is checked as every stored image is (`agencia.services.images`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import is_currency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Spanish
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import Agency
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.images import check_image
from agencia.services.results import SaveResult

# The type families shipped in resources/fonts that a deck may be set in.
DECK_FONTS: tuple[str, ...] = ("Lato",)
MAX_SERVICES = 12
SERVICE_MAX = 120
MAX_STEPS = 8
STEP_TITLE_MAX = 60
STEP_TEXT_MAX = 400
ABOUT_MAX = 2000


@dataclass(frozen=True, slots=True)
class AgencyProfileView:
    """The profile as stored; `version` is what `update_profile` saves over."""

    id: int
    name: str
    legal_name: str
    tax_id: str
    tagline: str
    about: str
    services: tuple[str, ...]
    process: tuple[tuple[str, str], ...]  # (step title, what happens), in order
    address: str
    phone: str
    email: str
    website: str
    primary_color: str
    secondary_color: str
    deck_font: str
    locale: str
    currency: str
    logo: bytes | None
    version: int
    time_zone: str = ""  # an IANA name for the moments and deadlines shown; "" the machine's
    # the same texts for English decks ("" and () where not written yet), and its Spanish
    tagline_en: str = ""
    about_en: str = ""
    services_en: tuple[str, ...] = ()
    process_en: tuple[tuple[str, str], ...] = ()
    spanish: str = "spain"  # Spanish.SPAIN or Spanish.LATAM


@dataclass(frozen=True, slots=True)
class AgencyProfileInput:
    """What the profile dialog saves. The logo: `logo` new bytes to store, or
    `remove_logo` to take it away; neither keeps the one there is."""

    name: str
    legal_name: str = ""
    tax_id: str = ""
    tagline: str = ""
    about: str = ""
    services: tuple[str, ...] = ()
    process: tuple[tuple[str, str], ...] = ()
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    primary_color: str = "#1B4F9C"
    secondary_color: str = "#E8663D"
    deck_font: str = "Lato"
    locale: str = "es_ES"
    currency: str = "EUR"
    logo: bytes | None = None
    remove_logo: bool = False
    time_zone: str = ""
    tagline_en: str = ""
    about_en: str = ""
    services_en: tuple[str, ...] = ()
    process_en: tuple[tuple[str, str], ...] = ()
    spanish: str = "spain"


def services_from_text(text: str) -> tuple[str, ...]:
    """One service a line; blank lines left out (for a plain text editor)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def services_as_text(services: tuple[str, ...]) -> str:
    return "\n".join(services)


def process_from_text(text: str) -> tuple[tuple[str, str], ...]:
    """«Title: what happens», one step a line (for a plain text editor); a line without a
    colon is a step with a title only."""
    steps = []
    for line in text.splitlines():
        if not line.strip():
            continue
        title, _, what = line.partition(":")
        steps.append((title.strip(), what.strip()))
    return tuple(steps)


def process_as_text(process: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(f"{title}: {what}" if what else title for title, what in process)


def _view(a: Agency) -> AgencyProfileView:
    return AgencyProfileView(
        id=a.id,
        name=a.name,
        legal_name=a.legal_name,
        tax_id=a.tax_id,
        tagline=a.tagline,
        about=a.about,
        services=services_from_text(a.services),
        process=tuple(
            (str(step.get("title", "")), str(step.get("text", ""))) for step in a.process or []
        ),
        address=a.address,
        phone=a.phone,
        email=a.email,
        website=a.website,
        primary_color=a.primary_color,
        secondary_color=a.secondary_color,
        deck_font=a.deck_font or DECK_FONTS[0],
        locale=a.locale,
        currency=a.currency,
        logo=a.logo,
        version=a.version,
        time_zone=a.time_zone,
        tagline_en=a.tagline_en,
        about_en=a.about_en,
        services_en=services_from_text(a.services_en),
        process_en=_steps(a.process_en),
        spanish=a.spanish or Spanish.SPAIN,
    )


def _steps(process: list[dict[str, str]] | None) -> tuple[tuple[str, str], ...]:
    return tuple((str(step.get("title", "")), str(step.get("text", ""))) for step in process or [])


def get_profile(db: Database, actor: Actor) -> AgencyProfileView:
    """The agency's profile; anyone signed in may read it (the decks print it)."""
    with unit_of_work(db, actor, write=False) as uow:
        agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
        if agency is None:
            raise NotFound("agency.missing")
        return _view(agency)


def _locale_and_currency_errors(errors: v.FieldErrors, data: AgencyProfileInput) -> None:
    """The locale must be one Babel knows (the decks format with it), the currency an ISO
    code."""
    locale = data.locale.strip()
    if not locale:
        errors["locale"] = ("field.required", {})
    else:
        v.locale_name(errors, "locale", locale)
        if "locale" not in errors:
            try:
                Locale.parse(locale)
            except (UnknownLocaleError, ValueError):
                errors["locale"] = ("field.locale", {})
    currency = data.currency.strip().upper()
    if not currency:
        errors["currency"] = ("field.required", {})
    elif not is_currency(currency):
        errors["currency"] = ("field.currency", {})


def _country(locale: str) -> str:
    """The agency's country as its locale names it (es_MX → MX): what its tax ID is."""
    _language, _, territory = locale.strip().partition("_")
    return territory.upper()


def profile_errors(data: AgencyProfileInput) -> v.FieldErrors:
    """Every rule of the profile but the logo's (which decodes the image): the dialog
    shows them as the person types, and `update_profile` applies them again."""
    errors: v.FieldErrors = {}
    v.required(errors, "name", data.name, 200)
    v.too_long(errors, "legal_name", data.legal_name.strip(), 200)
    v.tax_id(errors, "tax_id", data.tax_id.strip(), _country(data.locale))
    v.too_long(errors, "tagline", data.tagline.strip(), 200)
    v.too_long(errors, "about", data.about.strip(), ABOUT_MAX)
    v.too_long(errors, "address", data.address.strip(), 300)
    v.phone(errors, "phone", data.phone.strip())
    v.email(errors, "email", data.email.strip())
    v.website(errors, "website", data.website.strip(), 200)
    v.color(errors, "primary_color", data.primary_color.strip())
    v.color(errors, "secondary_color", data.secondary_color.strip())
    if data.deck_font not in DECK_FONTS:
        errors["deck_font"] = ("field.choice", {"value": data.deck_font})
    _locale_and_currency_errors(errors, data)
    v.time_zone(errors, "time_zone", data.time_zone.strip())
    if data.spanish not in tuple(Spanish):
        errors["spanish"] = ("field.spanish", {})
    v.too_long(errors, "tagline_en", data.tagline_en.strip(), 200)
    v.too_long(errors, "about_en", data.about_en.strip(), ABOUT_MAX)
    for suffix in ("", "_en"):  # the same rules in each language
        _list_errors(
            errors, suffix, getattr(data, f"services{suffix}"), getattr(data, f"process{suffix}")
        )
    return errors


def _list_errors(
    errors: v.FieldErrors,
    suffix: str,
    services_in: tuple[str, ...],
    process: tuple[tuple[str, str], ...],
) -> None:
    services = [s.strip() for s in services_in if s.strip()]
    if len(services) > MAX_SERVICES:
        errors[f"services{suffix}"] = ("field.too_many", {"max": MAX_SERVICES})
    elif any(len(s) > SERVICE_MAX or "\n" in s for s in services):
        errors[f"services{suffix}"] = ("field.line_too_long", {"max": SERVICE_MAX})
    steps = [(t.strip(), w.strip()) for t, w in process if t.strip() or w.strip()]
    key = f"process{suffix}"
    if len(steps) > MAX_STEPS:
        errors[key] = ("field.too_many", {"max": MAX_STEPS})
    elif any(not t for t, _ in steps):
        errors[key] = ("field.step_title", {})
    elif any(len(t) > STEP_TITLE_MAX or "\n" in t for t, _ in steps):
        errors[key] = ("field.line_too_long", {"max": STEP_TITLE_MAX})
    elif any(len(w) > STEP_TEXT_MAX for _, w in steps):
        errors[key] = ("field.too_long", {"max": STEP_TEXT_MAX})


def _validate(data: AgencyProfileInput) -> v.FieldErrors:
    errors = profile_errors(data)
    if data.logo is not None and not data.remove_logo:
        try:
            check_image(data.logo)
        except ValidationError as refused:
            errors.update(refused.field_errors)
    return errors


def _values(data: AgencyProfileInput) -> dict[str, Any]:
    website = data.website.strip()
    return {
        "name": data.name.strip(),
        "legal_name": data.legal_name.strip(),
        "tax_id": v.normalise_tax_id(data.tax_id),
        "tagline": data.tagline.strip(),
        "about": data.about.strip(),
        "services": services_as_text(tuple(s.strip() for s in data.services if s.strip())),
        "process": [
            {"title": t.strip(), "text": w.strip()}
            for t, w in data.process
            if t.strip() or w.strip()
        ],
        "address": data.address.strip(),
        "phone": data.phone.strip(),
        "email": data.email.strip(),
        "website": website,
        "primary_color": data.primary_color.strip().upper(),
        "secondary_color": data.secondary_color.strip().upper(),
        "deck_font": data.deck_font,
        "locale": data.locale.strip(),
        "currency": data.currency.strip().upper(),
        "time_zone": data.time_zone.strip(),
        "tagline_en": data.tagline_en.strip(),
        "about_en": data.about_en.strip(),
        "services_en": services_as_text(tuple(s.strip() for s in data.services_en if s.strip())),
        "process_en": [
            {"title": t.strip(), "text": w.strip()}
            for t, w in data.process_en
            if t.strip() or w.strip()
        ],
        "spanish": data.spanish,
    }


def update_profile(
    db: Database, actor: Actor, data: AgencyProfileInput, version: int
) -> SaveResult:
    """Save the profile over `version` (an administrator only); the audit entry names the
    fields that changed, old → new (the logo by its size, never its bytes)."""
    access.require_global(actor, Action.AGENCY_SETTINGS)
    errors = _validate(data)
    if errors:
        raise ValidationError(errors)
    values = _values(data)
    with unit_of_work(db, actor) as uow:
        agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
        if agency is None:
            raise NotFound("agency.missing")
        if agency.version != version:
            raise Conflict("record.stale")
        changes: dict[str, list[Any]] = {}
        for key, new in values.items():
            old = getattr(agency, key)
            if old != new:
                changes[key] = [old, new]
                setattr(agency, key, new)
        new_logo = None if data.remove_logo else data.logo
        if (data.remove_logo or data.logo is not None) and agency.logo != new_logo:
            changes["logo"] = [_logo_note(agency.logo), _logo_note(new_logo)]
            agency.logo = new_logo
        if changes:
            uow.audit(
                ChangeKind.AGENCY, agency.id, AuditAction.UPDATE, changes, summary=agency.name
            )
        uow.session.flush()
        return SaveResult(agency.id, agency.version)


def _logo_note(logo: bytes | None) -> str | None:
    return None if logo is None else f"{len(logo)} bytes"
