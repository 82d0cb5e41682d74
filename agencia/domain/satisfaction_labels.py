"""The words for the satisfaction area's enums, Spanish and English (merged into the one
catalogue, `agencia.domain.labels`)."""

from __future__ import annotations

from enum import StrEnum

from agencia.domain.satisfaction_enums import (
    ActionStatus,
    Dimension,
    HealthBand,
    HealthFactor,
    ResponseSource,
    ScaleWording,
)

LABELS: dict[type[StrEnum], dict[str, tuple[str, str]]] = {
    ScaleWording: {
        "quality": ("Pésimo … Excelente", "Very poor … Excellent"),
        "satisfaction": ("Muy insatisfecho … Muy satisfecho", "Very dissatisfied … Very satisfied"),
    },
    Dimension: {
        "tangibles": ("Tangibles", "Tangibles"),
        "fulfilment": ("Cumplimiento de expectativas", "Fulfilment of expectations"),
        "attitude": ("Actitud del personal", "Staff attitude"),
        "skills": ("Competencia del personal", "Staff skills"),
        "empathy": ("Empatía", "Empathy"),
        "responsibility": ("Responsabilidad", "Responsibility"),
        "competence": ("Competencia", "Competence"),
        "trust": ("Confianza", "Trust"),
        "understanding": ("Comprensión", "Understanding"),
        "access": ("Accesibilidad", "Access"),
        "courtesy": ("Cortesía", "Courtesy"),
        "security": ("Seguridad", "Security"),
        "tangibility": ("Tangibilidad", "Tangibility"),
    },
    ResponseSource: {
        "entry": ("Entrada manual", "Typed in"),
        "csv": ("Importada (CSV)", "Imported (CSV)"),
        "pdf": ("Cuestionario PDF", "PDF questionnaire"),
    },
    ActionStatus: {
        "open": ("Abierta", "Open"),
        "done": ("Cerrada", "Closed"),
        "cancelled": ("Cancelada", "Cancelled"),
    },
    HealthBand: {
        "healthy": ("Sana", "Healthy"),
        "watch": ("En observación", "Watch"),
        "at_risk": ("En riesgo", "At risk"),
    },
    HealthFactor: {
        "satisfaction": ("Satisfacción", "Satisfaction"),
        "trend": ("Tendencia de la satisfacción", "Satisfaction trend"),
        "sla": ("Cumplimiento de SLA", "SLA compliance"),
        "approval_cycle": ("Ciclo de aprobación", "Approval cycle"),
        "overdue_tasks": ("Tareas vencidas", "Overdue tasks"),
        "last_contact": ("Último contacto", "Last contact"),
    },
}
