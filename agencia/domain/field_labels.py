"""The words people see for the fields a service validates, in Spanish and English.

A service refuses with `ValidationError({field: (code, params)})`, keyed by the field's
name in the code (`start_date`, `lead_executive_id`). The window shows each reason under
the field it belongs to, labelled by its form; whatever else tells people about a field
(the command line's one-line error) names it here, with the words of those forms («Inicio»,
«Ejecutivo principal»), never the name in the code. A field the forms label differently
from one form to another (a vendor's «Empresa», a campaign's «Nombre») has the general
word here. The field names every service's input dataclass carries all have one
(tests/domain/test_field_labels.py), and so does every field a service's refusal names
(tests/domain/test_field_error_labels.py).
"""

from __future__ import annotations

import re

# field name → (es, en), as the window's forms say them (without their «*»).
# fmt: off
FIELDS: dict[str, tuple[str, str]] = {
    "about": ("Quiénes somos", "About us"),
    "about_en": ("Quiénes somos (inglés)", "About us (English)"),
    "account_id": ("Cuenta", "Account"),
    "acknowledged_on": ("Fecha", "Date"),
    "address": ("Dirección", "Address"),
    "admin_email": ("Correo electrónico", "E-mail"),
    "admin_login": ("Usuario", "User name"),
    "admin_name": ("Nombre y apellidos", "Full name"),
    "admin_password": ("Contraseña", "Password"),
    "agency_name": ("Nombre comercial", "Trade name"),
    "agreements": ("Acuerdos", "Agreements"),
    "amount": ("Importe", "Amount"),
    "answered_on": ("Fecha", "Date"),
    "answers": ("Respuestas", "Answers"),
    "approach": ("Enfoque propuesto", "Proposed approach"),
    "assignee_id": ("Responsable", "Owner"),
    "attachments": ("Adjuntos", "Attachments"),
    "attendees": ("Asistentes", "Attendees"),
    "body": ("Texto del mensaje", "Message text"),
    "brand": ("Marca", "Brand"),
    "brand_id": ("Marca", "Brand"),
    "brand_ids": ("Marcas que lleva", "Brands they handle"),
    "budget": ("Presupuesto", "Budget"),
    "campaign": ("Campaña", "Campaign"),
    "campaign_id": ("Campaña", "Campaign"),
    "carrier": ("Mensajería", "Courier company"),  # a delivery's confirmation, and below
    "category": ("Categoría", "Category"),
    "channel": ("Canal", "Channel"),
    "channels": ("Canales", "Channels"),
    "city": ("Ciudad", "City"),
    "comment": ("Comentario", "Comment"),
    "conditions": ("Condiciones", "Conditions"),
    "confirmation": ("Confirmación", "Confirmation"),
    "confirmed_at": ("Confirmada el", "Confirmed on"),
    "confirmed_by": ("Confirmada por", "Confirmed by"),
    "contact_id": ("Contacto del cliente", "Client contact"),
    "contact_ids": ("Asistentes del cliente", "Client attendees"),
    "contact_name": ("Persona de contacto", "Contact person"),
    "contact_role": ("Papel en el cliente", "Role at the client"),
    "content_type": ("Tipo de archivo", "File type"),
    "country": ("País", "Country"),
    "currency": ("Moneda", "Currency"),
    "data": ("Archivo", "File"),
    "deadline": ("Fecha límite", "Deadline"),
    "decided_on": ("Fecha", "Date"),
    "decision_maker": ("Decisor", "Decision maker"),
    "deck_font": ("Tipografía", "Typeface"),
    "delivered_at": ("Entregado", "Delivered"),
    "delivered_on": ("Entregado el", "Delivered on"),
    "delivery": ("Entrega", "Delivery"),
    "department": ("Departamento", "Department"),
    "depends_on": ("Depende de", "Depends on"),
    "description": ("Descripción", "Description"),
    "dimension": ("Dimensión", "Dimension"),
    "dimensions": ("Dimensiones", "Dimensions"),
    "director_id": ("Director/a", "Director"),
    "document": ("Documento presentado", "Presented document"),
    "done": ("Hecho", "Done"),
    "due_on": ("Fin", "End"),
    "duplicate": ("Cuenta fusionada", "Merged account"),
    "email": ("Correo electrónico", "E-mail"),
    "ends": ("Fin", "End"),
    "ends_on": ("Hasta", "Until"),
    "estimated_hours": ("Horas estimadas", "Estimated hours"),
    "expected": ("Esperaba", "Expected"),
    "extension": ("Extensión", "Extension"),
    "fax": ("Fax", "Fax"),
    "files": ("Archivos", "Files"),
    "form_token": ("Cuestionario devuelto", "Returned questionnaire"),
    "full_name": ("Nombre y apellidos", "Full name"),
    "group": ("Grupo de cuentas", "Account group"),
    "group_id": ("Grupo de cuentas", "Account group"),
    "handover_id": ("Quién se hace cargo", "Who takes over"),
    "held_on": ("Fecha", "Date"),
    "imap_host": ("Servidor de entrada (IMAP)", "Incoming server (IMAP)"),
    "imap_port": ("Puerto IMAP", "IMAP port"),
    "importance": ("Importancia", "Importance"),
    "insight": ("Insight", "Insight"),
    "invoiced_amount": ("Facturado", "Invoiced"),
    "job_id": ("Trabajo entregado", "Delivered job"),
    "keep_document_ids": ("Archivos que se conservan", "Files kept"),
    "key_message": ("Mensaje clave", "Key message"),
    "kind": ("Tipo de campaña", "Campaign type"),
    "kpis": ("KPI", "KPIs"),
    "lag_days": ("Días después", "Days after"),
    "lead_executive_id": ("Ejecutivo principal", "Lead executive"),
    "lead_id": ("Nuevo responsable", "New lead"),
    "legal_name": ("Razón social", "Legal name"),
    "lines": ("Líneas del plan de medios", "Media plan lines"),
    "locale": ("Formato regional", "Regional format"),
    "login": ("Usuario", "User name"),
    "logo": ("Logotipo", "Logo"),
    "manager": ("Límite del gerente", "Manager's limit"),
    "mandatories": ("Obligatorios", "Mandatories"),
    "market": ("Mercado", "Market"),
    "may_be_shown": ("Presentaciones", "Credentials"),
    "milestone": ("Hito", "Milestone"),
    "mobile": ("Móvil", "Mobile"),
    "name": ("Nombre", "Name"),
    "new_password": ("Contraseña nueva", "New password"),
    "next_step": ("Próximo paso", "Next step"),
    "next_steps": ("Próximos pasos", "Next steps"),
    "note": ("Nota", "Note"),
    "notes": ("Notas", "Notes"),
    "objectives": ("Objetivos", "Objectives"),
    "opened_gap": ("Brecha", "Gap"),
    "opened_on": ("Fecha de apertura", "Opened on"),
    "owner_contact_id": ("Responsable en el cliente", "Owner at the client"),
    "owner_id": ("Responsable", "Owner"),
    "owner_staff_id": ("Responsable", "Owner"),
    "pages": ("Páginas", "Pages"),
    "parent_id": ("Empresa matriz", "Parent company"),
    "part": ("Papel en la cuenta", "Part on the account"),
    "password": ("Contraseña", "Password"),
    "perceived": ("Percibió", "Perceived"),
    "phone": ("Teléfono", "Phone"),
    "place": ("Lugar", "Place"),
    "po_number": ("N.º de orden de compra", "Purchase order no."),
    "points": ("Puntos de la escala", "Scale points"),
    "position": ("Cargo", "Position"),
    "postal_address": ("Dirección postal", "Postal address"),
    "preferred_channel": ("Canal preferido", "Preferred channel"),
    "preferred_hours": ("Horario preferido", "Preferred hours"),
    "presented_on": ("Fecha de la presentación", "Presentation date"),
    "primary_color": ("Color principal", "Primary colour"),
    "process": ("Cómo trabajamos", "How we work"),
    "process_en": ("Cómo trabajamos (inglés)", "How we work (English)"),
    "product": ("Producto", "Product"),
    "product_ids": ("Productos", "Products"),
    "promises": ("Compromisos", "Promises"),
    "proof": ("Justificante", "Evidence"),
    "question": ("Pregunta", "Question"),
    "questions": ("Preguntas al cliente", "Questions for the client"),
    "quote": ("Presupuesto", "Quote"),
    "rate": ("Tipo", "Rate"),
    "rates": ("Tarifas", "Rates"),
    "read_receipt": ("Confirmación de lectura", "Read receipt"),
    "reason": ("Motivo", "Reason"),
    "receipt": ("Acuse de recibo", "Receipt"),
    "remove_logo": ("Logotipo", "Logo"),
    "reports_to": ("Depende de", "Reports to"),
    "reports_to_id": ("Depende de", "Reports to"),
    "resolution": ("Resolución", "Resolution"),
    "results": ("KPI", "KPIs"),
    "role": ("Rol", "Role"),
    "rule_position": ("Posición", "Position"),  # a routing rule's place in the order
    "score": ("Valoración", "Rating"),
    "secondary_color": ("Color secundario", "Secondary colour"),
    "sector": ("Sector", "Sector"),
    "security": ("Seguridad", "Security"),
    "services": ("Servicios", "Services"),
    "services_en": ("Servicios (inglés)", "Services (English)"),
    "signed_by": ("Firmado por", "Signed by"),
    "smtp_host": ("Servidor de salida (SMTP)", "Outgoing server (SMTP)"),
    "smtp_port": ("Puerto SMTP", "SMTP port"),
    "source": ("Origen", "Source"),
    "spanish": ("Español", "Spanish"),
    "staff": ("Personas", "People"),
    "staff_id": ("Persona", "Person"),
    "staff_ids": ("Asistentes de la agencia", "Agency attendees"),
    "start_date": ("Inicio", "Start"),
    "start_on": ("Inicio", "Start"),
    "starts": ("Inicio", "Start"),
    "starts_on": ("Desde", "From"),
    "status": ("Estado", "Status"),
    "story": ("Resumen", "Summary"),
    "subject": ("Asunto", "Subject"),
    "summary": ("Resumen", "Summary"),
    "supervisor": ("Límite del supervisor", "Supervisor's limit"),
    "tagline": ("Lema", "Tagline"),
    "tagline_en": ("Lema (inglés)", "Tagline (English)"),
    "target": ("Destino", "Goes to"),
    "target_audience": ("Público objetivo", "Target audience"),
    "targets": ("Plazos", "Targets"),
    "task": ("Tarea", "Task"),
    "task_id": ("Tarea", "Task"),
    "tax_id": ("NIF", "Tax ID"),
    "team": ("Equipo interno", "Internal team"),
    "template": ("Plantilla", "Template"),
    "template_id": ("Encuesta", "Survey"),
    "time_zone": ("Zona horaria", "Time zone"),
    "title": ("Título", "Title"),
    "title_gender": ("Género del cargo", "Title gender"),
    "to_staff_id": ("Delegar en", "Delegate to"),
    "tracking_number": ("Número de seguimiento", "Tracking number"),
    "trade_name": ("Nombre comercial", "Trade name"),
    "transmission_report": ("Informe de transmisión", "Transmission report"),
    "understanding": ("Lo que entendimos", "What we understood"),
    "uploads": ("Archivos nuevos", "New files"),
    "username": ("Usuario", "User name"),
    "valid_from": ("Desde", "From"),
    "vendor_id": ("Proveedor", "Vendor"),
    "website": ("Web", "Website"),
    "weekly_hours": ("Horas semanales", "Weekly hours"),
    "zone": ("Zona horaria", "Time zone"),
}
# fmt: on

# "next_steps.2", "importance.quality", "line 12": a field and which of its parts.
_PART = re.compile(r"^(?P<head>[a-z_]+)(?:\.(?P<part>.+)| (?P<number>\d+))$")
_LINE = ("Línea", "Line")
_FROM_ZERO = frozenset({"next_steps"})  # lists whose parts the code counts from 0


def field_label(name: str, lang: str | None = None) -> str:
    """The words for field `name` in `lang` (the messages' language by default): "start_date"
    → «Inicio» / «Start»; a part of a field after its label ("next_steps.2" → «Próximos
    pasos (3)»); a name with no label here as it is."""
    from agencia.domain.messages import language

    english = (lang or language()) == "en"
    pair = FIELDS.get(name)
    if pair is not None:
        return pair[1] if english else pair[0]
    found = _PART.match(name)
    if found is None:
        return name
    head, part, number = found.group("head", "part", "number")
    if number is not None and head == "line":
        return f"{_LINE[1] if english else _LINE[0]} {number}"
    if head not in FIELDS or part is None:
        return name
    shown = str(int(part) + 1) if part.isdigit() and head in _FROM_ZERO else part
    return f"{field_label(head, lang)} ({shown})"
