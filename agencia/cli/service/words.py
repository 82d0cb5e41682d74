"""The service commands' own words, in Spanish and English: the queue's headers, a
request's labelled fields and what a move or a reassignment says."""

from __future__ import annotations

from typing import Any

from agencia.cli.words import english

TEXT = {
    "none": ("No hay solicitudes.", "No requests."),
    "count": ("{n} solicitudes.", "{n} requests."),
    "breached": ("INCUMPLIDA", "BREACHED"),
    "headers": (
        (
            "id",
            "cuenta",
            "asunto",
            "canal",
            "tipo",
            "prioridad",
            "estado",
            "responsable",
            "vence",
            "SLA",
        ),
        (
            "id",
            "account",
            "subject",
            "channel",
            "kind",
            "priority",
            "status",
            "assignee",
            "due",
            "SLA",
        ),
    ),
    "climbed": ("{n} solicitudes escaladas.", "{n} requests escalated."),
    "count_one": ("1 solicitud.", "1 request."),
    "fields": (
        (
            "Cuenta",
            "Canal",
            "Tipo",
            "Prioridad",
            "Estado",
            "Responsable",
            "Recibida",
            "Primera respuesta",
            "Vence",
            "Incumplida",
            "Descripción",
            "Resolución",
        ),
        (
            "Account",
            "Channel",
            "Kind",
            "Priority",
            "Status",
            "Assignee",
            "Received",
            "First response",
            "Due",
            "Breached",
            "Description",
            "Resolution",
        ),
    ),
    "previous": ("Resolución anterior", "Previous resolution"),
    "moved": (
        "Solicitud {id}, «{subject}»: {status}. Responsable: {assignee}.",
        "Request {id}, “{subject}”: {status}. Assignee: {assignee}.",
    ),
    "due": ("Resolver antes del {due}.", "Resolve by {due}."),
    "paused": (
        "El plazo se detiene mientras espera al cliente.",
        "The SLA clock stops while it waits on the client.",
    ),
    "yes_no": (("Sí", "No"), ("Yes", "No")),
    # the first answer: given (its moment), owed or never given; then when it was due
    "answer_due": ("{answer} (plazo: {due})", "{answer} (due {due})"),
    "answer_owed": ("pendiente", "pending"),
    "answer_never": ("sin respuesta", "not answered"),
    "thread": ("Conversación", "Thread"),
    "became": (("Campaña", "Tarea"), ("Campaign", "Task")),
}


def say(key: str, **params: Any) -> Any:
    """The words `key` in the language of the messages (a pair of tuples gives the tuple),
    filled in."""
    es, en = TEXT[key]
    value = en if english() else es
    return value.format(**params) if isinstance(value, str) else value
