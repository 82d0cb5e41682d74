"""The command line's own words, in Spanish and English.

The services' messages live in agencia.domain.messages and the words for enum codes in
agencia.domain.labels (the same the window and the decks print); this is what only the
command line says (column headers, summaries, its own errors). Every enum label goes
through one small function below (`account_status_label`, `channel_label`, …).
"""

from __future__ import annotations

from typing import Any

from agencia.domain import messages
from agencia.domain.enums import (
    AccountStatus,
    AssignmentRole,
    AuditAction,
    CampaignKind,
    Channel,
    Department,
)
from agencia.domain.labels import label_of

# What the command line itself says to people (the services' messages are in
# agencia.domain.messages); (es, en).
_TEXT: dict[str, tuple[str, str]] = {
    "internal": ("Error interno: {detail}", "Internal error: {detail}"),
    "interrupted": ("Interrumpido.", "Interrupted."),
    "output_failed": (
        "No se pudo escribir la salida: {detail}.",
        "Could not write the output: {detail}.",
    ),
    "file_failed": ("No se pudo usar {path}: {detail}.", "Could not use {path}: {detail}."),
    "password": ("Contraseña de {login}: ", "Password for {login}: "),
    "new_password": ("Contraseña nueva para {login}: ", "New password for {login}: "),
    "new_password_again": ("Repita la contraseña: ", "Repeat the password: "),
    "missing_package": (
        "Falta una biblioteca del sistema para abrir la ventana ({library}): instálela con "
        "«sudo apt install {package}».",
        "A system library the window needs is missing ({library}): install it with "
        "'sudo apt install {package}'.",
    ),
    "missing_library": (
        "Falta una biblioteca del sistema para abrir la ventana: {library}.",
        "A system library the window needs is missing: {library}.",
    ),
    "demo_kept": (
        "{db} ya tiene datos; se deja como está.",
        "{db} already has data; it is left as it is.",
    ),
    "demo_done": (
        "Demo cargada en {db}: {groups} grupos, {staff} personas, {accounts} cuentas, "
        "{brands} marcas, {products} productos, {contacts} contactos, {campaigns} campañas "
        "({seconds:.1f} s). Usuario: {login}.",
        "Demo loaded into {db}: {groups} groups, {staff} people, {accounts} accounts, "
        "{brands} brands, {products} products, {contacts} contacts, {campaigns} campaigns "
        "({seconds:.1f} s). User: {login}.",
    ),
    "backup_done": ("Copia de seguridad creada: {path}", "Backup written: {path}"),
    "no_revision": ("(sin esquema)", "(no schema)"),
    "head": ("(head)", "(head)"),  # Alembic's word, kept for scripts
    # a value given to an option that is not one (argparse adds which option)
    "not_an_id": ("no es un ID: {text!r}", "not an ID: {text!r}"),
    "not_a_date": ("no es una fecha (AAAA-MM-DD): {text!r}", "not a date (YYYY-MM-DD): {text!r}"),
    "not_a_number": ("no es un número: {text!r}", "not a number: {text!r}"),
    "not_id_lag": ("no es ID ni ID:DÍAS: {text!r}", "not ID or ID:LAG: {text!r}"),
    "newer": ("(más reciente que esta versión)", "(newer than this version)"),
    "count": ("{n} cuentas.", "{n} accounts."),
    "count_one": ("1 cuenta.", "1 account."),
    "none": ("Ninguna cuenta.", "No accounts."),
    "merge_hint": (
        "Si es la misma empresa, un administrador puede unirlas: "
        "agencia accounts merge {keep} {duplicate}",
        "If it is the same company, an administrator can merge them: "
        "agencia accounts merge {keep} {duplicate}",
    ),
    "merge_hint_hidden": (
        "Si es la misma empresa, pida a un administrador que las una (agencia accounts merge).",
        "If it is the same company, ask an administrator to merge them (agencia accounts merge).",
    ),
    # column headers and labels
    "id": ("ID", "ID"),
    "name": ("Cuenta", "Account"),
    "legal_name": ("Razón social", "Legal name"),
    "tax_id": ("NIF", "Tax ID"),
    "tax_id_other": ("Id. fiscal", "Tax ID"),
    "status": ("Estado", "Status"),
    "sector": ("Sector", "Sector"),
    "group": ("Grupo", "Group"),
    "lead_executive": ("Ejecutivo", "Lead executive"),
    "city": ("Ciudad", "City"),
    "parent": ("Matriz", "Parent company"),
    "subsidiaries": ("Filiales", "Subsidiaries"),
    "locale": ("Idioma y moneda", "Locale and currency"),
    "may_be_shown": ("Se puede mostrar", "May be shown"),
    "contact_data": ("Contacto", "Contact"),
    "address": ("Dirección", "Address"),
    "notes": ("Notas", "Notes"),
    "brands": ("Marcas y productos", "Brands and products"),
    "their_brands": ("Marcas", "Brands"),
    "contacts": ("Contactos", "Contacts"),
    "team": ("Equipo", "Team"),
    "history": ("Historial reciente", "Recent history"),
    "decision_maker": ("toma decisiones", "decision maker"),
    "inactive": ("inactivo", "inactive"),
    "prefers": ("prefiere", "prefers"),
    "yes": ("sí", "yes"),
    "no": ("no", "no"),
    "none_yet": ("—", "—"),
    # campaigns
    "c_count": ("{n} campañas.", "{n} campaigns."),
    "c_count_one": ("1 campaña.", "1 campaign."),
    "c_none": ("Ninguna campaña.", "No campaigns."),
    "campaign": ("Campaña", "Campaign"),
    "account": ("Cuenta", "Account"),
    "brand": ("Marca", "Brand"),
    "budget": ("Presupuesto", "Budget"),
    "deadline": ("Fecha límite", "Deadline"),
    "owner": ("Responsable", "Owner"),
    "code": ("Código", "Code"),
    "products": ("Productos", "Products"),
    "kind": ("Tipo", "Type"),
    "start": ("Inicio", "Start"),
    "approver": ("Aprobación interna", "Internal approval"),
    "approver_level": ("{role} o superior", "{role} or above"),
    "created": ("Creada", "Created"),
    "brief_title": ("Brief: versión {number} de {count}", "Brief: version {number} of {count}"),
    "no_brief": ("Aún no hay brief.", "No brief yet."),
    "template": ("Plantilla", "Template"),
    "author": ("Autor", "Author"),
    "brief_decision": ("Decisión interna", "Internal decision"),
    "pending": ("pendiente", "pending"),
    "version_note": ("Nota de la versión", "Version note"),
    "approvals": ("Historial de aprobaciones", "Approval history"),
    "newest_first": ("más reciente primero", "newest first"),
    "no_approvals": ("Ninguna decisión todavía.", "No decisions yet."),
    "superseded": ("sustituida", "superseded"),
    "client_contact": ("Cliente", "Client"),
    "recorded_by": ("Registró", "Recorded by"),
    "decided_by": ("Decidió", "Decided by"),
    "on_behalf_of": ("En nombre de", "On behalf of"),
    "required": ("Nivel requerido", "Level required"),
    "when": ("Cuándo", "When"),
    "recorded_at": ("{day} (registrada el {at})", "{day} (recorded {at})"),
    "channel": ("Canal", "Channel"),
    "document": ("Documento (SHA-256)", "Document (SHA-256)"),
    "proof": ("Prueba", "Proof"),
    "proof_sha": ("Prueba (SHA-256)", "Proof (SHA-256)"),
    "comment": ("Comentario", "Comment"),
    "results": ("Resultados", "Results"),
    "summary": ("Resumen", "Summary"),
    "kpi_result": (
        "{name}: objetivo {target}, logrado {achieved}",
        "{name}: target {target}, achieved {achieved}",
    ),
    # people
    "s_count": ("{n} personas.", "{n} people."),
    "s_count_one": ("1 persona.", "1 person."),
    "s_none": ("Ninguna persona.", "No people."),
    "person": ("Persona", "Person"),
    "title": ("Cargo", "Title"),
    "role": ("Rol", "Role"),
    "department": ("Departamento", "Department"),
    "reports_to": ("Depende de", "Reports to"),
    "email": ("Correo", "E-mail"),
    "phone": ("Teléfono", "Phone"),
    "extension": ("Extensión", "Extension"),
    "time_zone": ("Zona horaria", "Time zone"),
    "login": ("Usuario", "User"),
    "sign_in": ("Acceso", "Sign-in"),
    "sign_in_none": ("sin usuario", "no sign-in account"),
    "sign_in_on": ("activo", "enabled"),
    "sign_in_off": ("desactivado", "disabled"),
    "sign_in_left": ("de baja: no puede iniciar sesión", "left: cannot sign in"),
    "must_change": ("debe cambiar la contraseña", "must change the password"),
    "leads": ("Cuentas que lidera", "Accounts led"),
    "directs": ("Dirige el grupo", "Directs the group"),
    "state": ("Situación", "State"),
    "active": ("activo", "active"),
    "g_count": ("{n} grupos.", "{n} groups."),
    "g_count_one": ("1 grupo.", "1 group."),
    "g_none": ("Ningún grupo.", "No groups."),
    "director": ("Director", "Director"),
    "people": ("Personas", "People"),
    "accounts": ("Cuentas", "Accounts"),
    "db_ready": (
        "Agencia «{agency}» preparada en {db}; administrador: {login}.",
        "Agency '{agency}' set up in {db}; administrator: {login}.",
    ),
    "done": ("Hecho.", "Done."),
    "rates_none": (
        "Ningún tipo de cambio. Fije uno con: agencia rates set MONEDA TIPO",
        "No exchange rates. Set one with: agencia rates set CURRENCY RATE",
    ),
    "rate_currency": ("Moneda", "Currency"),
    "rate_worth": ("Equivale a", "Worth"),
    "rate_from": ("Desde", "From"),
    # decks
    "deck_written": (
        "Escrito {path}: {pages} páginas, SHA-256 {sha256}",
        "Wrote {path}: {pages} pages, SHA-256 {sha256}",
    ),
    "deck_written_one": (
        "Escrito {path}: 1 página, SHA-256 {sha256}",
        "Wrote {path}: 1 page, SHA-256 {sha256}",
    ),
}


def t(key: str, **params: Any) -> str:
    """The command line's text `key` in the language of the messages, filled in."""
    es, en = _TEXT[key]
    return (en if messages.language() == "en" else es).format(**params)


def english() -> bool:
    """Whether people read English (else Spanish)."""
    return messages.language() == "en"


# --- labels for enum codes: one function each ------------------------------------------


def account_status_label(code: str) -> str:
    """An account's status (AccountStatus)."""
    return label_of(AccountStatus, code)


def channel_label(code: str) -> str:
    """A contact's channel (Channel), in running text: "prefiere correo electrónico"."""
    return label_of(Channel, code).lower()


def audit_action_label(code: str) -> str:
    """What an audit entry records (AuditAction)."""
    return label_of(AuditAction, code)


def audit_entity_label(code: str) -> str:
    """The kind of record an audit entry is about, in running text («Alta acción de
    mejora: …»): the history's words (`domain.record_kinds`), not the code's name."""
    from agencia.domain.record_kinds import record_kind

    words = record_kind(code)
    return words[:1].lower() + words[1:]


def campaign_kind_label(code: str) -> str:
    """A campaign's (or a brief template's) kind (CampaignKind)."""
    return label_of(CampaignKind, code)


def account_part_label(code: str) -> str:
    """A person's part on an account team (AssignmentRole)."""
    return label_of(AssignmentRole, code)


def campaign_status_label(code: str) -> str:
    """A campaign's status (CampaignStatus), from the domain's catalogue."""
    return messages.status_name(code)


def decision_label(code: str) -> str:
    """A decision (Decision), from the domain's catalogue."""
    return messages.decision_name(code)


def department_label(code: str) -> str:
    """A person's department (Department)."""
    return label_of(Department, code)


def role_label(code: str) -> str:
    """A role (Role), from the domain's catalogue."""
    return messages.role_name(code)
