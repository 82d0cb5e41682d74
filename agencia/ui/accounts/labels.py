"""What the accounts area calls things, in the person's language.

The code speaks English enums (`AccountStatus.PAUSED`); people read "En pausa". An enum's
word comes from the one catalogue (agencia.domain.labels), in the language the window set
at start-up; the history's kinds of record and fields are pairs here (every name the
services write has words: a test walks the writers); the area's other words go through
Qt's translator under the context "Labels", so the English .ts file picks them up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from agencia.domain.enums import (
    AccountStatus,
    AssignmentRole,
    AuditAction,
    Channel,
    ContactRole,
)
from agencia.domain.field_labels import FIELDS as CATALOGUE_FIELDS
from agencia.domain.field_labels import field_label as catalogue_field_label
from agencia.domain.labels import Term, label
from agencia.domain.messages import language, render, role_name
from agencia.domain.record_kinds import record_kind
from agencia.services.accounts.history_references import REFERENCES
from agencia.ui.formatting import datetime_text, number
from agencia.ui.widgets.status_chip import Chip

translate = QCoreApplication.translate


def status_label(status: AccountStatus | str) -> str:
    return label(AccountStatus(status))


STATUS_COLORS: dict[AccountStatus, str] = {
    AccountStatus.PROSPECT: "#1565c0",
    AccountStatus.ACTIVE: "#2e7d32",
    AccountStatus.PAUSED: "#b26a00",
    AccountStatus.INACTIVE: "#6d6d6d",
}


def status_chip(status: AccountStatus | str) -> Chip:
    return Chip(status_label(status), STATUS_COLORS[AccountStatus(status)])


def channel_label(channel: Channel | str) -> str:
    return label(Channel(channel))


def contact_role_label(role: ContactRole | str) -> str:
    return label(ContactRole(role))


def part_label(part: AssignmentRole | str) -> str:
    """A person's part on one account's team."""
    return label(AssignmentRole(part))


def audit_action_label(action: AuditAction | str) -> str:
    return label(AuditAction(action))


# The history's words: the kind of record (the one table the command line reads too,
# `domain.record_kinds`) and the fields an entry names, (Spanish, English).
# Every name the services write to an account's trail has one here or in the fields'
# catalogue (agencia.domain.field_labels) — tests/ui/test_history_labels.py walks the
# writers and fails on a name without words. Pairs, not Qt's translator: the test reads
# both languages from the code, and the words agree with the catalogue's.
# fmt: off
FIELDS: dict[str, tuple[str, str]] = {
    "account": ("Cuenta", "Account"),
    "acknowledged_on": ("Acuse de recibo", "Acknowledged on"),
    "acknowledged_sha256": ("Huella del acta confirmada", "Acknowledged report's fingerprint"),
    "acta": ("Acta", "Meeting report"),
    "active": ("Activo", "Active"),
    "address": ("Dirección", "Address"),
    "answered": ("Preguntas respondidas", "Questions answered"),
    "approval": ("Aprobación", "Approval"),
    "assignee": ("Responsable", "Owner"),
    "brand": ("Marca", "Brand"),
    "brands": ("Marcas", "Brands"),
    "breached": ("Plazo incumplido", "Deadline missed"),
    "city": ("Ciudad", "City"),
    "closed_at": ("Cerrada el", "Closed on"),
    "code": ("Código", "Code"),
    "contact": ("Contacto", "Contact"),
    "contact_role": ("Papel en el cliente", "Role at the client"),
    "country": ("País", "Country"),
    "currency": ("Moneda", "Currency"),
    "decision": ("Decisión", "Decision"),
    "decision_maker": ("Decisor", "Decision maker"),
    "description": ("Descripción", "Description"),
    "direction": ("Sentido", "Direction"),
    "email": ("Correo electrónico", "E-mail"),
    "erased": ("Datos personales borrados", "Personal data erased"),
    "escalated_to": ("Escalada a", "Escalated to"),
    "escalation": ("Nivel de escalado", "Escalation level"),
    "full_name": ("Nombre", "Name"),
    "group_id": ("Grupo", "Group"),
    "held_on": ("Celebrada el", "Held on"),
    "kept": ("Cuenta conservada", "Kept account"),
    "key_visual": ("Key visual", "Key visual"),
    "lead_executive": ("Ejecutivo principal", "Lead executive"),
    "lead_executive_id": ("Ejecutivo principal", "Lead executive"),
    "left": ("Se quedó con la fusionada", "Stayed with the merged account"),
    "legal_name": ("Razón social", "Legal name"),
    "level": ("Nivel de aprobación", "Approval level"),
    "locale": ("Configuración regional", "Locale"),
    "logo": ("Logotipo", "Logo"),
    "may_be_shown": ("Se puede mostrar", "May be shown"),
    "merged_from": ("Cuenta fusionada", "Merged account"),
    "mobile": ("Móvil", "Mobile"),
    "moved": ("Trasladado", "Moved"),
    "name": ("Nombre", "Name"),
    "notes": ("Notas", "Notes"),
    "owner": ("Responsable", "Owner"),
    "parent_id": ("Empresa matriz", "Parent company"),
    "phone": ("Teléfono", "Phone"),
    "plan": ("Plan de medios", "Media plan"),
    "position": ("Cargo", "Position"),
    "preferred_channel": ("Canal preferido", "Preferred channel"),
    "resolved_at": ("Resuelta el", "Resolved on"),
    "response": ("Respuesta", "Response"),
    "routed_by": ("Asignada por", "Routed by"),
    "sector": ("Sector", "Sector"),
    "sent_sha256": ("Huella del acta enviada", "Sent report's fingerprint"),
    "sent_to": ("Enviada a", "Sent to"),
    "sha256": ("Huella del documento", "Document fingerprint"),
    "status": ("Estado", "Status"),
    "survey": ("Encuesta", "Survey"),
    "tax_id": ("NIF", "Tax ID"),
    "tax_id_duplicate_reason": ("Motivo del NIF repetido", "Reason for the duplicate tax ID"),
    "team": ("Equipo", "Team"),
    "template_id": ("Encuesta", "Survey"),
    "token": ("Código del cuestionario", "Questionnaire code"),
    "total": ("Total", "Total"),
    "trade_name": ("Nombre comercial", "Trade name"),
    "undo": ("Deshace un cambio", "Undoes a change"),
    "vendor": ("Proveedor", "Supplier"),
    "vendor_id": ("Proveedor", "Supplier"),  # UI.md's word, not the catalogue's «Vendor»
    "version": ("Versión", "Version"),
    "website": ("Web", "Website"),
}
# fmt: on
UNKNOWN_FIELD = ("Otro dato", "Other detail")


def _words(pair: tuple[str, str]) -> str:
    return pair[1] if language() == "en" else pair[0]


def entity_label(entity: str) -> str:
    """The kind of record a history entry is about («Respuesta a la encuesta»)."""
    return record_kind(entity)


def has_field_label(name: str) -> bool:
    """Whether the history has words for field `name` (its own, or the catalogue's)."""
    return name in FIELDS or name in CATALOGUE_FIELDS


def field_label(name: str) -> str:
    """The label of a changed field in the history: its words, never the name in the code
    (one from old data that nothing writes any more reads «Otro dato»)."""
    if name == "mobile":
        return label(Term.MOBILE)  # «Celular» in Latin-American Spanish
    pair = FIELDS.get(name) or CATALOGUE_FIELDS.get(name)
    if pair is None:
        shown = catalogue_field_label(name)  # a part of a field: «Próximos pasos (2)»
        return shown if shown != name else _words(UNKNOWN_FIELD)
    return _words(pair)


def yes_no(value: bool) -> str:
    return translate("Labels", "Sí") if value else translate("Labels", "No")


def value_text(
    name: str,
    value: Any,
    names: Mapping[str, Mapping[int, str]] | None = None,
    *,
    entity: str = "",
    locale: QLocale | None = None,
) -> str:
    """A value from the audit trail as people read it ("—" for nothing): a code in words
    (by the kind of record, `entity`: a request's status is not an account's), a day or
    an amount in `locale`'s formats, another record by its name."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if name == "routed_by":  # a rule as the routing dialog shows it, or the fallback taken
        from agencia.domain.routed_by import routed_by_text

        return routed_by_text(value)
    if name == "plan" and isinstance(value, list):  # a media plan's lines
        from agencia.ui.accounts.history_values import plan_lines

        return plan_lines(value, locale)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):  # a merge: an account by name, or counts by kind of record
        if "trade_name" in value:
            return f"{value['trade_name']} (#{value.get('id', '?')})"
        return ", ".join(f"{render('merge.' + str(k))}: {v}" for k, v in value.items())
    # Babel's names (CLDR) and the other areas' codes only for the history's values, not
    # for the list's first page
    from agencia.ui.accounts.history_values import coded, plain
    from agencia.ui.locale_names import country_name, locale_name

    if isinstance(value, str) and (words := coded(entity, name, value)) is not None:
        return words
    lookups: dict[str, Callable[[Any], str]] = {
        "status": status_label,
        "country": lambda code: country_name(str(code)),
        "locale": lambda code: locale_name(str(code)),
    }
    if name in lookups:
        try:
            return lookups[name](value)
        except ValueError:
            pass
    if isinstance(value, int) and (name in REFERENCES or name.endswith("_id")):
        # another record, by its name (`services/accounts/history_names.py`); one that
        # cannot be named (nothing in the trail about it, or hidden from the person) by
        # no number: «#12» told nobody anything
        found = names.get(name, {}).get(value) if names else None
        return found or translate("Labels", "no disponible")
    if isinstance(value, str):
        return plain(name, value, locale)
    return str(value)


def role_label(role: str) -> str:
    """An agency role, in the language of the message catalogue."""
    return role_name(role)


def local_datetime(locale: QLocale, when: datetime) -> str:
    """A UTC timestamp in the person's time zone, as the agency's locale writes it."""
    return datetime_text(when if when.tzinfo else when.replace(tzinfo=UTC), locale)


def count_text(locale: QLocale, count: int) -> str:
    """ "1 cuenta", "1234 cuentas": the number grouped as the agency's locale groups it."""
    if count == 1:
        return translate("Labels", "1 cuenta")
    return translate("Labels", "%1 cuentas").replace("%1", number(count, locale))
