"""The words for the service and communications areas' enums, Spanish and English
(merged into the one catalogue, `agencia.domain.labels`)."""

from __future__ import annotations

from enum import StrEnum

from agencia.domain.service_enums import Delivery, Direction, Priority, RequestKind, RequestStatus

LABELS: dict[type[StrEnum], dict[str, tuple[str, str]]] = {
    RequestKind: {
        "incident": ("Incidencia", "Incident"),
        # UI.md's words: Solicitud / Incidencia / Reclamación
        "request": ("Solicitud", "Request"),
        "complaint": ("Reclamación", "Complaint"),
        "information": ("Información", "Information"),
    },
    Priority: {
        "urgent": ("Urgente", "Urgent"),
        "high": ("Alta", "High"),
        "normal": ("Normal", "Normal"),
        "low": ("Baja", "Low"),
    },
    RequestStatus: {
        "new": ("Nueva", "New"),
        "assigned": ("Asignada", "Assigned"),
        "in_progress": ("En curso", "In progress"),
        "waiting_on_client": ("Esperando al cliente", "Waiting on the client"),
        "resolved": ("Resuelta", "Resolved"),
        "closed": ("Cerrada", "Closed"),
        "reopened": ("Reabierta", "Reopened"),
    },
    Direction: {
        "inbound": ("Recibida", "Inbound"),
        "outbound": ("Enviada", "Outbound"),
    },
    Delivery: {
        "not_applicable": ("Sin confirmación", "No confirmation"),
        "pending": ("Pendiente", "Pending"),
        "delivered": ("Entregada", "Delivered"),
        "failed": ("No entregada", "Not delivered"),
    },
}
