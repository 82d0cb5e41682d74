"""What the accounts area calls things, in the person's language.

The code speaks English enums (`AccountStatus.PAUSED`); people read "En pausa". An enum's
word comes from the one catalogue (agencia.domain.labels), in the language the window set
at start-up; the area's own words (fields, entities, counts) go through Qt's translator
under the context "Labels", so the English .ts file picks them up.
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
from agencia.domain.labels import label
from agencia.domain.messages import render, role_name
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


def entity_label(entity: str) -> str:
    return {
        "account": translate("Labels", "Cuenta"),
        "contact": translate("Labels", "Contacto"),
        "brand": translate("Labels", "Marca"),
        "product": translate("Labels", "Producto"),
    }.get(entity, entity)


def field_label(name: str) -> str:
    """The label of a changed field in the history."""
    return {
        "trade_name": translate("Labels", "Nombre comercial"),
        "legal_name": translate("Labels", "Razón social"),
        "tax_id": translate("Labels", "NIF"),
        "parent_id": translate("Labels", "Empresa matriz"),
        "sector": translate("Labels", "Sector"),
        "status": translate("Labels", "Estado"),
        "group_id": translate("Labels", "Grupo"),
        "lead_executive_id": translate("Labels", "Ejecutivo principal"),
        "lead_executive": translate("Labels", "Ejecutivo principal"),
        "locale": translate("Labels", "Configuración regional"),
        "currency": translate("Labels", "Moneda"),
        "may_be_shown": translate("Labels", "Se puede mostrar"),
        "website": translate("Labels", "Web"),
        "phone": translate("Labels", "Teléfono"),
        "email": translate("Labels", "Correo electrónico"),
        "address": translate("Labels", "Dirección"),
        "city": translate("Labels", "Ciudad"),
        "country": translate("Labels", "País"),
        "notes": translate("Labels", "Notas"),
        "logo": translate("Labels", "Logotipo"),
        "full_name": translate("Labels", "Nombre"),
        "position": translate("Labels", "Cargo"),
        "contact_role": translate("Labels", "Papel en el cliente"),
        "mobile": translate("Labels", "Móvil"),
        "preferred_channel": translate("Labels", "Canal preferido"),
        "decision_maker": translate("Labels", "Decisor"),
        "brands": translate("Labels", "Marcas"),
        "active": translate("Labels", "Activo"),
        "name": translate("Labels", "Nombre"),
        "description": translate("Labels", "Descripción"),
        "tax_id_duplicate_reason": translate("Labels", "Motivo del NIF repetido"),
        "merged_from": translate("Labels", "Cuenta fusionada"),
        "kept": translate("Labels", "Cuenta conservada"),
        "moved": translate("Labels", "Trasladado"),
        "left": translate("Labels", "Se quedó con la fusionada"),
    }.get(name, name)


def yes_no(value: bool) -> str:
    return translate("Labels", "Sí") if value else translate("Labels", "No")


def value_text(name: str, value: Any, names: Mapping[str, Mapping[int, str]] | None = None) -> str:
    """A value from the audit trail as people read it ("—" for nothing)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):  # a merge: an account by name, or counts by kind of record
        if "trade_name" in value:
            return f"{value['trade_name']} (#{value.get('id', '?')})"
        return ", ".join(f"{render('merge.' + str(k))}: {v}" for k, v in value.items())
    # Babel's names (CLDR) only for the history's values, not for the list's first page
    from agencia.ui.locale_names import country_name, locale_name

    lookups: dict[str, Callable[[Any], str]] = {
        "status": status_label,
        "preferred_channel": channel_label,
        "contact_role": contact_role_label,
        "country": lambda code: country_name(str(code)),
        "locale": lambda code: locale_name(str(code)),
    }
    if name in lookups:
        try:
            return lookups[name](value)
        except ValueError:
            return str(value)
    if names and name in names and isinstance(value, int):
        return names[name].get(value, f"#{value}")
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
