"""The kinds of record an account's history names (an audit entry's `entity`, a
`ChangeKind`'s value), as people read them, in Spanish and English.

The account page's «Historial» and `agencia account show` name each entry's record by
these words («Acción de mejora»), never by the name in the code («improvement_action»).
The window reads this one table too (`agencia.ui.accounts.labels.entity_label`), and
tests/ui/test_history_labels.py walks every writer of the trail for a name without words.
"""

from __future__ import annotations

from agencia.domain.messages import language

# fmt: off
KINDS: dict[str, tuple[str, str]] = {
    "account": ("Cuenta", "Account"),
    "account_health": ("Salud de la cuenta", "Account health"),
    "agency": ("Agencia", "Agency"),
    "approval": ("Aprobación", "Approval"),
    "brand": ("Marca", "Brand"),
    "brief": ("Brief", "Brief"),
    "campaign": ("Campaña", "Campaign"),
    "capacity": ("Capacidad", "Capacity"),
    "communication": ("Comunicación", "Communication"),
    "contact": ("Contacto", "Contact"),
    "contrabrief": ("Contrabrief", "Counter-brief"),
    "data_import": ("Importación", "Import"),
    "delegation": ("Delegación", "Delegation"),
    "document": ("Documento", "Document"),
    "group": ("Grupo de cuentas", "Account group"),
    "improvement_action": ("Acción de mejora", "Improvement action"),
    "mail": ("Correo recibido", "Incoming e-mail"),
    "media_plan": ("Plan de medios", "Media plan"),
    "meeting": ("Reunión", "Meeting"),
    "product": ("Producto", "Product"),
    "proposal": ("Propuesta", "Proposal"),
    "routing_rule": ("Regla de asignación", "Routing rule"),
    "service_request": ("Solicitud", "Request"),
    "sla_policy": ("Plazos de servicio", "Service targets"),
    "staff": ("Persona del equipo", "Staff member"),
    "survey": ("Encuesta de satisfacción", "Satisfaction survey"),
    "survey_response": ("Respuesta a la encuesta", "Survey response"),
    "task": ("Tarea", "Task"),
    "user": ("Usuario", "User"),
    "vendor": ("Proveedor", "Supplier"),
    "vendor_job": ("Encargo a proveedor", "Supplier job"),
}
# fmt: on
UNKNOWN = ("Registro", "Record")  # a kind from old data no longer written


def record_kind(code: str, lang: str | None = None) -> str:
    """ "improvement_action" → "Acción de mejora" / "Improvement action"."""
    es, en = KINDS.get(code, UNKNOWN)
    return en if (lang or language()) == "en" else es
