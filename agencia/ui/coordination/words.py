"""What the coordination page says about a task: its alert, its tooltip, its status —
the catalogue's words for codes, Qt's for the page's own sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from agencia.domain.labels import label
from agencia.domain.text import fill
from agencia.services.coordination.queries import TaskRow
from agencia.ui.formatting import date_text, number

translate = QCoreApplication.translate


def alert_text(row: TaskRow) -> str:
    """Why the task needs looking at ("" when it does not)."""
    if row.overdue:
        return translate("Coordination", "Vencida")
    if row.late_dependency and row.over_capacity:
        return translate("Coordination", "En riesgo: dependencia y sobrecarga")
    if row.late_dependency:
        return translate("Coordination", "En riesgo: depende de algo que acaba tarde")
    if row.over_capacity:
        return translate("Coordination", "En riesgo: semana por encima de su capacidad")
    return ""


def status_text(row: TaskRow) -> str:
    return alert_text(row) or label(row.status)


def doer_text(row: TaskRow) -> str:
    """Who does it: the person, else the vendor, else the team."""
    return row.assignee or row.vendor or (label(row.team) if row.team else "")


def task_tooltip(row: TaskRow, critical: bool, locale: QLocale) -> str:
    lines = [
        ("◆ " if row.milestone else "") + row.title,
        f"{date_text(row.start, locale)} – {date_text(row.due, locale)}",
        label(row.status),
    ]
    if doer_text(row):
        lines.append(doer_text(row))
    if row.estimated_hours:
        lines.append(translate("Coordination", "%1 h estimadas").replace(
            "%1", number(row.estimated_hours, locale, 1)))  # fmt: skip
    if critical:
        lines.append(translate("Coordination", "En la ruta crítica"))
    if alert_text(row):
        lines.append("⚠ " + alert_text(row))
    if (row.expected_start, row.expected_due) != (row.start, row.due):
        lines.append(
            fill(
                translate("Coordination", "Previsto: %1 – %2"),
                date_text(row.expected_start, locale),
                date_text(row.expected_due, locale),
            )
        )
    return "\n".join(lines)
