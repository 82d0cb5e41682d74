"""The words for every column an export holds, in Spanish and English: a restore that
refuses a value names its column as people know it («Fecha de alta», not `created_at`).

A column a form shows is named as the form names it (`field_labels`); the others — what
the application keeps for itself (record numbers, versions, fingerprints, the trail) —
are named here. Every column of every exported table has words
(tests/services/test_restore_checked.py).
"""

from __future__ import annotations

from agencia.domain.field_labels import FIELDS, field_label

# column name → (es, en), for the columns no form shows.
# fmt: off
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("Nº de registro", "Record number"),
    "version": ("Versión del registro", "Record version"),
    "created_at": ("Fecha de alta", "Created on"),
    "updated_at": ("Última modificación", "Last changed"),
    "name_key": ("Nombre para ordenar", "Sorting name"),
    "search_text": ("Texto de búsqueda", "Search text"),
    "active": ("Activo", "Active"),
    "at": ("Fecha y hora", "Date and time"),
    "action": ("Acción", "Action"),
    "changes": ("Cambios", "Changes"),
    "entity": ("Tipo de registro", "Kind of record"),
    "entity_id": ("Registro", "Record"),
    "acknowledged_channel": ("Canal de la conformidad", "Acknowledgement channel"),
    "acknowledged_sha256": ("Huella del acta conformada", "Acknowledged acta fingerprint"),
    "acknowledgement_note": ("Nota de la conformidad", "Acknowledgement note"),
    "acta_sha256": ("Huella del acta", "Acta fingerprint"),
    "addresses": ("Direcciones", "Addresses"),
    "answered": ("Preguntas respondidas", "Questions answered"),
    "approval_id": ("Aprobación", "Approval"),
    "approval_threshold": ("Umbral de aprobación", "Approval threshold"),
    "approved_at": ("Aprobado el", "Approved on"),
    "approved_by_id": ("Aprobado por", "Approved by"),
    "author_id": ("Autor", "Author"),
    "band": ("Franja de salud", "Health band"),
    "before": ("Valores anteriores", "Previous values"),
    "breached": ("SLA incumplido", "SLA breached"),
    "brief_id": ("Brief", "Brief"),
    "brief_number": ("Versión del brief", "Brief version"),
    "closed_at": ("Cerrada el", "Closed on"),
    "closed_on": ("Cerrada el", "Closed on"),
    "closing_gap": ("Brecha al cerrar", "Gap when closed"),
    "closures": ("Cierres", "Closures"),
    "code": ("Código", "Code"),
    "communication_id": ("Comunicación", "Communication"),
    "computed_on": ("Calculado el", "Computed on"),
    "created": ("Creados", "Created"),
    "decided_by_id": ("Decidido por", "Decided by"),
    "decision": ("Decisión", "Decision"),
    "depends_on_id": ("Depende de", "Depends on"),
    "dimension_key": ("Dimensión", "Dimension"),
    "dimension_no": ("Nº de dimensión", "Dimension number"),
    "direction": ("Sentido", "Direction"),
    "document_id": ("Documento", "Document"),
    "document_sha256": ("Huella del documento", "Document fingerprint"),
    "due_resolution_at": ("Plazo de resolución", "Resolution due"),
    "due_response_at": ("Plazo de respuesta", "Response due"),
    "escalated_to_id": ("Escalada a", "Escalated to"),
    "escalation": ("Nivel de escalado", "Escalation level"),
    "family_id": ("Familia de encuestas", "Survey family"),
    "file_name": ("Archivo", "File"),
    "first_response_at": ("Primera respuesta", "First response"),
    "follow_up": ("Seguimiento", "Follow-up"),
    "from_staff_id": ("Delegada por", "Delegated by"),
    "from_status": ("Estado anterior", "Previous status"),
    "import_id": ("Importación", "Import"),
    "in_reply_to": ("En respuesta a", "In reply to"),
    "is_demo": ("Agencia de demostración", "Demo agency"),
    "key_visual_id": ("Visual principal", "Key visual"),
    "keyring_service": ("Llavero", "Keyring"),
    "language": ("Idioma", "Language"),
    "last_sign_in": ("Última entrada", "Last sign-in"),
    "last_uid": ("Último mensaje leído", "Last message read"),
    "manager_approval_threshold": ("Umbral de aprobación del gerente",
                                   "Manager's approval threshold"),
    "meeting_id": ("Reunión", "Meeting"),
    "message_id": ("Identificador del mensaje", "Message ID"),
    "must_change_password": ("Debe cambiar la contraseña", "Must change password"),
    "number": ("Versión", "Version"),
    "occurred_at": ("Fecha y hora", "Date and time"),
    "occurred_on": ("Fecha", "Date"),
    "on_behalf_of_id": ("En nombre de", "On behalf of"),
    "password_hash": ("Contraseña cifrada", "Password hash"),
    "pauses": ("Pausas", "Pauses"),
    "priority": ("Prioridad", "Priority"),
    "product_id": ("Producto", "Product"),
    "proof_id": ("Justificante", "Proof"),
    "proposal_id": ("Propuesta", "Proposal"),
    "question_no": ("Nº de pregunta", "Question number"),
    "queue_at": ("En cola desde", "Queued since"),
    "rated_at": ("Valorado el", "Rated on"),
    "rated_by_id": ("Valorado por", "Rated by"),
    "raw": ("Mensaje original", "Original message"),
    "reasons": ("Motivos", "Reasons"),
    "received_at": ("Recibido el", "Received on"),
    "recorded_by_id": ("Registrada por", "Recorded by"),
    "rejected": ("Rechazadas", "Rejected"),
    "request_id": ("Solicitud", "Request"),
    "requested_by_id": ("Pedido por", "Requested by"),
    "required_role": ("Rol necesario", "Role required"),
    "resolution": ("Resolución", "Resolution"),
    "resolved_at": ("Resuelta el", "Resolved on"),
    "response_id": ("Respuesta", "Response"),
    "results_kpis": ("Resultados (indicadores)", "Results (KPIs)"),
    "results_story": ("Resultados (relato)", "Results (story)"),
    "retired": ("Retirada", "Retired"),
    "revision": ("Revisión", "Revision"),
    "revoked": ("Revocada", "Revoked"),
    "row": ("Fila", "Row"),
    "rows": ("Filas", "Rows"),
    "satisfaction": ("Satisfacción", "Satisfaction"),
    "scheduled_for": ("Programado para", "Scheduled for"),
    "sender": ("Remitente", "Sender"),
    "sent_at": ("Enviada el", "Sent on"),
    "sent_sha256": ("Huella del acta enviada", "Sent acta fingerprint"),
    "sent_to_id": ("Enviada a", "Sent to"),
    "sha256": ("Huella (SHA-256)", "Fingerprint (SHA-256)"),
    "shipped": ("Encuesta de serie", "Shipped survey"),
    "since": ("Desde", "Since"),
    "size": ("Tamaño", "Size"),
    "stage": ("Etapa", "Stage"),
    "subject_number": ("Versión aprobada", "Version approved"),
    "supersedes_id": ("Sustituye a", "Supersedes"),
    "their_zone": ("Zona horaria del cliente", "Client's time zone"),
    "to_status": ("Estado nuevo", "New status"),
    "undone_at": ("Deshecha el", "Undone on"),
    "updated": ("Actualizados", "Updated"),
    "uploaded_at": ("Subido el", "Uploaded on"),
    "uploaded_by_id": ("Subido por", "Uploaded by"),
    "wording": ("Palabras de la escala", "Scale wording"),
}
# fmt: on


def column_label(name: str, lang: str | None = None) -> str:
    """The words for column `name` in `lang` (the messages' language by default): the
    forms' label where a form shows it, else the words above, else the name itself."""
    from agencia.domain.messages import language

    if name in FIELDS:
        return field_label(name, lang)
    pair = COLUMNS.get(name)
    if pair is None:
        return name
    return pair[1] if (lang or language()) == "en" else pair[0]
