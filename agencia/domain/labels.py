"""The one catalogue of what people read for a code: every enum member's word, in Spanish
and English.

The code speaks English enums (`AccountStatus.PAUSED`); people read "En pausa" or
"Paused". The window, the command line and the decks all ask `label()` here, so a word
is chosen once and reads the same everywhere (colours and chips stay in the window).
The language is the one `agencia.domain.messages` speaks (the window sets it at start-up;
the command line from the environment); a deck passes its own. Qt-free and free of
SQLAlchemy: the window's first paint imports it.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from agencia.domain import messages
from agencia.domain.coordination_enums import MilestoneKind, TaskStatus, VendorCategory
from agencia.domain.enums import (
    AccountStatus,
    ApprovalStage,
    AssignmentRole,
    AuditAction,
    CampaignKind,
    CampaignStatus,
    Channel,
    ContactRole,
    Decision,
    Department,
    MediaChannel,
    Role,
    Spanish,
    TitleGender,
)
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_labels import LABELS as _SATISFACTION_LABELS
from agencia.domain.service_labels import LABELS as _SERVICE_LABELS
from agencia.domain.window_language import window_latam


class CampaignPart(StrEnum):
    """A person's part on one campaign, beside their part on the account's team (the
    campaign deck's "who does what")."""

    OWNER = "owner"
    APPROVER = "approver"


Words = dict[str, tuple[str, str]]  # member value: (es, en)

# Titles shown to people are the agency's own (Staff.title); these are the defaults.
_ROLE: Words = {
    "trainee": ("Trainee", "Trainee"),
    "assistant": ("Asistente", "Assistant"),
    "junior_account_executive": ("Ejecutivo de cuenta Jr.", "Junior Account Executive"),
    "account_executive": ("Ejecutivo de cuenta", "Account Executive"),
    "account_supervisor": ("Supervisor de cuentas", "Account Supervisor"),
    "account_manager": ("Gerente de cuenta", "Account Manager"),
    "account_director": ("Director de cuentas", "Account Director"),
    "administrator": ("Administrador", "Administrator"),
}

# What a role may or may not do, as the end of "Su rol no le permite …".
_ACTION: Words = {
    "see_accounts": ("ver cuentas", "see accounts"),
    "edit_account": ("editar cuentas, contactos y marcas", "edit accounts, contacts and brands"),
    "log_communication": ("registrar comunicaciones", "log communications"),
    "edit_briefs": ("crear y editar briefs", "create and edit briefs"),
    "internal_approval": ("aprobar internamente", "approve internally"),
    "record_client_decision": ("registrar la decisión del cliente", "record client decisions"),
    "reassign_accounts": ("reasignar cuentas", "reassign accounts"),
    "cancel_campaigns": ("cancelar campañas", "cancel campaigns"),
    "agency_settings": (
        "cambiar el perfil de la agencia y los usuarios",
        "change the agency profile and users",
    ),
    "manage_people": (
        "dar de alta, editar o dar de baja personas",
        "add, edit or deactivate people",
    ),
    "manage_sign_ins": ("gestionar los usuarios de acceso", "manage sign-in accounts"),
    "manage_groups": ("gestionar los grupos de cuentas", "manage account groups"),
    "manage_account_teams": (
        "gestionar el equipo de la cuenta",
        "manage the account team",
    ),
    "plan_tasks": ("planificar las tareas de la campaña", "plan the campaign's tasks"),
    "manage_vendors": ("gestionar los proveedores", "manage suppliers"),
    "design_surveys": ("diseñar encuestas de satisfacción", "design satisfaction surveys"),
    "reassign_requests": ("reasignar solicitudes de servicio", "reassign service requests"),
    "record_surveys": ("registrar respuestas de satisfacción", "record satisfaction responses"),
    "manage_improvements": ("gestionar acciones de mejora", "manage improvement actions"),
    "merge_accounts": ("fusionar cuentas duplicadas", "merge duplicate accounts"),
}

# The default job title of a woman in each role (`_ROLE` holds the masculine one): the
# status bar and a new person's title say "Directora de cuentas" for Lucía.
ROLE_FEMININE: Words = {
    "trainee": ("Trainee", "Trainee"),
    "assistant": ("Asistente", "Assistant"),
    "junior_account_executive": ("Ejecutiva de cuenta Jr.", "Junior Account Executive"),
    "account_executive": ("Ejecutiva de cuenta", "Account Executive"),
    "account_supervisor": ("Supervisora de cuentas", "Account Supervisor"),
    "account_manager": ("Gerente de cuenta", "Account Manager"),
    "account_director": ("Directora de cuentas", "Account Director"),
    "administrator": ("Administradora", "Administrator"),
}

_DEPARTMENT: Words = {
    "accounts": ("Cuentas", "Accounts"),
    "creative": ("Creatividad", "Creative"),
    "media": ("Medios", "Media"),
    "production": ("Producción", "Production"),
    "strategy": ("Estrategia", "Strategy"),
    "digital": ("Digital", "Digital"),
    "administration": ("Administración", "Administration"),
}

_TITLE_GENDER: Words = {
    "feminine": ("Femenino (Directora)", "Feminine (Directora)"),
    "masculine": ("Masculino (Director)", "Masculine (Director)"),
}

_ACCOUNT_STATUS: Words = {
    "prospect": ("Prospecto", "Prospect"),
    "active": ("Activa", "Active"),
    "paused": ("En pausa", "Paused"),
    "inactive": ("Inactiva", "Inactive"),
}

_CAMPAIGN_STATUS: Words = {
    "brief": ("Brief", "Brief"),
    "in_development": ("En desarrollo", "In development"),
    "internal_review": ("Revisión interna", "Internal review"),
    "ready_for_client": ("Listo para cliente", "Ready for client"),
    "presented": ("Presentado", "Presented"),
    "approved": ("Aprobado", "Approved"),
    "changes_requested": ("Cambios solicitados", "Changes requested"),
    "rejected": ("Rechazado", "Rejected"),
    "in_production": ("En producción", "In production"),
    "live": ("En curso", "Live"),
    "completed": ("Finalizado", "Completed"),
    "cancelled": ("Cancelado", "Cancelled"),
}

_DECISION: Words = {
    "approved": ("Aprobado", "Approved"),
    "changes_requested": ("Cambios solicitados", "Changes requested"),
    "rejected": ("Rechazado", "Rejected"),
}

_STAGE: Words = {  # what an approval decided on
    "brief": ("Brief", "Brief"),
    "internal": ("Revisión interna", "Internal review"),
    "client": ("Cliente", "Client"),
}

_KIND: Words = {
    "launch": ("Lanzamiento", "Launch"),
    "awareness": ("Notoriedad", "Awareness"),
    "promotion": ("Promoción", "Promotion"),
    "institutional": ("Institucional", "Corporate"),
}

_CHANNEL: Words = {  # how a client reaches us or we them
    "phone": ("Teléfono", "Phone"),
    "email": ("Correo electrónico", "E-mail"),
    "web": ("Web", "Web"),
    "social": ("Redes sociales", "Social media"),
    "in_person": ("En persona", "In person"),
    "courier": ("Mensajería", "Courier"),
    "post": ("Correo postal", "Post"),
    "certified_post": ("Correo certificado", "Certified post"),
    "fax": ("Fax", "Fax"),
}

_CONTACT_ROLE: Words = {  # the client's side of the table
    "advertising_director": ("Director de publicidad", "Advertising Director"),
    "marketing_director": ("Director de marketing", "Marketing Director"),
    "communication_director": ("Director de comunicación", "Communications Director"),
    "brand_manager": ("Gerente de marca", "Brand Manager"),
    "product_manager": ("Gerente de producto", "Product Manager"),
    "purchasing": ("Compras", "Purchasing"),
    "general_manager": ("Director general", "General Manager"),
    "other": ("Otro", "Other"),
}

# What someone does on an account's team, whoever they are: a part, not a title, so it
# reads right beside anyone's name (a deck prints it under the person's own title).
_PART: Words = {
    "director": ("Dirección de la cuenta", "Account direction"),
    "supervisor": ("Supervisión", "Supervision"),
    "lead_executive": ("Responsable de la cuenta", "Account lead"),
    "executive": ("Gestión de la cuenta", "Account management"),
    "assistant": ("Asistencia", "Assistance"),
}

_CAMPAIGN_PART: Words = {
    "owner": ("Responsable de la campaña", "Campaign lead"),
    "approver": ("Aprobación interna", "Internal approval"),
}

_AUDIT_ACTION: Words = {  # what an entry of the trail records
    "create": ("Alta", "Created"),
    "update": ("Modificación", "Changed"),
    "deactivate": ("Desactivación", "Deactivated"),
    "reactivate": ("Reactivación", "Reactivated"),
    "reassign": ("Reasignación", "Reassigned"),
    "bulk_create": ("Alta masiva", "Bulk import"),
    "import_undo": ("Importación deshecha", "Import undone"),
    "personal_data_export": ("Datos personales exportados", "Personal data exported"),
    "erase": ("Datos personales suprimidos", "Personal data erased"),
    "sign_in": ("Inicio de sesión", "Sign-in"),
    "sign_in_failed": ("Inicio de sesión fallido", "Failed sign-in"),
    "move": ("Cambio de estado", "Status change"),
    "merge": ("Fusión de cuentas", "Accounts merged"),
    "decide": ("Decisión", "Decision"),
    "delegate": ("Delegación", "Delegation"),
    "password_reset": ("Contraseña restablecida", "Password reset"),
    "password_change": ("Cambio de contraseña", "Password changed"),
    "unlock": ("Desbloqueo", "Unlocked"),
    "team_join": ("Alta en el equipo", "Joined the team"),
    "team_leave": ("Baja del equipo", "Left the team"),
    "questionnaire_sent": ("Cuestionario emitido", "Questionnaire issued"),
    "questionnaire_returned": ("Cuestionario recibido", "Questionnaire returned"),
}

_MEDIA_CHANNEL: Words = {  # where a line of the media plan runs
    "tv": ("Televisión", "TV"),
    "online_video": ("Vídeo online", "Online video"),
    "social": ("Redes sociales", "Social media"),
    "search": ("Buscadores", "Search"),
    "display": ("Display", "Display"),
    "outdoor": ("Exterior", "Out of home"),
    "radio": ("Radio", "Radio"),
    "press": ("Prensa y revistas", "Press and magazines"),
    "cinema": ("Cine", "Cinema"),
    "point_of_sale": ("Punto de venta", "Point of sale"),
    "influencers": ("Influencers", "Influencers"),
    "public_relations": ("Relaciones públicas", "Public relations"),
    "events": ("Eventos", "Events"),
    "crm": ("CRM y e-mail", "CRM and e-mail"),
    "production": ("Producción", "Production"),
    "other": ("Otros", "Other"),
}

_SPANISH: Words = {  # which Spanish the decks speak
    "spain": ("Español de España", "Spanish (Spain)"),
    "latam": ("Español de Latinoamérica", "Spanish (Latin America)"),
}


class Term(StrEnum):
    """Words the decks and the window use that Spain and Latin America say differently
    (not codes stored anywhere: the catalogue's entries for them)."""

    MOBILE = "mobile"
    STREET_FURNITURE = "street_furniture"
    BUROFAX = "burofax"
    COMPUTER = "computer"


_TERM: Words = {
    "mobile": ("Móvil", "Mobile"),
    "street_furniture": ("Mupis", "Street furniture"),
    "burofax": ("Burofax", "Registered letter"),
    "computer": ("Ordenador", "Computer"),
}

_TASK_STATUS: Words = {
    "todo": ("Pendiente", "To do"),
    "in_progress": ("En curso", "In progress"),
    "waiting": ("En espera", "Waiting"),
    "done": ("Hecha", "Done"),
    "cancelled": ("Cancelada", "Cancelled"),
}

_MILESTONE: Words = {  # the milestones of a campaign's life on its timeline
    "brief_approved": ("Brief aprobado", "Brief approved"),
    "internal_review": ("Revisión interna", "Internal review"),
    "presentation": ("Presentación al cliente", "Presentation to the client"),
    "client_approval": ("Aprobación del cliente", "Client sign-off"),
    "go_live": ("Salida al aire", "Go-live"),
    "end": ("Fin de la campaña", "Campaign end"),
}

_VENDOR_CATEGORY: Words = {
    "production_house": ("Productora", "Production house"),
    "printer": ("Imprenta", "Printer"),
    "photographer": ("Fotografía", "Photographer"),
    "media_outlet": ("Medio de comunicación", "Media outlet"),
    "courier": ("Mensajería", "Courier"),
    "other": ("Otro", "Other"),
}

# Keyed by the enum, not the member: members of different enums share values
# ("assistant" is a role and a part) and a StrEnum member hashes as its value.
CATALOGUE: dict[type[StrEnum], Words] = {
    Role: _ROLE,
    Action: _ACTION,
    AccountStatus: _ACCOUNT_STATUS,
    CampaignStatus: _CAMPAIGN_STATUS,
    Decision: _DECISION,
    ApprovalStage: _STAGE,
    CampaignKind: _KIND,
    Channel: _CHANNEL,
    ContactRole: _CONTACT_ROLE,
    AssignmentRole: _PART,
    CampaignPart: _CAMPAIGN_PART,
    AuditAction: _AUDIT_ACTION,
    MediaChannel: _MEDIA_CHANNEL,
    Department: _DEPARTMENT,
    TitleGender: _TITLE_GENDER,
    TaskStatus: _TASK_STATUS,
    MilestoneKind: _MILESTONE,
    VendorCategory: _VENDOR_CATEGORY,
    Spanish: _SPANISH,
    Term: _TERM,
}
CATALOGUE.update(_SERVICE_LABELS)
CATALOGUE.update(_SATISFACTION_LABELS)

# Latin-American Spanish where it differs from Spain's (member value: word); every other
# word reads the same on both sides of the Atlantic.
LATAM: dict[type[StrEnum], dict[str, str]] = {
    MediaChannel: {
        "online_video": "Video online",
        "outdoor": "Publicidad exterior",
        "crm": "CRM y correo electrónico",
    },
    Channel: {"courier": "Paquetería", "certified_post": "Correo certificado con acuse"},
    Term: {
        "mobile": "Celular",
        "street_furniture": "Parabuses",
        "burofax": "Carta certificada",
        "computer": "Computadora",
    },
}


def label(member: StrEnum, lang: str | None = None, *, latam: bool | None = None) -> str:
    """What people read for `member`, in `lang` ("es" or "en"; by default the language
    of the message catalogue), in Latin-American Spanish when `latam`. A member without
    a word shows its code. Without `lang` nor `latam` (the window's words), the window's
    Spanish (agencia.domain.window_language.window_latam); a document passes its own."""
    words = CATALOGUE.get(type(member), {})
    es, en = words.get(member.value, (member.value, member.value))
    if (lang or messages.language()) == "en":
        return en
    if latam is None:
        latam = lang is None and window_latam()
    return LATAM.get(type(member), {}).get(member.value, es) if latam else es


def role_title(role: Role, gender: TitleGender, lang: str | None = None) -> str:
    """The default job title for `role` in the grammatical gender of the person's title."""
    if gender is TitleGender.FEMININE:
        es, en = ROLE_FEMININE[role.value]
        return en if (lang or messages.language()) == "en" else es
    return label(role, lang)


def title_shown(
    title: str, role: Role, gender: TitleGender | None = None, lang: str | None = None
) -> str:
    """A person's job title as read in `lang` (by default the window's): a default one
    (none typed by the agency: stored as the role's title in the agency's language when
    the person was saved) in the reader's language — an English window read «Directora
    de cuentas» — and the agency's own title as it was typed. Without `gender`, the
    stored default's own (Directora stays Directora)."""
    typed = title.strip()
    for stored in (TitleGender.MASCULINE, TitleGender.FEMININE):  # a blank: masculine
        if not typed or typed in {role_title(role, stored, language) for language in ("es", "en")}:
            return role_title(role, gender or stored, lang)
    return title


def label_of(enum: type[StrEnum], code: str, lang: str | None = None) -> str:
    """`label()` for a stored code: the code itself when it is not a member of `enum`
    (an old row, a value from elsewhere)."""
    try:
        member = enum(code)
    except ValueError:
        return code
    return label(member, lang)


# --- sectors ------------------------------------------------------------------------------
# An account's sector is typed (the form offers those in use); the known ones have their
# English and Latin-American names here, found by their Spanish or English name whatever
# the accents and capitals: (Spain's Spanish, English, Latin America's where it differs).
_SECTOR: tuple[tuple[str, str, str], ...] = (
    ("Alimentación", "Food", ""),
    ("Agroalimentación", "Agrifood", "Agroindustria"),
    ("Automoción", "Automotive", "Automotriz"),
    ("Banca", "Banking", ""),
    ("Bebidas", "Beverages", ""),
    ("Construcción", "Construction", ""),
    ("Consultoría", "Consulting", ""),
    ("Cosmética", "Cosmetics", ""),
    ("Deportes", "Sports", ""),
    ("Distribución", "Distribution", ""),
    ("Educación", "Education", ""),
    ("Electrónica", "Electronics", ""),
    ("Energía", "Energy", ""),
    ("Farmacia", "Pharmaceuticals", "Farmacéutica"),
    ("Gran consumo", "Consumer goods", "Consumo masivo"),
    ("Hostelería", "Hospitality", "Hotelería y restaurantes"),
    ("Industria", "Manufacturing", ""),
    ("Inmobiliario", "Real estate", "Bienes raíces"),
    ("Lujo", "Luxury", ""),
    ("Medios", "Media", ""),
    ("Moda", "Fashion", ""),
    ("Ocio y entretenimiento", "Leisure and entertainment", ""),
    ("ONG", "Non-profit", ""),
    ("Retail", "Retail", ""),
    ("Salud", "Healthcare", ""),
    ("Sector público", "Public sector", ""),
    ("Seguros", "Insurance", ""),
    ("Tecnología", "Technology", ""),
    ("Telecomunicaciones", "Telecommunications", ""),
    ("Transporte y logística", "Transport and logistics", ""),
    ("Turismo", "Travel and tourism", ""),
)


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


_SECTORS: dict[str, tuple[str, str, str]] = {
    _key(name): row for row in _SECTOR for name in row if name
}


def sector_known(name: str) -> bool:
    """Whether the catalogue has `name` (in either language) as a sector."""
    return _key(name) in _SECTORS


def sector_label(name: str, lang: str | None = None, *, latam: bool = False) -> str:
    """A sector as people read it in `lang`; one the catalogue does not know, as typed."""
    row = _SECTORS.get(_key(name))
    if row is None:
        return name.strip()
    es, en, americas = row
    if (lang or messages.language()) == "en":
        return en
    return (americas or es) if latam else es
