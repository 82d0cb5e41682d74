"""What the campaigns area calls things, in the person's language.

The code speaks English enums (`CampaignStatus.INTERNAL_REVIEW`); people read "Revisión
interna". An enum's word comes from the one catalogue (agencia.domain.labels), in the
language the window set at start-up; the area's own words (moves, needs, the history's
entries) go through Qt's translator under the context "Labels", so the English .ts file
picks them up. Status chips carry colour *and* text, the same colours on the
list, the board and the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from agencia.domain.campaign_life import Need
from agencia.domain.enums import (
    ApprovalStage,
    CampaignKind,
    CampaignStatus,
    Channel,
    Decision,
    Role,
)
from agencia.domain.labels import label
from agencia.domain.messages import role_name
from agencia.ui.widgets.status_chip import Chip

translate = QCoreApplication.translate

S = CampaignStatus


def status_label(status: CampaignStatus | str) -> str:
    return label(CampaignStatus(status))


# One accent per status: blues while the agency works, amber while someone must decide,
# green once approved and running, grey/red when it is over.
STATUS_COLORS: dict[CampaignStatus, str] = {
    S.BRIEF: "#546e7a",
    S.IN_DEVELOPMENT: "#1565c0",
    S.INTERNAL_REVIEW: "#6a1b9a",
    S.READY_FOR_CLIENT: "#00838f",
    S.PRESENTED: "#b26a00",
    S.APPROVED: "#2e7d32",
    S.CHANGES_REQUESTED: "#d84315",
    S.REJECTED: "#c62828",
    S.IN_PRODUCTION: "#283593",
    S.LIVE: "#1b8a3c",
    S.COMPLETED: "#6d6d6d",
    S.CANCELLED: "#8d6e63",
}


def status_chip(status: CampaignStatus | str) -> Chip:
    return Chip(status_label(status), STATUS_COLORS[CampaignStatus(status)])


def decision_label(decision: Decision | str) -> str:
    return label(Decision(decision))


DECISION_COLORS: dict[Decision, str] = {
    Decision.APPROVED: "#2e7d32",
    Decision.CHANGES_REQUESTED: "#d84315",
    Decision.REJECTED: "#c62828",
}


def decision_chip(decision: Decision | str) -> Chip:
    return Chip(decision_label(decision), DECISION_COLORS[Decision(decision)])


def stage_label(stage: ApprovalStage | str) -> str:
    """Which approval a decision was: the brief's, the agency's or the client's."""
    return label(ApprovalStage(stage))


def kind_label(kind: CampaignKind | str) -> str:
    return label(CampaignKind(kind))


def channel_label(channel: Channel | str) -> str:
    """How the client decided or acknowledged: by phone, e-mail, in person…"""
    return label(Channel(channel))


def need_label(need: Need | str) -> str:
    """What a move asks for before it happens (a button's second line, a dialog's title)."""
    return {
        Need.NOTHING: "",
        Need.APPROVED_BRIEF: translate("Labels", "Necesita el brief aprobado"),
        Need.PROPOSAL: translate("Labels", "Necesita una propuesta"),
        Need.INTERNAL_DECISION: translate("Labels", "Decisión interna"),
        Need.PRESENTED_DOCUMENT: translate("Labels", "Documento presentado"),
        Need.CLIENT_DECISION: translate("Labels", "Decisión del cliente"),
        Need.RESULTS: translate("Labels", "Resultados"),
        Need.REASON: translate("Labels", "Motivo"),
    }.get(Need(need), str(need))


def move_label(source: CampaignStatus | str, target: CampaignStatus | str) -> str:
    """The verb of a status button: what the person does, not only where it lands."""
    pair = (CampaignStatus(source), CampaignStatus(target))
    special = {
        (S.BRIEF, S.IN_DEVELOPMENT): translate("Labels", "Pasar a desarrollo"),
        (S.IN_DEVELOPMENT, S.INTERNAL_REVIEW): translate("Labels", "Enviar a revisión interna"),
        (S.INTERNAL_REVIEW, S.READY_FOR_CLIENT): translate("Labels", "Aprobar internamente"),
        (S.INTERNAL_REVIEW, S.CHANGES_REQUESTED): translate("Labels", "Pedir cambios"),
        (S.INTERNAL_REVIEW, S.REJECTED): translate("Labels", "Rechazar"),
        (S.READY_FOR_CLIENT, S.PRESENTED): translate("Labels", "Registrar presentación"),
        (S.PRESENTED, S.APPROVED): translate("Labels", "El cliente aprueba"),
        (S.PRESENTED, S.CHANGES_REQUESTED): translate("Labels", "El cliente pide cambios"),
        (S.PRESENTED, S.REJECTED): translate("Labels", "El cliente rechaza"),
        (S.CHANGES_REQUESTED, S.IN_DEVELOPMENT): translate("Labels", "Volver a desarrollo"),
        (S.APPROVED, S.IN_PRODUCTION): translate("Labels", "Pasar a producción"),
        (S.IN_PRODUCTION, S.LIVE): translate("Labels", "Poner en curso"),
        (S.LIVE, S.COMPLETED): translate("Labels", "Finalizar"),
    }
    if pair in special:
        return special[pair]
    if pair[1] is S.CANCELLED:
        return translate("Labels", "Cancelar campaña")
    return status_label(pair[1])


def timeline_kind_label(kind: str) -> str:
    """The kind of an entry on the campaign's history (`TimelineEntry.kind`)."""
    return {
        "created": translate("Labels", "Alta"),
        "move": translate("Labels", "Cambio de estado"),
        "brief": translate("Labels", "Brief"),
        "brief_decision": translate("Labels", "Decisión sobre el brief"),
        "contrabrief": translate("Labels", "Contrabrief"),
        "proposal": translate("Labels", "Propuesta"),
        "decision": translate("Labels", "Decisión"),
        "meeting": translate("Labels", "Acta"),
    }.get(kind, kind)


TIMELINE_ICONS: dict[str, str] = {
    "created": "add",
    "move": "swap",
    "brief": "edit",
    "brief_decision": "check",
    "contrabrief": "document",
    "proposal": "document",
    "decision": "check",
    "meeting": "calendar",
}


def approver_text(role: Role | str) -> str:
    """Who approves a budget internally: "Supervisor de cuentas o superior" (a director has
    nobody above: just the role)."""
    name = role_name(str(Role(role).value))
    if Role(role) is Role.ACCOUNT_DIRECTOR:
        return name
    return translate("Labels", "%1 o superior").replace("%1", name)


def count_text(locale: QLocale, count: int) -> str:
    """ "1 campaña", "1.234 campañas": grouped as the agency's locale groups numbers."""
    if count == 1:
        return translate("Labels", "1 campaña")
    return translate("Labels", "%1 campañas").replace("%1", locale.toString(count))


def short_sha(sha256: str) -> str:
    """The first 12 hex digits of a SHA-256 (the full one goes in a tooltip)."""
    return f"{sha256[:12]}…" if len(sha256) > 12 else sha256
